import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CommitmentDecision, ContactRequest, HandoffState, SurveyAnswer } from '../src/domain/messages/handoff';

// The handoff's messages, defined once: the workflow sets their handlers, the API sends them.

export const handoffStateQuery = defineQuery<HandoffState>('handoffState');
/** Completes once the owner is assigned and the welcome and commitment clocks run; sent with the start. */
export const handoffStartUpdate = defineUpdate<HandoffState>('handoffAssigned');
export const recordContactUpdate = defineUpdate<HandoffState, [ContactRequest]>('recordContact');
export const fulfilCommitmentUpdate = defineUpdate<HandoffState, [CommitmentDecision]>('fulfilCommitment');
export const waiveCommitmentUpdate = defineUpdate<HandoffState, [CommitmentDecision]>('waiveCommitment');
export const surveyResponseUpdate = defineUpdate<HandoffState, [SurveyAnswer]>('surveyResponse');
