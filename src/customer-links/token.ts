import { createHmac, timingSafeEqual } from 'node:crypto';

// A customer link's token: what it is for, the one object it names and when it expires, signed with
// HMAC-SHA256. `<claims>.<signature>`, both base64url: nothing is stored to issue one, and a token
// signed by any of the keys still listed verifies, so keys can rotate.

export const LINK_PURPOSES = ['survey', 'return_status', 'credit_status', 'order_return'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

export interface LinkClaims {
  purpose: LinkPurpose;
  objectId: string;
  /** Epoch milliseconds, rounded down to the second. */
  expiresAt: number;
}

function signature(key: string, claims: string): Buffer {
  return createHmac('sha256', key).update(claims).digest();
}

export function signLinkToken(key: string, claims: LinkClaims): string {
  const encoded = Buffer.from(JSON.stringify({ p: claims.purpose, o: claims.objectId, e: Math.floor(claims.expiresAt / 1000) })).toString('base64url');
  return `${encoded}.${signature(key, encoded).toString('base64url')}`;
}

function signedByOneOf(keys: readonly string[], encoded: string, given: Buffer): boolean {
  return keys.some((key) => {
    const expected = signature(key, encoded);
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

/** The claims of a token signed by one of the keys, for this purpose and not expired; else undefined, whatever is wrong. */
export function verifyLinkToken(keys: readonly string[], token: string, purpose: LinkPurpose, now: number): LinkClaims | undefined {
  const [encoded, signed, ...rest] = token.split('.');
  if (!encoded || !signed || rest.length > 0) return undefined;
  if (!signedByOneOf(keys, encoded, Buffer.from(signed, 'base64url'))) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const { p, o, e } = (decoded ?? {}) as { p?: unknown; o?: unknown; e?: unknown };
  if (p !== purpose || typeof o !== 'string' || typeof e !== 'number' || e * 1000 <= now) return undefined;
  return { purpose, objectId: o, expiresAt: e * 1000 };
}
