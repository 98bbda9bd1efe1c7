import { hash, verify } from '@node-rs/argon2';

// Passwords are stored as argon2id hashes only (the binding's default algorithm and parameters).

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Checked when there is no user or no password, so that an unknown email takes as long as a wrong password.
const dummyHash = hash('no user has this password');

/** True when the password matches; with no stored hash, false after the same work. */
export async function passwordMatches(stored: string | null, password: string): Promise<boolean> {
  const matches = await verify(stored ?? (await dummyHash), password);
  return stored !== null && matches;
}
