import type {
  CommitmentStatus,
  ContactKind,
  ContactOutcome,
  CustomerTier,
  HandoffStatus,
  SurveyStatus,
} from '../handoffs';
import type { NpsCategory } from '../nps';
import type { CalendarPolicy, HandoffPolicy } from '../policies';
import type { Actor } from '../actor';
import type { SlaClockSnapshot, SlaClockView } from '../sla-clock';

// The shapes of the handoff process's messages: its workflow's input and state, and the payloads of
// its updates. workflows/handoff-messages.ts defines the messages with them; its activities and the use
// cases share them.

export interface HandoffCustomer {
  id: string;
  name: string;
  email: string;
  tier: CustomerTier;
}

export interface HandoffRequest {
  handoffId: string;
  dealId: string;
  caseId: string;
  customer: HandoffCustomer;
  products: Array<{ sku: string; name: string; qty: number }>;
  commitments: Array<{ description: string; dueAt: string | null }>;
  salesRep: string;
  closedAt: string;
  handedOverBy: Actor;
  /** Continue as new once the history holds this many events; unset, when the server suggests it. Tests set it small. */
  maxHistoryEvents?: number;
}

export interface CommitmentState {
  /** 1-based, in the order sales listed them. */
  n: number;
  description: string;
  dueAt: string | null;
  status: CommitmentStatus;
  /** Who fulfilled or waived it, when, and the note or the reason. */
  closedBy: Actor | null;
  closedAt: string | null;
  note: string | null;
  escalationId: string | null;
}

export interface CheckInState {
  n: number;
  /** When the check-in becomes due; its contact clock starts then. */
  dueFrom: string;
  status: 'scheduled' | 'due' | 'done';
  contactedAt: string | null;
  contactedBy: Actor | null;
}

export interface SurveyState {
  status: SurveyStatus;
  sendAt: string;
  sentAt: string | null;
  closesAt: string | null;
  score: number | null;
  category: NpsCategory | null;
  comment: string | null;
  answeredAt: string | null;
  /** What the answer set off: a recovery escalation, an owner follow-up or a referral request. */
  followUp: 'recovery_escalation' | 'owner_follow_up' | 'referral_request' | null;
  escalationId: string | null;
}

export interface ContactRecord {
  kind: ContactKind;
  outcome: ContactOutcome;
  note: string | null;
  by: Actor;
  at: string;
  /** The check-in it was for. */
  checkIn: number | null;
}

export interface HandoffEscalation {
  reason: 'welcome_missed' | 'commitment_overdue' | 'detractor';
  escalationId: string;
  commitment: number | null;
  at: string;
}

export interface HandoffClockView extends SlaClockView {
  sequence: number;
}

export interface HandoffState extends Omit<HandoffRequest, 'commitments' | 'maxHistoryEvents'> {
  status: HandoffStatus;
  owner: Actor | null;
  policyVersion: number | null;
  handedOverAt: string;
  welcomedAt: string | null;
  commitments: CommitmentState[];
  checkIns: CheckInState[];
  /** Null until the policy is loaded. */
  survey: SurveyState | null;
  /** Chains started before the handoff-bounded-state patch keep them all; later ones the last few (the API reads the rest from PostgreSQL). */
  contacts: ContactRecord[];
  escalations: HandoffEscalation[];
  openClocks: HandoffClockView[];
  completedAt: string | null;
  /** How many times the workflow continued as new. */
  continuedRuns: number;
}

/** What one run hands the next: the state, the policy it started with and the clocks still open. */
export interface HandoffCarryOver {
  state: HandoffState;
  revision: number;
  policy: HandoffPolicy;
  calendar: CalendarPolicy;
  /** The open clocks: welcome, the current check-in's contact and the commitments'. */
  clocks: SlaClockSnapshot[];
  /** Set by chains started with the handoff-bounded-state patch: the state keeps the last few contacts. */
  bounded?: boolean;
}

export interface HandoffAction {
  by: Actor;
}

export interface ContactRequest extends HandoffAction {
  kind: ContactKind;
  outcome: ContactOutcome;
  note: string | null;
}

export interface CommitmentDecision extends HandoffAction {
  n: number;
  /** A note on fulfilment; the reason of a waiver. */
  note: string | null;
}

export interface SurveyAnswer extends HandoffAction {
  score: number;
  comment: string | null;
}
