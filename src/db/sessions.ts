import { randomUUID } from 'node:crypto';
import type { Role } from '../domain/roles';
import type { Database } from './client';
import { hashSecret, randomSecret } from './secrets';
import type { AuthenticatedUser } from './users';

// Sessions of signed-in people. The token goes to the browser in a cookie; only its SHA-256 is stored.

export interface SessionLifetime {
  idleMs: number;
  maxMs: number;
}

const LAST_SEEN_EVERY_MS = 60_000;

/** A new session for the user; returns the token, which is never stored. */
export async function startSession(db: Database, userId: string, lifetime: SessionLifetime): Promise<string> {
  const token = randomSecret();
  const now = new Date();
  await db.session.create({
    data: { id: randomUUID(), userId, tokenHash: hashSecret(token), createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + lifetime.maxMs) },
  });
  return token;
}

/**
 * The user of a live session, which this use slides on; an expired session (idle or past its
 * absolute end) is deleted. `last_seen` is written at most once a minute (or a quarter of the idle
 * time, when that is shorter).
 */
export async function findUserBySession(
  db: Database,
  token: string,
  lifetime: SessionLifetime,
): Promise<{ user: AuthenticatedUser; sessionId: string } | undefined> {
  const session = await db.session.findUnique({ where: { tokenHash: hashSecret(token) }, include: { user: true } });
  if (!session) return undefined;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + lifetime.idleMs <= now || !session.user.active) {
    await db.session.deleteMany({ where: { id: session.id } });
    return undefined;
  }
  if (now - session.lastSeenAt.getTime() >= Math.min(LAST_SEEN_EVERY_MS, lifetime.idleMs / 4)) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  return { user: { id: session.user.id, name: session.user.name, role: session.user.role as Role }, sessionId: session.id };
}

export async function endSession(db: Database, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** Deletes sessions past their absolute end; idle ones go when next presented or when they reach it. */
export async function purgeExpiredSessions(db: Database): Promise<number> {
  return (await db.session.deleteMany({ where: { expiresAt: { lte: new Date() } } })).count;
}
