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
