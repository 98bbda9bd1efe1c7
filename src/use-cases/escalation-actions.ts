import type { UpdateDefinition } from '@temporalio/common';
import type { AuthenticatedUser } from '../db/users';
import { actorOf } from '../domain/actor';
import { invalidField } from '../domain/errors';
import type { EscalationAction, EscalationState, ResolveRequest } from '../domain/messages/escalation';
import type { EscalationView } from '../schemas/escalations';
import {
  acknowledgeUpdate,
  addNoteUpdate,
  confirmUpdate,
  customerRepliedUpdate,
  escalateUpdate,
  reassignUpdate,
  resolveUpdate,
  waitOnCustomerUpdate,
} from '../../workflows/escalation-messages';
import type { UseCaseContext } from './context';
import { escalationHandle, toEscalationView } from './escalations';
import { sendAction } from './send-action';

// The actions that move a running escalation on, each an update of its workflow.

async function actOnEscalation<Input extends EscalationAction>(
  context: UseCaseContext,
  caller: AuthenticatedUser,
  escalationId: string,
  update: UpdateDefinition<EscalationState, [Input]>,
  input: Omit<Input, 'by'>,
): Promise<EscalationView> {
  const handle = await escalationHandle(context, escalationId);
  return toEscalationView(context, await sendAction(handle, update, caller, input), caller);
}

/** Takes the escalation from its tier's queue. */
export function acknowledgeEscalation(context: UseCaseContext, caller: AuthenticatedUser, escalationId: string): Promise<EscalationView> {
  return actOnEscalation(context, caller, escalationId, acknowledgeUpdate, {});
}

export function addEscalationNote(context: UseCaseContext, caller: AuthenticatedUser, escalationId: string, text: string): Promise<EscalationView> {
  return actOnEscalation(context, caller, escalationId, addNoteUpdate, { text });
}

/** Hands the escalation to another active user; the workflow checks that they work the tier. */
export async function reassignEscalation(
  context: UseCaseContext,
  caller: AuthenticatedUser,
  escalationId: string,
  assigneeId: string,
): Promise<EscalationView> {
  const assignee = await context.db.user.findUnique({ where: { id: assigneeId } });
  if (!assignee?.active) throw invalidField('body', 'assigneeId', 'no such active user');
  return actOnEscalation(context, caller, escalationId, reassignUpdate, { assignee: actorOf(assignee) });
}

/** Up to the next tier by hand; its acknowledgement clock starts again. */
export function escalateToNextTier(context: UseCaseContext, caller: AuthenticatedUser, escalationId: string, reason: string): Promise<EscalationView> {
  return actOnEscalation(context, caller, escalationId, escalateUpdate, { reason });
}

/** The resolution clock stops until the customer replies. */
export function waitOnCustomer(context: UseCaseContext, caller: AuthenticatedUser, escalationId: string): Promise<EscalationView> {
  return actOnEscalation(context, caller, escalationId, waitOnCustomerUpdate, {});
}

/** The resolution clock runs again. */
export function recordCustomerReply(context: UseCaseContext, caller: AuthenticatedUser, escalationId: string): Promise<EscalationView> {
  return actOnEscalation(context, caller, escalationId, customerRepliedUpdate, {});
}

export function resolveEscalation(
  context: UseCaseContext,
  caller: AuthenticatedUser,
  escalationId: string,
  resolution: Omit<ResolveRequest, 'by'>,
): Promise<EscalationView> {
  return actOnEscalation(context, caller, escalationId, resolveUpdate, resolution);
}

/** The customer confirms the resolution: the escalation closes. */
export function confirmResolution(context: UseCaseContext, caller: AuthenticatedUser, escalationId: string): Promise<EscalationView> {
  return actOnEscalation(context, caller, escalationId, confirmUpdate, {});
}
