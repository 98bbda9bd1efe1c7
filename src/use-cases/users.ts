import type { ApiContext } from '../api/context';
import { AppError } from '../api/errors';
import type { ApiKeyView, CreateUserRequest, ListUsersQuery, UserView } from '../api/schemas/users';
import type { z } from '../api/zod';
import { issueApiKey, type AuthenticatedUser } from '../db/users';
import type { Role } from '../domain/roles';

// What an admin does with users and their API keys.

interface ApiKeyRow {
  id: string;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

function keyView(key: ApiKeyRow): ApiKeyView {
  return { id: key.id, prefix: key.prefix, createdAt: key.createdAt.toISOString(), revokedAt: key.revokedAt?.toISOString() ?? null };
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

const withKeys = { apiKeys: { orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }] } };

export async function readUser(context: ApiContext, userId: string): Promise<UserView> {
  const user = await context.db.user.findUnique({ where: { id: userId }, include: withKeys });
  if (!user) throw new AppError('not_found', `no user ${userId}`);
  return userView(user);
}

/** A user without a key yet; its id is the request's, so a retry finds the same user. */
export async function createUserAccount(context: ApiContext, request: z.infer<typeof CreateUserRequest>, userId: string): Promise<UserView> {
  await context.db.user.createMany({ data: [{ id: userId, ...request }], skipDuplicates: true });
  return readUser(context, userId);
}

export async function listUsers(context: ApiContext, query: z.infer<typeof ListUsersQuery>): Promise<{ items: UserView[] }> {
  const users = await context.db.user.findMany({
    where: { ...(query.role ? { role: query.role } : {}), ...(query.active === undefined ? {} : { active: query.active }) },
    include: withKeys,
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return { items: users.map(userView) };
}

export async function issueKey(context: ApiContext, userId: string): Promise<ApiKeyView & { key: string }> {
  const user = await context.db.user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError('not_found', `no user ${userId}`);
  if (!user.active) throw new AppError('conflict', 'the user is deactivated; a key would not work');
  const issued = await issueApiKey(context.db, userId);
  return { ...keyView({ ...issued, revokedAt: null }), key: issued.key };
}

/** Revokes a key at once; of requests racing to revoke it, one succeeds and the others are 409s. */
export async function revokeKey(context: ApiContext, userId: string, keyId: string): Promise<ApiKeyView> {
  const revoked = await context.db.apiKey.updateMany({ where: { id: keyId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  const key = await context.db.apiKey.findFirst({ where: { id: keyId, userId } });
  if (!key) throw new AppError('not_found', `user ${userId} has no key ${keyId}`);
  if (revoked.count === 0) throw new AppError('conflict', 'the key is already revoked');
  return keyView(key);
}

/** Every key of a deactivated user stops working; its work stays attributed to it. */
export async function deactivateUser(context: ApiContext, caller: AuthenticatedUser, userId: string): Promise<UserView> {
  if (caller.id === userId) throw new AppError('conflict', 'you cannot deactivate your own account');
  const changed = await context.db.user.updateMany({ where: { id: userId, active: true }, data: { active: false } });
  const user = await readUser(context, userId);
  if (changed.count === 0) throw new AppError('conflict', 'the user is already deactivated');
  return user;
}
