import type { Actor } from '../actor';
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
  attempts: CallbackAttempt[];
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
