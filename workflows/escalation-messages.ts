import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { EscalationStatus, ResolutionCode, Severity, Tier } from '../src/domain/escalations';
import type { Actor } from './actor';
import type { SlaClockView } from './sla-clock';

// The escalation's messages, defined once: the workflow sets their handlers, the API sends them.

export interface EscalationRequest {
  escalationId: string;
  caseId: string;
  customerId: string;
  severity: Severity;
  category: string;
  reason: string;
  /** Null when another process raised it (a return, a handoff). */
  raisedBy: Actor | null;
  source: { type: string; id: string } | null;
}

export interface EscalationHistoryEntry {
  type: string;
  at: string;
  by: Actor | null;
  tier: Tier;
  detail: string | null;
}

export interface EscalationState extends EscalationRequest {
  tier: Tier;
  status: EscalationStatus;
  assignee: Actor | null;
  policyVersion: number | null;
  raisedAt: string;
  ackClock: SlaClockView | null;
  resolveClock: SlaClockView | null;
  breaches: Array<{ clock: 'ack' | 'resolve'; tier: Tier; at: string }>;
  notes: Array<{ by: Actor; text: string; at: string }>;
  history: EscalationHistoryEntry[];
  resolutionCode: ResolutionCode | null;
  resolvedAt: string | null;
  closedAt: string | null;
  autoCloseAt: string | null;
}

export interface EscalationAction {
  by: Actor;
}

export const escalationStateQuery = defineQuery<EscalationState>('escalationState');
/** Completes once the escalation is in its first tier's queue with both clocks running. */
export const escalationRaisedUpdate = defineUpdate<EscalationState>('escalationRaised');
export const acknowledgeUpdate = defineUpdate<EscalationState, [EscalationAction]>('acknowledge');
export const addNoteUpdate = defineUpdate<EscalationState, [EscalationAction & { text: string }]>('addNote');
export const reassignUpdate = defineUpdate<EscalationState, [EscalationAction & { assignee: Actor }]>('reassign');
export const escalateUpdate = defineUpdate<EscalationState, [EscalationAction & { reason: string }]>('escalate');
export const waitOnCustomerUpdate = defineUpdate<EscalationState, [EscalationAction]>('waitOnCustomer');
export const customerRepliedUpdate = defineUpdate<EscalationState, [EscalationAction]>('customerReplied');
export const resolveUpdate = defineUpdate<EscalationState, [EscalationAction & { resolutionCode: ResolutionCode; note: string | null }]>('resolve');
export const confirmUpdate = defineUpdate<EscalationState, [EscalationAction]>('confirm');
