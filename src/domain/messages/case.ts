import type { Actor } from '../actor';
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
}

export interface CloseCaseRequest {
  by: Actor;
  resolution: string | null;
}
