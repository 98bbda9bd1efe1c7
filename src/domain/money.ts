/** Money is integer minor units with an ISO-4217 currency; never floating point. */
export interface Money {
  minor: number;
  currency: string;
}

/**
 * The largest amount of one credit, one order line's unit price, one line's total (unit price × qty)
 * and one order's total: 100,000,000 minor units, 1,000,000.00 in a currency with two decimals. A
 * return's credit is part of one order, so it stays within it too. Sums of many amounts (balances)
 * are BIGINT in PostgreSQL, which holds 92 billion such amounts.
 */
export const MAX_AMOUNT_MINOR = 100_000_000;

/** The most units of one sku on an order line, a return line or a receipt. */
export const MAX_LINE_QTY = 10_000;

/** A result of money arithmetic that is not a safe integer: it could not be represented exactly. */
export class MoneyRangeError extends RangeError {
  override readonly name = 'MoneyRangeError';
}

function exactly(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new MoneyRangeError(`${value} minor units is beyond exact integer arithmetic`);
  }
  return Number(value);
}

function wide(minor: number): bigint {
  if (!Number.isSafeInteger(minor)) throw new MoneyRangeError(`${minor} is not a whole number of minor units`);
  return BigInt(minor);
}

/** unitMinor × qty, exactly. */
export function multiplyMinor(unitMinor: number, qty: number): number {
  return exactly(wide(unitMinor) * wide(qty));
}

/** The sum of amounts in minor units, exactly. */
export function sumMinor(amounts: readonly number[]): number {
  return exactly(amounts.reduce((sum, minor) => sum + wide(minor), 0n));
}

/** `percent` % of a non-negative amount, rounded to the nearest minor unit, halves up. */
export function percentOfMinor(minor: number, percent: number): number {
  return exactly((wide(minor) * wide(percent) * 2n + 100n) / 200n);
}

/** A BIGINT from PostgreSQL (an amount, a balance, a sum) as a JSON-safe number. */
export function minorFromBigInt(value: bigint): number {
  return exactly(value);
}

/** How many decimals the currency's minor unit has (2 for EUR, 0 for JPY). */
function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** An amount for people, such as €33.91, formatted from its minor units without floating-point arithmetic. */
export function formatMoney({ minor, currency }: Money, locale = 'en'): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = minorDigits(currency);
  const magnitude = String(Math.abs(minor)).padStart(digits + 1, '0');
  const decimal = digits === 0 ? magnitude : `${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
  // Intl formats a decimal string exactly (Intl.NumberFormat v3).
  return format.format(`${minor < 0 ? '-' : ''}${decimal}` as unknown as number);
}

/**
 * An amount a person typed (`900.00`, `900`, `1,250.5`) as integer minor units of the currency,
 * read from its digits without floating-point arithmetic; undefined when it is not a positive
 * amount with at most the currency's decimals.
 */
export function parseMoney(text: string, currency: string): Money | undefined {
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const digits = minorDigits(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return undefined;
  const minor = Number(`${(match[1] ?? '').replaceAll(',', '')}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) && minor > 0 ? { minor, currency } : undefined;
}

function isAmount(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).some(([key, field]) => typeof field === 'number' && (key === 'minor' || key.endsWith('Minor')));
}

/** The data without its amounts, at any depth: money (`{minor, currency}`), totals of `…Minor` fields, and those fields. */
export function withoutMoney(data: Record<string, unknown>): Record<string, unknown> {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value !== 'object' || value === null) return value;
    return withoutMoney(value as Record<string, unknown>);
  };
  return Object.fromEntries(
    Object.entries(data)
      .filter(([key, value]) => !key.endsWith('Minor') && !isAmount(value))
      .map(([key, value]) => [key, strip(value)]),
  );
}
