import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type Options } from 'express-rate-limit';
import type { AuthenticatedUser } from '../db/users';
import { failureBudget, tooManyRequests } from './failure-budget';

// Budgets a minute: per client address before authentication (so invented bearer values share one
// bucket), per address for failed authentications (key guessing), per user after it; and for the
// customer's routes (/v1/public), per address for every request and for those refused as not found
// (link and order guessing).

export interface RateLimits {
  perUser: number;
  perAddress: number;
  authFailuresPerAddress: number;
  customerPerAddress: number;
  customerFailuresPerAddress: number;
}

const byAddress = (req: { ip?: string }) => `address:${ipKeyGenerator(req.ip ?? '')}`;

function limiter(limit: number, keyGenerator: Options['keyGenerator']) {
  return rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator,
    handler: () => {
      throw tooManyRequests();
    },
  });
}

/** Before authentication: every request of an address, and its failed authentications. */
export function beforeAuthentication(limits: RateLimits): RequestHandler[] {
  return [
    limiter(limits.perAddress, byAddress),
    failureBudget({ limit: limits.authFailuresPerAddress, keyOf: byAddress, failed: (status) => status === 401 }),
  ];
}

/** The customer's routes: every request of an address, and those answered 404 (bad links, wrong order/email pairs). */
export function customerRequests(limits: RateLimits): RequestHandler[] {
  return [
    limiter(limits.customerPerAddress, (req) => `customer:${byAddress(req)}`),
    failureBudget({ limit: limits.customerFailuresPerAddress, keyOf: byAddress, failed: (status) => status === 404 }),
  ];
}

/** After authentication: each user's own budget. */
export function afterAuthentication(limits: RateLimits): RequestHandler {
  return limiter(limits.perUser, (_req, res) => `user:${(res.locals.user as AuthenticatedUser).id}`);
}
