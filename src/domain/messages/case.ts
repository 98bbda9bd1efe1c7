import type { Actor } from '../actor';
import { dueAt } from '../calendar';
import type { CalendarPolicy, CasesPolicy } from '../policies';
import type { SlaClockSnapshot } from '../sla-clock';
import type { CallbackOutcome, CallbackStatus } from '../callbacks';
import { CASE_WORK_STEP, type CaseStatus } from '../catalog';

// The shapes of the case process's messages: its workflow's input and state, and the payloads of
// its updates. workflows/case-messages.ts defines the messages with them; its activities and the use
// cases share them.

export interface OpenCaseInput {
  caseId: string;
  customerId: string;
  subject: string;
  channel: string;
  openedBy: Actor;
  /** What the customer called about (repeat contacts); absent on cases opened before it was asked. */
  category?: string | null;
  /** Tests only: continue as new past this many history events (the API never sets it). */
  maxHistoryEvents?: number;
}

export interface CaseStep {
  name: string;
  title: string;
  ownerRole: string;
  startedAt: string;
  dueAt: string | null;
}

/** The case's current step while it is open. */
export function caseWorkStep(openedAt: string): CaseStep {
  return { name: CASE_WORK_STEP.name, title: CASE_WORK_STEP.title, ownerRole: CASE_WORK_STEP.ownerRole, startedAt: openedAt, dueAt: null };
}

export interface CaseState {
  caseId: string;
  customerId: string;
  subject: string;
  channel: string;
  status: CaseStatus;
  openedAt: string;
  openedBy: Actor;
  closedAt: string | null;
  closedBy: Actor | null;
  resolution: string | null;
  currentStep: CaseStep | null;
  /** The one accountable owner: the opener until a transfer. */
  owner: Actor;
  transfers: number;
  callbacks: CaseCallback[];
}

export interface CallbackAttempt {
  outcome: CallbackOutcome;
  note: string | null;
  by: Actor;
  at: string;
}

export interface CaseCallback {
  number: number;
  /** When the clock falls due, on the policy calendar. */
  dueAt: string;
  note: string;
  status: CallbackStatus;
  promisedBy: Actor;
  promisedAt: string;
  endedAt: string | null;
  /** The last few attempts (all of them on a run that never continued). */
  attempts: CallbackAttempt[];
  /** Attempts left behind by continue-as-new: the next attempt's number counts them. */
  earlierAttempts?: number;
}

/** The policies a case runs its callbacks on: those it opened with. */
export interface CasePolicies {
  calendar: CalendarPolicy;
  cases: CasesPolicy;
}

/** A case's policies out of the snapshot of every policy. */
export function casePolicies(snapshot: { calendar: { document: CalendarPolicy }; cases: { document: CasesPolicy } }): CasePolicies {
  return { calendar: snapshot.calendar.document, cases: snapshot.cases.document };
}

/** The end of a case's first-contact resolution window: its work step's due time. */
export function resolutionDueAt({ calendar, cases }: CasePolicies, openedAt: string): string {
  return new Date(dueAt(calendar, Date.parse(openedAt), cases.firstContactResolutionWindow)).toISOString();
}

/** What a case's run hands to the next when it continues as new. */
export interface CaseCarryOver {
  /** Its open callbacks and the last few ended ones, each with its last few attempts. */
  state: CaseState;
  /** Numbers the changes of the case's row, across continue-as-new. */
  revision: number;
  /** Callbacks promised so far: the next one's number. */
  callbacksPromised: number;
  policies: CasePolicies;
  /** The clocks of the open callbacks. */
  clocks: SlaClockSnapshot[];
}

export interface TransferCaseRequest {
  by: Actor;
  to: Actor;
  reason: string;
}

export interface PromiseCallbackRequest {
  by: Actor;
  dueAt: string;
  note: string;
}

export interface CompleteCallbackRequest {
  by: Actor;
  number: number;
  outcome: CallbackOutcome;
  note: string | null;
}

/** What a process on the case reports to it when it finishes: its owner is told. */
export interface ProcessFinished {
  process: string;
  id: string;
  status: string;
}

export interface CloseCaseRequest {
  by: Actor;
  resolution: string | null;
}

/** The data of a case's `case.opened` timeline event, its keys in the order PostgreSQL's jsonb keeps them (shortest first), as a read returns it. */
export function caseOpenedData(input: Pick<OpenCaseInput, 'subject' | 'channel' | 'openedBy'>): Record<string, unknown> {
  return { by: input.openedBy.name, channel: input.channel, subject: input.subject };
}
