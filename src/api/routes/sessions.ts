import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import type { SessionLifetime } from '../../db/sessions';
import { endSession } from '../../db/sessions';
import { SessionSchema, SignInRequest } from '../../schemas/sessions';
import type { UseCaseContext } from '../../use-cases/context';
import { readSessionUser, signIn } from '../../use-cases/sessions';
import { ProblemSchema } from '../problem';
import { addPublicRoute, addRoute } from '../route';
import { clearedSessionCookie, sessionCookie } from '../session-cookie';

const SIGN_IN = '/v1/session';

/** Signing in: added before authentication. */
export function signInRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext, lifetime: SessionLifetime): void {
  addPublicRoute(router, registry, context, {
    method: 'post',
    path: SIGN_IN,
    summary: 'Sign in with email and password: sets the session cookie (HttpOnly, SameSite=Strict)',
    tag: 'Sessions',
    body: SignInRequest,
    responses: {
      200: { description: 'Signed in; the answer sets the `session` cookie', schema: SessionSchema },
      401: { description: 'The email or password is wrong (the same answer for both)', schema: ProblemSchema },
      403: { description: 'Sent from another origin', schema: ProblemSchema },
      429: { description: 'Too many failed sign-ins for this account or from this address; see Retry-After', schema: ProblemSchema },
    },
    handler: async ({ body, http }, ctx) => {
      const { user, token } = await signIn(ctx, body, lifetime);
      return { status: 200, body: { user }, headers: { 'Set-Cookie': sessionCookie(token, http.secure) } };
    },
  });
}

/** Reading and ending one's session: added after authentication. */
export function sessionRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext): void {
  addRoute(router, registry, context, {
    method: 'get',
    path: SIGN_IN,
    summary: 'Who the caller is (by session cookie or API key)',
    tag: 'Sessions',
    responses: { 200: { description: 'The caller', schema: SessionSchema } },
    handler: async ({ user }, ctx) => ({ status: 200, body: { user: await readSessionUser(ctx, user.id) } }),
  });

  addRoute(router, registry, context, {
    method: 'delete',
    path: SIGN_IN,
    summary: 'Sign out: ends the session and clears its cookie',
    tag: 'Sessions',
    responses: { 204: { description: 'Signed out' } },
    handler: async ({ http }, ctx) => {
      if (http.sessionId) await endSession(ctx.db, http.sessionId);
      return { status: 204, headers: { 'Set-Cookie': clearedSessionCookie(http.secure) } };
    },
  });
}
