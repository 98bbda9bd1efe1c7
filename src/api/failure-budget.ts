import type { Request, RequestHandler } from 'express';
import { MemoryStore, type Options } from 'express-rate-limit';
import { AppError } from '../domain/errors';

const WINDOW_MS = 60_000;

export function tooManyRequests(retryAfterSeconds?: number): AppError {
  return new AppError('rate_limited', 'too many requests; slow down and retry after the time in RateLimit headers', [], retryAfterSeconds);
}

export interface FailureBudget {
  /** Failed requests a key may make in a minute; the next request is refused. */
  limit: number;
  keyOf: (req: Request) => string;
  /** Whether an answer counts against the budget. */
  failed: (status: number) => boolean;
}

/**
 * A budget of failed requests a minute per key. A request is checked against the failures its key has
 * already made and counted only once it has failed, so any number of requests may be in flight at once.
 * (express-rate-limit's skipSuccessfulRequests counts every request until it answers, so more requests
 * in flight than the budget were refused however they ended.) Answers carry the budget in the same
 * draft-8 RateLimit headers as the other limiters.
 */
export function failureBudget({ limit, keyOf, failed }: FailureBudget): RequestHandler {
  const store = new MemoryStore();
  store.init({ windowMs: WINDOW_MS } as Options);
  const name = `${limit}-in-${WINDOW_MS / 60_000}min`;
  return async (req, res, next) => {
    const key = keyOf(req);
    const seen = await store.get(key);
    const failures = seen?.totalHits ?? 0;
    const resetSeconds = Math.max(0, Math.ceil(((seen?.resetTime?.getTime() ?? Date.now() + WINDOW_MS) - Date.now()) / 1000));
    res.append('RateLimit', `"${name}"; r=${Math.max(limit - failures, 0)}; t=${resetSeconds}`);
    res.append('RateLimit-Policy', `"${name}"; q=${limit}; w=${WINDOW_MS / 1000}`);
    if (failures >= limit) {
      throw tooManyRequests(resetSeconds);
    }
    res.on('finish', () => {
      if (failed(res.statusCode)) void store.increment(key);
    });
    next();
  };
}
