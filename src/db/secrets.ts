import { createHash, randomBytes } from 'node:crypto';

// Secrets handed out once (API keys, session and invitation tokens): only their SHA-256 is stored.

/** 32 random bytes, URL-safe. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
