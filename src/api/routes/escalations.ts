import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { ProblemSchema } from '../problem';
import { addRoute } from '../route';
import { addWorkflowActions, workflowAction } from '../workflow-actions';
import { actorOf } from '../../domain/actor';
import { ESCALATION_PROCESS } from '../../domain/catalog';
import { invalidField } from '../../domain/errors';
import { TIER_ROLES } from '../../domain/escalations';
import {
  EmptyBody,
  EscalateBody,
  EscalationIdParams,
  EscalationListSchema,
  EscalationSchema,
  ListEscalationsQuery,
  NoteBody,
  RaiseEscalationBody,
  ReassignBody,
  ResolveBody,
} from '../../schemas/escalations';
import type { UseCaseContext } from '../../use-cases/context';
import {
  escalationHandle,
  listEscalations,
  raiseEscalation,
  readEscalation,
  toEscalationView,
} from '../../use-cases/escalations';
import {
  acknowledgeUpdate,
  addNoteUpdate,
  confirmUpdate,
  customerRepliedUpdate,
  escalateUpdate,
  reassignUpdate,
  resolveUpdate,
  waitOnCustomerUpdate,
} from '../../../workflows/escalation-messages';

const notFound = { description: 'No such escalation', schema: ProblemSchema };

async function assigneeFor(context: UseCaseContext, assigneeId: string) {
  const user = await context.db.user.findUnique({ where: { id: assigneeId } });
  if (!user?.active) {
    throw invalidField('body', 'assigneeId', 'no such active user');
  }
  return actorOf(user);
}

const ESCALATION_ACTIONS = [
  workflowAction({
    name: 'acknowledge',
    summary: `Acknowledge: take the escalation from the tier's queue (tiers: ${Object.entries(TIER_ROLES).map(([tier, roles]) => `${tier} ${roles.join('/')}`).join(', ')})`,
    body: EmptyBody,
    send: (handle, user) => handle.executeUpdate(acknowledgeUpdate, { args: [{ by: actorOf(user) }] }),
  }),
  workflowAction({
    name: 'notes',
    summary: 'Add a note',
    body: NoteBody,
    send: (handle, user, body) => handle.executeUpdate(addNoteUpdate, { args: [{ by: actorOf(user), text: body.text }] }),
  }),
  workflowAction({
    name: 'reassign',
    summary: 'Reassign to another user who works the tier (the assignee or a supervisor)',
    body: ReassignBody,
    send: async (handle, user, body, context) =>
      handle.executeUpdate(reassignUpdate, { args: [{ by: actorOf(user), assignee: await assigneeFor(context, body.assigneeId) }] }),
  }),
  workflowAction({
    name: 'escalate',
    summary: 'Escalate to the next tier by hand; its acknowledgement clock starts again',
    body: EscalateBody,
    send: (handle, user, body) => handle.executeUpdate(escalateUpdate, { args: [{ by: actorOf(user), reason: body.reason }] }),
  }),
  workflowAction({
    name: 'wait-on-customer',
    summary: 'Wait on the customer: the resolution clock stops',
    body: EmptyBody,
    send: (handle, user) => handle.executeUpdate(waitOnCustomerUpdate, { args: [{ by: actorOf(user) }] }),
  }),
  workflowAction({
    name: 'customer-replied',
    summary: 'The customer replied: the resolution clock runs again',
    body: EmptyBody,
    send: (handle, user) => handle.executeUpdate(customerRepliedUpdate, { args: [{ by: actorOf(user) }] }),
  }),
  workflowAction({
    name: 'resolve',
    summary: 'Resolve with a resolution code (the assignee or a supervisor); closes by itself if the customer does not confirm',
    body: ResolveBody,
    send: (handle, user, body) =>
      handle.executeUpdate(resolveUpdate, { args: [{ by: actorOf(user), resolutionCode: body.resolutionCode, note: body.note ?? null }] }),
  }),
  workflowAction({
    name: 'confirm',
    summary: "Record the customer's confirmation: the escalation closes",
    body: EmptyBody,
    send: (handle, user) => handle.executeUpdate(confirmUpdate, { args: [{ by: actorOf(user) }] }),
  }),
];

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

  addWorkflowActions(router, registry, context, {
    process: ESCALATION_PROCESS,
    resource: 'escalations',
    tag: 'Escalations',
    schema: EscalationSchema,
    handle: escalationHandle,
    view: (state, _handle, user) => toEscalationView(state, user),
    actions: ESCALATION_ACTIONS,
  });
}
