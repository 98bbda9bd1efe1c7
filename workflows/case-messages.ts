import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { CASE_PROCESS, stepDefinition, type CaseStatus } from '../src/domain/catalog';
import type { Actor } from './actor';

// The case's messages, defined once: the workflow sets their handlers, the API sends them.

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

/** The case's one step: worked by an agent from opening until it is closed. */
export const CASE_WORK_STEP = stepDefinition(CASE_PROCESS, 'work');

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

export const caseStateQuery = defineQuery<CaseState>('caseState');
/** Completes once the case is recorded in PostgreSQL; sent with the start (update-with-start). */
export const caseOpenedUpdate = defineUpdate<CaseState>('caseOpened');
export const closeCaseUpdate = defineUpdate<CaseState, [CloseCaseRequest]>('closeCase');
