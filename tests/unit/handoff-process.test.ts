import { surveyClosesAt, surveyFollowUp } from '../../src/domain/handoff-process';
import { npsCategory } from '../../src/domain/nps';
import { DEFAULT_POLICIES } from '../../src/domain/policies';

describe('the survey', () => {
  it('follows a detractor with recovery, a passive with the owner, a promoter with a referral request', () => {
    expect([0, 6, 7, 8, 9, 10].map((score) => surveyFollowUp(npsCategory(score)))).toEqual([
      'recovery_escalation',
      'recovery_escalation',
      'owner_follow_up',
      'owner_follow_up',
      'referral_request',
      'referral_request',
    ]);
  });

  it('takes answers for the policy window after it is sent', () => {
    const sentAt = Date.parse('2026-04-01T08:00:00Z');
    expect(new Date(surveyClosesAt(DEFAULT_POLICIES.handoff, sentAt)).toISOString()).toBe('2026-04-15T08:00:00.000Z');
  });
});
