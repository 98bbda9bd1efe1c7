import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CaseState, CloseCaseRequest } from '../src/domain/messages/case';

// The case's messages, defined once: the workflow sets their handlers, the API sends them.

export const caseStateQuery = defineQuery<CaseState>('caseState');
/** Completes once the case is recorded in PostgreSQL; sent with the start (update-with-start). */
export const caseStartUpdate = defineUpdate<CaseState>('caseOpened');
export const closeCaseUpdate = defineUpdate<CaseState, [CloseCaseRequest]>('closeCase');
