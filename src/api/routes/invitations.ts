import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import type { SessionLifetime } from '../../db/sessions';
import {
  AcceptInvitationRequest,
  CreatedInvitationSchema,
  CreateInvitationRequest,
  InvitationListSchema,
  InvitationParams,
  InvitationSchema,
} from '../../schemas/invitations';
import { SessionSchema } from '../../schemas/sessions';
import type { UseCaseContext } from '../../use-cases/context';
import { acceptInvitation, invitePerson, listInvitations, revokeInvitation } from '../../use-cases/invitations';
import { ProblemSchema } from '../problem';
import { addPublicRoute, addRoute } from '../route';
import { sessionCookie } from '../session-cookie';

/** Accepting an invitation: added before authentication. */
export function acceptInvitationRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext, lifetime: SessionLifetime): void {
  addPublicRoute(router, registry, context, {
    method: 'post',
    path: '/v1/invitations/accept',
    summary: "Accept an invitation with its token and one's own password: the user is created as invited and signed in",
    tag: 'Invitations',
    body: AcceptInvitationRequest,
    responses: {
      201: { description: 'The new user, signed in; the answer sets the `session` cookie', schema: SessionSchema },
      400: { description: 'Invalid input, or a token that is unknown, expired, revoked or used (`errors` names `token`)', schema: ProblemSchema },
      403: { description: 'Sent from another origin', schema: ProblemSchema },
      409: { description: 'A user has this email meanwhile', schema: ProblemSchema },
    },
    handler: async ({ body, http }, ctx) => {
      const { user, token } = await acceptInvitation(ctx, body, lifetime);
      return { status: 201, body: { user }, headers: { 'Set-Cookie': sessionCookie(token, http.secure) } };
    },
  });
}

export function invitationRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext, ttlMs: number): void {
  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/invitations',
    summary: 'Invite a person by name, email and role: the answer holds the one-time link (shown this once) that expires',
    tag: 'Invitations',
    body: CreateInvitationRequest,
    responses: {
      201: { description: 'The invitation and its link', schema: CreatedInvitationSchema },
      409: { description: 'A user or a pending invitation already has this email', schema: ProblemSchema },
    },
    handler: async ({ body, user, http }, ctx) => ({ status: 201, body: await invitePerson(ctx, user, body, { origin: http.origin, ttlMs }) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/invitations',
    summary: 'Pending invitations and those of the last 30 days, newest first (never a token)',
    tag: 'Invitations',
    responses: { 200: { description: 'The invitations', schema: InvitationListSchema } },
    handler: async (_request, ctx) => ({ status: 200, body: await listInvitations(ctx) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/invitations/:id/revoke',
    summary: 'Revoke a pending invitation: its link stops working',
    tag: 'Invitations',
    params: InvitationParams,
    responses: {
      200: { description: 'The revoked invitation', schema: InvitationSchema },
      404: { description: 'No such invitation', schema: ProblemSchema },
      409: { description: 'The invitation is not pending', schema: ProblemSchema },
    },
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await revokeInvitation(ctx, user, params.id) }),
  });
}
