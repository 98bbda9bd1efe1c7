import type { Request, RequestHandler, Response } from 'express';
import { findUserBySession, type SessionLifetime } from '../db/sessions';
import { hashSecret } from '../db/secrets';
import { findUserByKeyHash, type AuthenticatedUser } from '../db/users';
import { AppError } from '../domain/errors';
import type { Role } from '../domain/roles';
import type { UseCaseContext } from '../use-cases/context';
import type { ApiKeyCache } from './api-key-cache';
import { requireSameOrigin } from './same-origin';
import { sessionTokenOf } from './session-cookie';

const BEARER = /^Bearer ([\w-]+)$/;

async function byApiKey({ db }: UseCaseContext, apiKeys: ApiKeyCache, header: string, res: Response): Promise<AuthenticatedUser> {
  const match = BEARER.exec(header);
  if (!match?.[1]) {
    res.setHeader('WWW-Authenticate', 'Bearer');
    throw new AppError('unauthenticated', 'send an API key as `Authorization: Bearer <key>`, or sign in');
  }
  const keyHash = hashSecret(match[1]);
  const user = await apiKeys.user(keyHash, () => findUserByKeyHash(db, keyHash));
  if (!user) {
    res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
    throw new AppError('unauthenticated', 'the API key is unknown or revoked');
  }
  return user;
}

async function bySession({ db }: UseCaseContext, token: string, lifetime: SessionLifetime, req: Request, res: Response): Promise<AuthenticatedUser> {
  const found = await findUserBySession(db, token, lifetime);
  if (!found) {
    res.setHeader('WWW-Authenticate', 'Bearer');
    throw new AppError('unauthenticated', 'the session has ended; sign in again');
  }
  requireSameOrigin(req);
  res.locals.sessionId = found.sessionId;
  return found.user;
}

/**
 * Puts the caller on `res.locals.user` (and a session's id on `res.locals.sessionId`): an API key in
 * `Authorization`, else the session cookie. Missing, unknown or ended credentials are a 401; a
 * cookie-authenticated change from another origin is a 403.
 */
export function authenticate(context: UseCaseContext, lifetime: SessionLifetime, apiKeys: ApiKeyCache): RequestHandler {
  return async (req, res, next) => {
    const authorization = req.header('authorization');
    const token = sessionTokenOf(req);
    res.locals.user =
      authorization === undefined && token !== undefined
        ? await bySession(context, token, lifetime, req, res)
        : await byApiKey(context, apiKeys, authorization ?? '', res);
    next();
  };
}

export function requireRole(user: AuthenticatedUser, roles: readonly Role[] | 'any'): void {
  if (roles !== 'any' && !roles.includes(user.role)) {
    throw new AppError('forbidden', `this action needs the role ${roles.join(' or ')}; you are ${user.role}`);
  }
}
