import { approvalExpiresAt, goodwillWindowStart, OVERDUE_DECISION_QUEUE } from '../../src/domain/credit-process';
import { DEFAULT_POLICIES } from '../../src/domain/policies';

const policy = DEFAULT_POLICIES.credits;
const DAY = 86_400_000;

describe('the credit deadlines', () => {
  it('counts goodwill over the policy window back from now', () => {
    const now = Date.parse('2026-06-30T12:00:00Z');
    expect(goodwillWindowStart(policy, now)).toBe(now - 90 * DAY);
    expect(goodwillWindowStart({ ...policy, goodwillWindow: 'P30D' }, now)).toBe(now - 30 * DAY);
  });

  it('expires an unanswered approval after five business days', () => {
    const calendar = DEFAULT_POLICIES.calendar;
    // Monday 10:00 in London (BST): five business days later is the next Monday at 10:00.
    const started = Date.parse('2026-06-01T09:00:00Z');
    expect(new Date(approvalExpiresAt(policy, calendar, started)).toISOString()).toBe('2026-06-08T09:00:00.000Z');
    expect(approvalExpiresAt(policy, { kind: '24x7' }, started)).toBe(started + 5 * DAY);
  });

  it('moves an overdue decision to the accounting managers', () => {
    expect(OVERDUE_DECISION_QUEUE).toBe('accounting_manager');
  });
});
