import { isoDurationToMs } from './duration';
import { multiplyMinor, percentOfMinor, sumMinor, type Money } from './money';
import type { ReturnsPolicy } from './policies';

// The return rules: which lines may come back, and what the customer gets for what arrives.
// Pure, shared by the workflow's activities and the API.

export const RETURN_REASONS = ['damaged', 'defective', 'wrong_item', 'not_as_described', 'changed_mind', 'other'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

export const ITEM_CONDITIONS = ['unopened', 'opened', 'damaged'] as const;
export type ItemCondition = (typeof ITEM_CONDITIONS)[number];

export const RESOLUTIONS = ['refund', 'store_credit', 'exchange', 'repair'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

export const GRADES = ['as_new', 'opened', 'damaged_by_customer', 'defective_confirmed'] as const;
export type Grade = (typeof GRADES)[number];

export const RETURN_STATUSES = ['ineligible', 'awaiting_item', 'inspecting', 'resolving', 'completed', 'expired', 'cancelled'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export const INELIGIBLE_CODES = [
  'not_customers_order',
  'not_on_order',
  'quantity_exceeds_purchase',
  'outside_return_window',
  'final_sale',
] as const;
export type IneligibleCode = (typeof INELIGIBLE_CODES)[number];

/**
 * The replacement order of an exchange is named after the return's RMA number, in a namespace no
 * recorded order may use (POST /v1/orders refuses it), so no order made ahead can take its place.
 */
const REPLACEMENT_ORDER_PREFIX = 'EXC-';

export function replacementOrderId(rmaNumber: string): string {
  return `${REPLACEMENT_ORDER_PREFIX}${rmaNumber}`;
}

export function isReplacementOrderId(orderId: string): boolean {
  return orderId.toUpperCase().startsWith(REPLACEMENT_ORDER_PREFIX);
}

/** Codes a supervisor may override; the others would return what was never bought. */
export const EXCEPTABLE_CODES: readonly IneligibleCode[] = ['outside_return_window', 'final_sale'];

export interface OrderLine {
  sku: string;
  category: string;
  qty: number;
  unitPrice: Money;
  finalSale: boolean;
}

export interface RequestedLine {
  sku: string;
  qty: number;
  reason: ReturnReason;
  condition: ItemCondition;
}

export interface LineEligibility {
  sku: string;
  code: IneligibleCode | null;
}

/** The return window of a category, counted in calendar time from delivery. */
export function returnWindowMs(policy: ReturnsPolicy, category: string): number {
  return isoDurationToMs(policy.categoryWindows[category] ?? policy.defaultWindow);
}

/**
 * Eligibility of each requested line. `returnable` is, per sku, what was bought minus what is
 * already returned or in an open return.
 */
export function checkEligibility(input: {
  policy: ReturnsPolicy;
  orderCustomerId: string;
  customerId: string;
  deliveredAt: number;
  now: number;
  orderLines: readonly OrderLine[];
  requested: readonly RequestedLine[];
  returnable: ReadonlyMap<string, number>;
}): LineEligibility[] {
  const taken = new Map<string, number>();
  return input.requested.map(({ sku, qty }) => {
    const line = input.orderLines.find((candidate) => candidate.sku === sku);
    const code = ((): IneligibleCode | null => {
      if (input.orderCustomerId !== input.customerId) return 'not_customers_order';
      if (!line) return 'not_on_order';
      const left = (input.returnable.get(sku) ?? 0) - (taken.get(sku) ?? 0);
      if (qty > left) return 'quantity_exceeds_purchase';
      if (line.finalSale || input.policy.finalSaleCategories.includes(line.category)) return 'final_sale';
      if (input.now - input.deliveredAt > returnWindowMs(input.policy, line.category)) {
        return 'outside_return_window';
      }
      return null;
    })();
    if (code === null || code === 'final_sale' || code === 'outside_return_window') taken.set(sku, (taken.get(sku) ?? 0) + qty);
    return { sku, code };
  });
}

export interface InspectedLine {
  sku: string;
  qty: number;
  unitPrice: Money;
  grade: Grade;
}

export interface LineCredit {
  sku: string;
  grossMinor: number;
  restockingFeeMinor: number;
  creditMinor: number;
  refused: boolean;
}

/**
 * What each inspected line earns: unit price × quantity, less the restocking fee for opened
 * non-defective items (rounded to the nearest minor unit, halves up); nothing for damage the
 * customer caused.
 */
export function creditForLines(policy: ReturnsPolicy, lines: readonly InspectedLine[]): LineCredit[] {
  return lines.map(({ sku, qty, unitPrice, grade }) => {
    const grossMinor = multiplyMinor(unitPrice.minor, qty);
    if (grade === 'damaged_by_customer') return { sku, grossMinor, restockingFeeMinor: 0, creditMinor: 0, refused: true };
    const restockingFeeMinor = grade === 'opened' ? percentOfMinor(grossMinor, policy.restockingFeePercent) : 0;
    return { sku, grossMinor, restockingFeeMinor, creditMinor: grossMinor - restockingFeeMinor, refused: false };
  });
}

export interface ReturnTotals {
  grossMinor: number;
  restockingFeeMinor: number;
  creditMinor: number;
}

/** What a whole return's lines add up to, exactly. */
export function totalsOf(lines: readonly LineCredit[]): ReturnTotals {
  return {
    grossMinor: sumMinor(lines.map((line) => line.grossMinor)),
    restockingFeeMinor: sumMinor(lines.map((line) => line.restockingFeeMinor)),
    creditMinor: sumMinor(lines.map((line) => line.creditMinor)),
  };
}
