import { isoDurationToMs } from './duration';
import type { Money } from './money';
import type { ReturnsPolicy } from './policies';
import { conflict, invalid, type ProcessRefusal } from './refusals';
import { creditForLines, EXCEPTABLE_CODES, totalsOf, type Grade, type IneligibleCode, type LineCredit, type ReturnTotals } from './returns';

// The return's decisions as its workflow takes them, step by step: which lines an exception may let
// through, the RMA, when the customer is reminded, what a receipt and an inspection may hold, and
// what the resolution credits. Pure, unit-tested without Temporal.

interface CheckedLine {
  sku: string;
  eligible: boolean;
  ineligibleCode: IneligibleCode | null;
}

/** The lines a supervisor may let through: refused only for the return window or final sale. */
export function exceptableLines<Line extends CheckedLine>(lines: readonly Line[]): Line[] {
  return lines.filter((line) => !line.eligible && line.ineligibleCode !== null && EXCEPTABLE_CODES.includes(line.ineligibleCode));
}

/** The skus an exception lets through: those asked for, or every exceptable line when none are named. */
export function exceptionSkus(lines: readonly CheckedLine[], skus: readonly string[]): string[] {
  return skus.length ? [...skus] : exceptableLines(lines).map((line) => line.sku);
}

/** Why an exception for these skus (every exceptable line when empty) cannot be granted, or undefined when it can. */
export function refuseException(lines: readonly CheckedLine[], skus: readonly string[]): ProcessRefusal | undefined {
  const exceptable = exceptableLines(lines);
  const wanted = skus.length ? lines.filter((line) => skus.includes(line.sku)) : exceptable;
  if (skus.some((sku) => !lines.some((line) => line.sku === sku))) return invalid('skus: not on this return');
  if (wanted.length === 0 || wanted.some((line) => !exceptable.includes(line))) {
    return conflict('only lines refused for the return window or final sale can be let through');
  }
  return undefined;
}

/** How long an ineligible return waits for a supervisor's exception: as long as an RMA waits for the item. */
export function exceptionWaitMs(policy: ReturnsPolicy): number {
  return isoDurationToMs(policy.expiresAfter);
}

/** The RMA number of a return: `RMA-` and the first 16 characters of its id without dashes, upper case. */
export function rmaNumberOf(returnId: string): string {
  return `RMA-${returnId.replaceAll('-', '').slice(0, 16).toUpperCase()}`;
}

/** The return label's tracking number, derived from the RMA so that a retry issues the same. */
export function trackingNumberOf(rmaNumber: string): string {
  return `TRK${rmaNumber.replace(/\W/g, '')}`;
}

/**
 * When the customer is reminded to send the item, as the fraction of the RMA's life that the
 * await-item clock warns at; never at the very end, where it would coincide with the expiry.
 */
export function reminderFraction(policy: ReturnsPolicy): number {
  return Math.min(0.99, isoDurationToMs(policy.reminderAfter) / isoDurationToMs(policy.expiresAfter));
}

/** Why a receipt of these quantities cannot be recorded against the authorised lines, or undefined when it can. */
export function refuseReceipt(
  authorised: ReadonlyArray<{ sku: string; qty: number }>,
  received: ReadonlyArray<{ sku: string; qty: number }>,
): ProcessRefusal | undefined {
  for (const { sku, qty } of received) {
    const line = authorised.find((candidate) => candidate.sku === sku);
    if (!line) return conflict(`${sku} is not authorised on this return`);
    if (qty > line.qty) return conflict(`receiving ${qty} of ${sku} is more than the ${line.qty} authorised`);
  }
  return undefined;
}

/** Why these grades cannot be recorded: an inspection grades exactly the received items. */
export function refuseInspection(
  lines: ReadonlyArray<{ sku: string; receivedQty: number | null }>,
  graded: ReadonlyArray<{ sku: string }>,
): ProcessRefusal | undefined {
  const received = lines.filter((line) => (line.receivedQty ?? 0) > 0).map((line) => line.sku);
  const skus = graded.map((line) => line.sku);
  if (received.some((sku) => !skus.includes(sku)) || skus.some((sku) => !received.includes(sku))) {
    return invalid(`lines: grade exactly the received items (${received.join(', ')})`);
  }
  return undefined;
}

/** The currency of the (all zero) totals of a return with nothing received to credit. */
export const NOTHING_RECEIVED_CURRENCY = 'EUR';

interface ResolvedLine {
  sku: string;
  receivedQty: number | null;
  unitPrice: Money | null;
  grade: Grade | null;
}

type InspectedLine = ResolvedLine & { receivedQty: number; unitPrice: Money; grade: Grade };

/**
 * What a return's received, priced and graded lines earn, and its totals in their currency (the
 * lines of one order share one).
 */
export function resolveCredit(
  policy: ReturnsPolicy,
  lines: readonly ResolvedLine[],
): { credits: LineCredit[]; totals: ReturnTotals & { currency: string } } {
  const received = lines.filter((line): line is InspectedLine => (line.receivedQty ?? 0) > 0 && line.unitPrice !== null && line.grade !== null);
  const credits = creditForLines(
    policy,
    received.map((line) => ({ sku: line.sku, qty: line.receivedQty, unitPrice: line.unitPrice, grade: line.grade })),
  );
  const currency = received[0]?.unitPrice.currency ?? NOTHING_RECEIVED_CURRENCY;
  return { credits, totals: { ...totalsOf(credits), currency } };
}
