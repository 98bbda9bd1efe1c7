import { randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '../domain/roles';
import { recordAuditEvent, type AuditActor } from './audit';
import type { Database } from './client';
import { hashSecret } from './secrets';

// Users and their API keys. A key is shown once, when made; only its SHA-256 is stored.

export interface AuthenticatedUser {
  id: string;
  name: string;
  role: Role;
}

export interface IssuedApiKey {
  id: string;
  prefix: string;
  label: string | null;
  createdAt: Date;
  /** The key itself: shown once, never stored. */
  key: string;
}

/** Makes a new key for a user and records who issued it (the user themselves, or null: the command line); run it inside the caller's transaction. */
export async function issueApiKey(db: Pick<Database, 'apiKey' | 'auditEvent'>, userId: string, issuer: AuditActor, label: string | null = null): Promise<IssuedApiKey> {
  const key = `sk_${randomBytes(24).toString('base64url')}`;
  const row = await db.apiKey.create({
    data: { id: randomUUID(), userId, keyHash: hashSecret(key), prefix: key.slice(0, 8), label, issuedById: issuer?.id ?? null },
  });
  await recordAuditEvent(db, {
    actor: issuer,
    action: 'api_key.issued',
    target: { type: 'user', id: userId },
    after: { keyId: row.id, prefix: row.prefix, label, issuedByAnotherUser: issuer !== null && issuer.id !== userId },
  });
  return { id: row.id, prefix: row.prefix, label: row.label, createdAt: row.createdAt, key };
}

export interface NewUser {
  name: string;
  role: Role;
  /** In lower case (src/domain/credentials.ts). */
  email?: string;
  /** argon2id (src/db/passwords.ts): the user can sign in. */
  passwordHash?: string;
}

/**
 * A user, with a first API key unless `apiKey: false`, in one transaction, from the command line
 * (`npm run users:create`) and tests.
 */
export async function createUser(db: Database, newUser: NewUser): Promise<{ user: AuthenticatedUser; apiKey: string }>;
export async function createUser(db: Database, newUser: NewUser, options: { apiKey: boolean }): Promise<{ user: AuthenticatedUser; apiKey?: string }>;
export async function createUser(db: Database, newUser: NewUser, options = { apiKey: true }): Promise<{ user: AuthenticatedUser; apiKey?: string }> {
  const { name, role } = newUser;
  const email = newUser.email ?? null;
  const user = { id: randomUUID(), name, role };
  const issued = await db.$transaction(async (tx) => {
    await tx.user.create({ data: { ...user, email, passwordHash: newUser.passwordHash ?? null } });
    await recordAuditEvent(tx, { actor: null, action: 'user.created', target: { type: 'user', id: user.id }, after: { name, role, email } });
    return options.apiKey ? issueApiKey(tx, user.id, null) : undefined;
  });
  return { user, ...(issued ? { apiKey: issued.key } : {}) };
}

/** The active user an unrevoked key (by its hash, `hashSecret`) belongs to: one indexed read. */
export async function findUserByKeyHash(db: Pick<Database, '$queryRaw'>, keyHash: string): Promise<AuthenticatedUser | undefined> {
  const [user] = await db.$queryRaw<AuthenticatedUser[]>`
    SELECT u.id, u.name, u.role
    FROM api_keys k JOIN users u ON u.id = k.user_id
    WHERE k.key_hash = ${keyHash} AND k.revoked_at IS NULL AND u.active
  `;
  return user;
}
