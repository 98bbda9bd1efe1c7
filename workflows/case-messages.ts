import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CaseState, CloseCaseRequest, CompleteCallbackRequest, ProcessFinished, PromiseCallbackRequest, TransferCaseRequest } from '../src/domain/messages/case';

// The case's messages, defined once: the workflow sets their handlers, the API sends them.

export const caseStateQuery = defineQuery<CaseState>('caseState');
/** Completes once the case is recorded in PostgreSQL; sent with the start (update-with-start). */
export const caseStartUpdate = defineUpdate<CaseState>('caseOpened');
export const closeCaseUpdate = defineUpdate<CaseState, [CloseCaseRequest]>('closeCase');
export const transferCaseUpdate = defineUpdate<CaseState, [TransferCaseRequest]>('transferCase');
export const promiseCallbackUpdate = defineUpdate<CaseState, [PromiseCallbackRequest]>('promiseCallback');
export const completeCallbackUpdate = defineUpdate<CaseState, [CompleteCallbackRequest]>('completeCallback');
/** Sent by a process on the case when it finishes (workflows/final-state.ts). */
export const processFinishedSignal = defineSignal<[ProcessFinished]>('processFinished');
