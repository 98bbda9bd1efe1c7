import { afterAttempt } from '../../src/domain/notifications';

// What a notification becomes after an attempt, under a policy of 8 attempts 30 s apart at first.
describe('notification retries', () => {
  const policy = { maxAttempts: 8, firstDelayMs: 30_000 };
  const now = new Date('2026-12-01T09:00:00.000Z');
  const waitAfter = (attempts: number) => afterAttempt('failed', attempts, policy, now).nextAttemptAt.getTime() - now.getTime();

  it('waits twice as long after each failure: 30 s, 1 min, 2 min … 32 min', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(waitAfter)).toEqual([30, 60, 120, 240, 480, 960, 1920].map((seconds) => seconds * 1000));
    expect(afterAttempt('failed', 7, policy, now).status).toBe('pending');
  });

  it("marks the message failed once the policy's attempts are spent", () => {
    expect(afterAttempt('failed', 8, policy, now)).toEqual({ status: 'failed', nextAttemptAt: now });
  });

  it('never waits more than an hour, however long the first wait', () => {
    expect(afterAttempt('failed', 7, { maxAttempts: 10, firstDelayMs: 3_600_000 }, now).nextAttemptAt.getTime() - now.getTime()).toBe(3_600_000);
  });

  it('ends a delivered or undeliverable message at once', () => {
    expect(afterAttempt('sent', 1, policy, now).status).toBe('sent');
    expect(afterAttempt('undeliverable', 1, policy, now).status).toBe('undeliverable');
  });
});
