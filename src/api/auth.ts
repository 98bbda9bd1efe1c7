import type { RequestHandler } from 'express';
import { findUserByApiKey, type AuthenticatedUser } from '../db/users';
import { AppError } from '../domain/errors';
import type { Role } from '../domain/roles';
import type { UseCaseContext } from '../use-cases/context';

const BEARER = /^Bearer ([\w-]+)$/;

/** Puts the caller on `res.locals.user`; a missing or unknown key is a 401. */
export function authenticate({ db }: UseCaseContext): RequestHandler {
  return async (req, res, next) => {
    const match = BEARER.exec(req.header('authorization') ?? '');
    if (!match?.[1]) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      throw new AppError('unauthenticated', 'send an API key as `Authorization: Bearer <key>`');
    }
    const user = await findUserByApiKey(db, match[1]);
    if (!user) {
      res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw new AppError('unauthenticated', 'the API key is unknown or revoked');
    }
    res.locals.user = user;
    next();
  };
}

export function requireRole(user: AuthenticatedUser, roles: readonly Role[] | 'any'): void {
  if (roles !== 'any' && !roles.includes(user.role)) {
    throw new AppError('forbidden', `this action needs the role ${roles.join(' or ')}; you are ${user.role}`);
  }
}
