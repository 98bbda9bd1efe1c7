import { AppError } from '../domain/errors';
import type { LinkKeys } from './keys';
import { signLinkToken, verifyLinkToken, type LinkPurpose } from './token';

// The links customers get by email, to the public pages under /c/ (console/src/customer), and the
// one check of a token the public API makes.

export interface CustomerLinks {
  /** The token for this purpose and object; expiring at `expiresAt`, else after the configured lifetime. */
  token(purpose: LinkPurpose, objectId: string, expiresAt?: number): string;
  /** The page a token opens, with an optional query (`?score=3`). */
  url(purpose: LinkPurpose, token: string, query?: Record<string, string>): string;
  /** The object a valid token names, else the one refusal every bad token gets (unknown, tampered, expired, used). */
  objectOf(token: string, purpose: LinkPurpose): string;
}

/** The public page of each purpose. */
export const LINK_PAGES: Record<LinkPurpose, string> = {
  survey: 'survey',
  return_status: 'returns',
  credit_status: 'credits',
  order_return: 'orders',
};

/** One answer for every link or lookup that fails, so that it tells nothing about what exists. */
export function badLink(): AppError {
  return new AppError(
    'not_found',
    'we could not find this: the link may have expired, been used already or been copied incompletely, or the order number and email do not match',
  );
}

export function createCustomerLinks(keys: LinkKeys, baseUrl: string, lifetimeMs: number, now: () => number = Date.now): CustomerLinks {
  return {
    token: (purpose, objectId, expiresAt) => signLinkToken(keys.signing, { purpose, objectId, expiresAt: expiresAt ?? now() + lifetimeMs }),
    url(purpose, token, query) {
      const search = query ? `?${new URLSearchParams(query).toString()}` : '';
      return `${baseUrl}/c/${LINK_PAGES[purpose]}/${token}${search}`;
    },
    objectOf(token, purpose) {
      const claims = verifyLinkToken(keys.verifying, token, purpose, now());
      if (!claims) throw badLink();
      return claims.objectId;
    },
  };
}
