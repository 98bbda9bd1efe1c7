import { createHash } from 'node:crypto';
import type { Database } from '../db/client';
import { AppError } from './errors';

// `Idempotency-Key` on starting POSTs: the same key with the same request returns the first answer;
// with another request it is a 422; while the first is still running, a 409. Keys belong to the
// caller, so nobody can read another user's stored answer. A request that fails stores nothing, and
// its retry creates the same ids (src/api/route.ts), so it can never start a second process.

export interface StoredResponse {
  status: number;
  body: unknown;
  replayed: boolean;
}

const KEY = /^[\x21-\x7e]{1,255}$/;
const ABANDONED_AFTER_MS = 60_000;

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(JSON.stringify([method, path, body ?? null])).digest('hex');
}

export async function withIdempotency(
  db: Database,
  userId: string,
  key: string,
  hash: string,
  run: () => Promise<{ status: number; body: unknown }>,
): Promise<StoredResponse> {
  if (!KEY.test(key)) {
    throw new AppError('validation', 'Idempotency-Key must be 1-255 visible ASCII characters', [
      { in: 'header', field: 'Idempotency-Key', message: 'must be 1-255 visible ASCII characters' },
    ]);
  }
  const reserved = await db.idempotencyKey.createMany({
    data: [{ userId, key, requestHash: hash, state: 'running' }],
    skipDuplicates: true,
  });
  if (reserved.count === 0) {
    const existing = await db.idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
    if (existing && existing.requestHash !== hash) {
      throw new AppError('idempotency_mismatch', 'this Idempotency-Key was used with a different request');
    }
    if (existing?.state === 'completed' && existing.statusCode !== null) {
      return { status: existing.statusCode, body: existing.responseBody, replayed: true };
    }
    // A request that died mid-way leaves its key running; after a while a retry takes it over
    // (the ids it creates come from the key, so it finishes the same work rather than doubling it).
    const takenOver = await db.idempotencyKey.updateMany({
      where: { userId, key, state: 'running', createdAt: { lt: new Date(Date.now() - ABANDONED_AFTER_MS) } },
      data: { createdAt: new Date() },
    });
    if (takenOver.count === 0) {
      throw new AppError('conflict', 'a request with this Idempotency-Key is still in progress; retry shortly');
    }
  }
  try {
    const result = await run();
    await db.idempotencyKey.update({
      where: { userId_key: { userId, key } },
      data: { state: 'completed', statusCode: result.status, responseBody: result.body as object, completedAt: new Date() },
    });
    return { ...result, replayed: false };
  } catch (error) {
    // A failed request stores nothing: the same key may be retried.
    await db.idempotencyKey.delete({ where: { userId_key: { userId, key } } });
    throw error;
  }
}
