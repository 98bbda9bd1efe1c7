import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { ProblemSchema } from '../problem';
import { addRoute } from '../route';
import { TIER_ROLES } from '../../domain/escalations';
import {
  EmptyBody,
  EscalateBody,
  EscalationIdParams,
  EscalationListSchema,
  EscalationNotePage,
  EscalationSchema,
  ListEscalationsQuery,
  NoteBody,
  RaiseEscalationBody,
  ReassignBody,
  ResolveBody,
} from '../../schemas/escalations';
import { PageQuery } from '../../schemas/common';
import type { UseCaseContext } from '../../use-cases/context';
import {
  acknowledgeEscalation,
  addEscalationNote,
  confirmResolution,
  escalateToNextTier,
  reassignEscalation,
  recordCustomerReply,
  resolveEscalation,
  waitOnCustomer,
} from '../../use-cases/escalation-actions';
import { listEscalationNotes, listEscalations, raiseEscalation, readEscalation } from '../../use-cases/escalations';

const notFound = { description: 'No such escalation', schema: ProblemSchema };

const actionResponses = {
  200: { description: 'The escalation after the action', schema: EscalationSchema },
  404: notFound,
  409: { description: 'Out of order: the escalation is not in a state that allows this', schema: ProblemSchema },
};

const TIERS_AND_ROLES = Object.entries(TIER_ROLES)
  .map(([tier, roles]) => `${tier} ${roles.join('/')}`)
  .join(', ');

export function escalationRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext): void {
  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/escalations',
    summary: "Raise an escalation on a case: it enters tier L1's queue with acknowledgement and resolution clocks",
    tag: 'Escalations',
    body: RaiseEscalationBody,
    idempotent: true,
    responses: {
      201: { description: 'The escalation', schema: EscalationSchema },
      409: { description: 'The case is closed', schema: ProblemSchema },
    },
    handler: async ({ body, user, newId }, ctx) => ({ status: 201, body: await raiseEscalation(ctx, user, body, newId) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/escalations',
    summary: "Escalations, oldest first; a tier's queue with ?tier=L1&status=open",
    tag: 'Escalations',
    query: ListEscalationsQuery,
    responses: { 200: { description: 'Escalations', schema: EscalationListSchema } },
    handler: async ({ query, user }, ctx) => ({ status: 200, body: await listEscalations(ctx, user, query) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/escalations/:id',
    summary: 'An escalation: tier, status, assignee, due times, breaches and history',
    tag: 'Escalations',
    params: EscalationIdParams,
    responses: { 200: { description: 'The escalation', schema: EscalationSchema }, 404: notFound },
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await readEscalation(ctx, user, params.id) }),
  });

  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/escalations/:id/notes',
    summary: "An escalation's notes, newest first, cursor pagination (the escalation itself carries the last 20)",
    tag: 'Escalations',
    params: EscalationIdParams,
    query: PageQuery,
    responses: { 200: { description: 'A page of notes', schema: EscalationNotePage }, 404: notFound },
    handler: async ({ params, query }, ctx) => ({ status: 200, body: await listEscalationNotes(ctx, params.id, query) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/escalations/:id/acknowledge',
    summary: `Acknowledge: take the escalation from the tier's queue (tiers: ${TIERS_AND_ROLES})`,
    tag: 'Escalations',
    params: EscalationIdParams,
    body: EmptyBody,
    responses: actionResponses,
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await acknowledgeEscalation(ctx, user, params.id) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/escalations/:id/notes',
    summary: 'Add a note',
    tag: 'Escalations',
    params: EscalationIdParams,
    body: NoteBody,
    responses: actionResponses,
    handler: async ({ params, body, user }, ctx) => ({ status: 200, body: await addEscalationNote(ctx, user, params.id, body.text) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/escalations/:id/reassign',
    summary: 'Reassign to another user who works the tier (the assignee or a supervisor)',
    tag: 'Escalations',
    params: EscalationIdParams,
    body: ReassignBody,
    responses: actionResponses,
    handler: async ({ params, body, user }, ctx) => ({ status: 200, body: await reassignEscalation(ctx, user, params.id, body.assigneeId) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/escalations/:id/escalate',
    summary: 'Escalate to the next tier by hand; its acknowledgement clock starts again',
    tag: 'Escalations',
    params: EscalationIdParams,
    body: EscalateBody,
    responses: actionResponses,
    handler: async ({ params, body, user }, ctx) => ({ status: 200, body: await escalateToNextTier(ctx, user, params.id, body.reason) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/escalations/:id/wait-on-customer',
    summary: 'Wait on the customer: the resolution clock stops',
    tag: 'Escalations',
    params: EscalationIdParams,
    body: EmptyBody,
    responses: actionResponses,
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await waitOnCustomer(ctx, user, params.id) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/escalations/:id/customer-replied',
    summary: 'The customer replied: the resolution clock runs again',
    tag: 'Escalations',
    params: EscalationIdParams,
    body: EmptyBody,
    responses: actionResponses,
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await recordCustomerReply(ctx, user, params.id) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/escalations/:id/resolve',
    summary: 'Resolve with a resolution code (the assignee or a supervisor); closes by itself if the customer does not confirm',
    tag: 'Escalations',
    params: EscalationIdParams,
    body: ResolveBody,
    responses: actionResponses,
    handler: async ({ params, body, user }, ctx) => ({ status: 200, body: await resolveEscalation(ctx, user, params.id, { resolutionCode: body.resolutionCode, note: body.note ?? null }) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/escalations/:id/confirm',
    summary: "Record the customer's confirmation: the escalation closes",
    tag: 'Escalations',
    params: EscalationIdParams,
    body: EmptyBody,
    responses: actionResponses,
    handler: async ({ params, user }, ctx) => ({ status: 200, body: await confirmResolution(ctx, user, params.id) }),
  });
}
