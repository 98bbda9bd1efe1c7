/** Money is integer minor units with an ISO-4217 currency; never floating point. */
export interface Money {
  minor: number;
  currency: string;
}
