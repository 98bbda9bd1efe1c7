/** Money is integer minor units with an ISO-4217 currency; never floating point. */
export interface Money {
  minor: number;
  currency: string;
}

/** An amount for people, such as €33.91, formatted from its minor units without floating-point arithmetic. */
export function formatMoney({ minor, currency }: Money, locale = 'en'): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const magnitude = String(Math.abs(minor)).padStart(digits + 1, '0');
  const decimal = digits === 0 ? magnitude : `${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
  // Intl formats a decimal string exactly (Intl.NumberFormat v3).
  return format.format(`${minor < 0 ? '-' : ''}${decimal}` as unknown as number);
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
