import { recordAuditEvent } from '../db/audit';
import { issueApiKey, type AuthenticatedUser } from '../db/users';
import { AppError } from '../domain/errors';
import type { Role } from '../domain/roles';
import type { ApiKeyView, CreateUserRequest, ListUsersQuery, UserView } from '../schemas/users';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';
import { isSelfServiceActor, SELF_SERVICE_ACTOR } from './self-service-actor';

// What an admin does with users and their API keys, and what people do with their own keys. Every
// change is recorded in the audit trail, in the same transaction.

interface ApiKeyRow {
  id: string;
  userId: string;
  prefix: string;
  label: string | null;
  createdAt: Date;
  revokedAt: Date | null;
  issuedBy: { id: string; name: string } | null;
}

function keyView(key: ApiKeyRow): ApiKeyView {
  return {
    id: key.id,
    prefix: key.prefix,
    label: key.label,
    createdAt: key.createdAt.toISOString(),
    revokedAt: key.revokedAt?.toISOString() ?? null,
    issuedBy: key.issuedBy,
    issuedByAnotherUser: key.issuedBy !== null && key.issuedBy.id !== key.userId,
  };
}

function userView(user: { id: string; name: string; role: string; email: string | null; active: boolean; createdAt: Date; apiKeys: ApiKeyRow[] }): UserView {
  return {
    id: user.id,
    name: user.name,
    role: user.role as Role,
    email: user.email,
    active: user.active,
    createdAt: user.createdAt.toISOString(),
    apiKeys: user.apiKeys.map(keyView),
  };
}

const issuer = { issuedBy: { select: { id: true, name: true } } };
const withKeys = { apiKeys: { orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }], include: issuer } };

/** The customer's self-service account is no person: the people routes answer as if it did not exist. */
function requirePerson(userId: string): void {
  if (isSelfServiceActor(userId)) throw new AppError('not_found', `no user ${userId}`);
}

export async function readUser(context: UseCaseContext, userId: string): Promise<UserView> {
  requirePerson(userId);
  const user = await context.db.user.findUnique({ where: { id: userId }, include: withKeys });
  if (!user) throw new AppError('not_found', `no user ${userId}`);
  return userView(user);
}

/** A user without a key yet; its id is the request's, so a retry finds the same user (and records it once). */
export async function createUserAccount(
  context: UseCaseContext,
  caller: AuthenticatedUser,
  request: z.infer<typeof CreateUserRequest>,
  userId: string,
): Promise<UserView> {
  await context.db.$transaction(async (tx) => {
    const created = await tx.user.createMany({ data: [{ id: userId, ...request }], skipDuplicates: true });
    if (created.count === 0) {
      if (await tx.user.count({ where: { id: userId } })) return;
      throw new AppError('conflict', 'another user has this email');
    }
    await recordAuditEvent(tx, {
      actor: caller,
      action: 'user.created',
      target: { type: 'user', id: userId },
      after: { name: request.name, role: request.role, email: request.email ?? null },
    });
  });
  return readUser(context, userId);
}

export async function listUsers(context: UseCaseContext, query: z.infer<typeof ListUsersQuery>): Promise<{ items: UserView[] }> {
  const users = await context.db.user.findMany({
    where: { id: { not: SELF_SERVICE_ACTOR.id }, ...(query.role ? { role: query.role } : {}), ...(query.active === undefined ? {} : { active: query.active }) },
    include: withKeys,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return { items: users.map(userView) };
}

/** A key the caller makes for themselves: nobody makes one for someone else. */
export async function issueOwnKey(context: UseCaseContext, caller: AuthenticatedUser, label: string): Promise<ApiKeyView & { key: string }> {
  const issued = await context.db.$transaction((tx) => issueApiKey(tx, caller.id, caller, label));
  return { ...keyView({ ...issued, userId: caller.id, revokedAt: null, issuedBy: { id: caller.id, name: caller.name } }), key: issued.key };
}

export async function listOwnKeys(context: UseCaseContext, caller: AuthenticatedUser): Promise<{ items: ApiKeyView[] }> {
  return { items: (await readUser(context, caller.id)).apiKeys };
}

/** Revokes a key at once; of requests racing to revoke it, one succeeds (and is recorded) and the others are 409s. */
export async function revokeKey(context: UseCaseContext, caller: AuthenticatedUser, userId: string, keyId: string): Promise<ApiKeyView> {
  requirePerson(userId);
  return context.db.$transaction(async (tx) => {
    const revoked = await tx.apiKey.updateMany({ where: { id: keyId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
    const key = await tx.apiKey.findFirst({ where: { id: keyId, userId }, include: issuer });
    if (!key) throw new AppError('not_found', `user ${userId} has no key ${keyId}`);
    if (revoked.count === 0) throw new AppError('conflict', 'the key is already revoked');
    await recordAuditEvent(tx, {
      actor: caller,
      action: 'api_key.revoked',
      target: { type: 'user', id: userId },
      before: { keyId, prefix: key.prefix, revokedAt: null },
      after: { keyId, prefix: key.prefix, revokedAt: key.revokedAt?.toISOString() ?? null },
    });
    return keyView(key);
  });
}

/** Every key of a deactivated user stops working; its work stays attributed to it. */
export async function deactivateUser(context: UseCaseContext, caller: AuthenticatedUser, userId: string): Promise<UserView> {
  requirePerson(userId);
  if (caller.id === userId) throw new AppError('conflict', 'you cannot deactivate your own account');
  const changed = await context.db.$transaction(async (tx) => {
    const deactivated = await tx.user.updateMany({ where: { id: userId, active: true }, data: { active: false } });
    if (deactivated.count === 1) {
      await recordAuditEvent(tx, {
        actor: caller,
        action: 'user.deactivated',
        target: { type: 'user', id: userId },
        before: { active: true },
        after: { active: false },
      });
    }
    return deactivated.count;
  });
  const user = await readUser(context, userId);
  if (changed === 0) throw new AppError('conflict', 'the user is already deactivated');
  return user;
}

/** A new role takes effect on the user's next request; the same role again changes (and records) nothing. */
export async function changeUserRole(context: UseCaseContext, caller: AuthenticatedUser, userId: string, role: Role): Promise<UserView> {
  requirePerson(userId);
  if (caller.id === userId) throw new AppError('conflict', 'you cannot change your own role');
  await context.db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new AppError('not_found', `no user ${userId}`);
    if (user.role === role) return;
    const changed = await tx.user.updateMany({ where: { id: userId, role: user.role }, data: { role } });
    if (changed.count === 0) throw new AppError('conflict', "the user's role changed meanwhile; read the user and try again");
    await recordAuditEvent(tx, {
      actor: caller,
      action: 'user.role_changed',
      target: { type: 'user', id: userId },
      before: { role: user.role },
      after: { role },
    });
  });
  return readUser(context, userId);
}
