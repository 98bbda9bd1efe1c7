import type { EscalationStatus, ResolutionCode, Severity, Tier } from '../escalations';
import type { Actor } from '../actor';
import type { CalendarPolicy, EscalationsPolicy } from '../policies';
import type { SlaClockSnapshot, SlaClockView } from '../sla-clock';

// The shapes of the escalation process's messages: its workflow's input and state, and the payloads of
// its updates. workflows/escalation-messages.ts defines the messages with them; its activities and the use
// cases share them.

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
  /** Continue as new once the history holds this many events; unset, when the server suggests it or past 1 MB. Tests set it small. */
  maxHistoryEvents?: number;
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
  /** Runs started before the escalation-bounded-state patch keep them all; later ones the last few (the API reads the rest from PostgreSQL). */
  notes: Array<{ by: Actor; text: string; at: string }>;
  history: EscalationHistoryEntry[];
  resolutionCode: ResolutionCode | null;
  resolvedAt: string | null;
  closedAt: string | null;
  autoCloseAt: string | null;
}

/** What one run hands the next: the state, its revision, the policy it started with and the clocks still running. */
export interface EscalationCarryOver {
  state: EscalationState;
  revision: number;
  ackSequence: number;
  policy: EscalationsPolicy;
  calendar: CalendarPolicy;
  clocks: { ack: SlaClockSnapshot | null; resolve: SlaClockSnapshot | null };
}

export interface EscalationAction {
  by: Actor;
}

export interface NoteRequest extends EscalationAction {
  text: string;
}

export interface ReassignRequest extends EscalationAction {
  assignee: Actor;
}

export interface EscalateRequest extends EscalationAction {
  reason: string;
}

export interface ResolveRequest extends EscalationAction {
  resolutionCode: ResolutionCode;
  note: string | null;
}
