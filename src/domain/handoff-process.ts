import { isoDurationToMs } from './duration';
import type { NpsCategory } from './nps';
import type { HandoffPolicy } from './policies';

// The handoff's survey rules as its workflow uses them: how long the customer may answer, and what
// each kind of answer sets off. Pure, unit-tested without Temporal.

export const SURVEY_FOLLOW_UPS = ['recovery_escalation', 'owner_follow_up', 'referral_request'] as const;
export type SurveyFollowUp = (typeof SURVEY_FOLLOW_UPS)[number];

/** A detractor's answer opens a service-recovery escalation, a passive's an owner follow-up, a promoter's a referral request. */
export function surveyFollowUp(category: NpsCategory): SurveyFollowUp {
  return category === 'detractor' ? 'recovery_escalation' : category === 'passive' ? 'owner_follow_up' : 'referral_request';
}

/** When a survey sent now stops taking answers. */
export function surveyClosesAt(policy: HandoffPolicy, sentAt: number): number {
  return sentAt + isoDurationToMs(policy.surveyWindow);
}
