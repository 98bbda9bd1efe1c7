import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CreditDecision, CreditRecall, CreditState } from '../src/domain/messages/credit';

// The credit's messages, defined once: the workflow sets their handlers, the API sends them.

export const creditStateQuery = defineQuery<CreditState>('creditState');
/** Completes once the policy check has routed the credit (and posted it, when approved at once). */
export const creditStartUpdate = defineUpdate<CreditState>('creditSettled');
export const decideCreditUpdate = defineUpdate<CreditState, [CreditDecision]>('decideCredit');
export const recallCreditUpdate = defineUpdate<CreditState, [CreditRecall]>('recallCredit');
