import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  EscalateRequest,
  EscalationAction,
  EscalationState,
  NoteRequest,
  ReassignRequest,
  ResolveRequest,
} from '../src/domain/messages/escalation';

// The escalation's messages, defined once: the workflow sets their handlers, the API sends them.

export const escalationStateQuery = defineQuery<EscalationState>('escalationState');
/** Completes once the escalation is in its first tier's queue with both clocks running. */
export const escalationStartUpdate = defineUpdate<EscalationState>('escalationRaised');
export const acknowledgeUpdate = defineUpdate<EscalationState, [EscalationAction]>('acknowledge');
export const addNoteUpdate = defineUpdate<EscalationState, [NoteRequest]>('addNote');
export const reassignUpdate = defineUpdate<EscalationState, [ReassignRequest]>('reassign');
export const escalateUpdate = defineUpdate<EscalationState, [EscalateRequest]>('escalate');
export const waitOnCustomerUpdate = defineUpdate<EscalationState, [EscalationAction]>('waitOnCustomer');
export const customerRepliedUpdate = defineUpdate<EscalationState, [EscalationAction]>('customerReplied');
export const resolveUpdate = defineUpdate<EscalationState, [ResolveRequest]>('resolve');
export const confirmUpdate = defineUpdate<EscalationState, [EscalationAction]>('confirm');
