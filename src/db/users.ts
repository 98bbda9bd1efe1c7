import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '../domain/roles';
import type { Database } from './client';

// Users and their API keys. A key is shown once, when made; only its SHA-256 is stored.

export interface AuthenticatedUser {
  id: string;
  name: string;
  role: Role;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export async function createUser(db: Database, name: string, role: Role): Promise<{ user: AuthenticatedUser; apiKey: string }> {
  const apiKey = `sk_${randomBytes(24).toString('base64url')}`;
  const user = { id: randomUUID(), name, role };
  await db.user.create({
    data: {
      ...user,
      apiKeys: { create: { id: randomUUID(), keyHash: hashApiKey(apiKey), prefix: apiKey.slice(0, 8) } },
    },
  });
  return { user, apiKey };
}

export async function findUserByApiKey(db: Database, apiKey: string): Promise<AuthenticatedUser | undefined> {
  const key = await db.apiKey.findUnique({ where: { keyHash: hashApiKey(apiKey) }, include: { user: true } });
  if (!key || key.revokedAt || !key.user.active) return undefined;
  return { id: key.user.id, name: key.user.name, role: key.user.role as Role };
}
