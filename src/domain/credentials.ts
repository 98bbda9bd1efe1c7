import { z } from 'zod';

// The rules for what people sign in with, shared by the API and the command line.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** A password: 12 to 256 characters, nothing else asked of it. */
export const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);

/** An email address, the sign-in name: stored and compared in lower case. */
export const emailAddress = z
  .email()
  .max(254)
  .transform((address) => address.toLowerCase());

/** Failed sign-ins in a row an account is allowed before it is slowed down. */
export const FREE_SIGN_IN_FAILURES = 5;
const FIRST_DELAY_SECONDS = 30;
const LONGEST_DELAY_SECONDS = 15 * 60;

/** How long an account refuses sign-ins after this many failures in a row: none up to five, then 30 s doubling per failure, at most 15 minutes. */
export function signInDelaySeconds(failuresInARow: number): number {
  if (failuresInARow < FREE_SIGN_IN_FAILURES) return 0;
  return Math.min(FIRST_DELAY_SECONDS * 2 ** (failuresInARow - FREE_SIGN_IN_FAILURES), LONGEST_DELAY_SECONDS);
}
