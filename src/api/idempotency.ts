import { createHash } from 'node:crypto';
import { Prisma, type Database } from '../db/client';
import { AppError } from '../domain/errors';

// `Idempotency-Key` on starting POSTs: the same key with the same request returns the first answer;
// with another request it is a 422, for the key's whole lifetime (24 h), even after the first
// request failed; while the first is still running, a 409. Keys belong to the caller, so nobody
// can read another user's stored answer. A request that fails keeps its key as `failed`: the same
// request may be retried, and its retry creates the same ids (src/api/route.ts), so it can never
// start a second process.

export interface StoredResponse {
  status: number;
  body?: unknown;
  replayed: boolean;
}

const KEY = /^[\x21-\x7e]{1,255}$/;
const ABANDONED_AFTER_MS = 60_000;
export const KEY_LIFETIME_MS = 24 * 60 * 60_000;

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(JSON.stringify([method, path, body ?? null])).digest('hex');
}

export async function withIdempotency(
  db: Database,
  userId: string,
  key: string,
  hash: string,
  /**
   * Runs the request; `keySeenAt` tells this key's lifetime apart from a later one of the same name,
   * `firstAttempt` that no earlier attempt in this lifetime can have created anything.
   */
  run: (keySeenAt: Date, firstAttempt: boolean) => Promise<{ status: number; body?: unknown }>,
): Promise<StoredResponse> {
  if (!KEY.test(key)) {
    throw new AppError('validation', 'Idempotency-Key must be 1-255 visible ASCII characters', [
      { in: 'header', field: 'Idempotency-Key', message: 'must be 1-255 visible ASCII characters' },
    ]);
  }
  const now = new Date();
  const reserved = await db.idempotencyKey.createMany({
    data: [{ userId, key, requestHash: hash, state: 'running', createdAt: now, attemptStartedAt: now }],
    skipDuplicates: true,
  });
  let attempt = { keySeenAt: now, first: true };
  if (reserved.count === 0) {
    const resumed = await resume(db, userId, key, hash, now);
    if ('stored' in resumed) return resumed.stored;
    attempt = resumed;
  }
  try {
    const result = await run(attempt.keySeenAt, attempt.first);
    await db.idempotencyKey.update({
      where: { userId_key: { userId, key } },
      data: { state: 'completed', statusCode: result.status, responseBody: result.body as object, completedAt: new Date() },
    });
    return { ...result, replayed: false };
  } catch (error) {
    await db.idempotencyKey.update({ where: { userId_key: { userId, key } }, data: { state: 'failed' } });
    throw error;
  }
}

/** For a key already seen: its stored answer, or when this request may run it (again) the key's lifetime start; else a 422 or a 409. */
async function resume(
  db: Database,
  userId: string,
  key: string,
  hash: string,
  now: Date,
): Promise<{ stored: StoredResponse } | { keySeenAt: Date; first: boolean }> {
  const expired = { createdAt: { lt: new Date(now.getTime() - KEY_LIFETIME_MS) } };
  const renewed = await db.idempotencyKey.updateMany({
    where: { userId, key, ...expired },
    data: { requestHash: hash, state: 'running', statusCode: null, responseBody: Prisma.DbNull, createdAt: now, attemptStartedAt: now, completedAt: null },
  });
  if (renewed.count === 1) return { keySeenAt: now, first: true };
  const existing = await db.idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
  if (!existing) throw new AppError('conflict', 'a request with this Idempotency-Key is in flux; retry shortly');
  if (existing.requestHash !== hash) {
    throw new AppError('idempotency_mismatch', 'this Idempotency-Key was used with a different request');
  }
  if (existing.state === 'completed' && existing.statusCode !== null) {
    return { stored: { status: existing.statusCode, body: existing.responseBody, replayed: true } };
  }
  // A failed attempt may be retried at once; one that died mid-way leaves its key running, and
  // after a while a retry takes it over (it creates the same ids, so it finishes the same work).
  const resumable = existing.state === 'failed' ? { state: 'failed' } : { state: 'running', attemptStartedAt: { lt: new Date(now.getTime() - ABANDONED_AFTER_MS) } };
  const resumed = await db.idempotencyKey.updateMany({ where: { userId, key, ...resumable }, data: { state: 'running', attemptStartedAt: now } });
  if (resumed.count === 0) throw new AppError('conflict', 'a request with this Idempotency-Key is still in progress; retry shortly');
  return { keySeenAt: existing.createdAt, first: false };
}

/** Deletes keys past their lifetime; returns how many. */
export async function purgeExpiredIdempotencyKeys(db: Database, now = new Date()): Promise<number> {
  const purged = await db.idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEY_LIFETIME_MS) } } });
  return purged.count;
}
