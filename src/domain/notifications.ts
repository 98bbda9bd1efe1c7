// The notifications outbox: a message's states and how long the sender waits between attempts.
// Pure, shared by the sender and the API.

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'undeliverable', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** How one attempt went: delivered, no address to deliver to, or the mail server refused or was unreachable. */
export type AttemptOutcome = 'sent' | 'undeliverable' | 'failed';

/**
 * A message written to the outbox, once per dedupe key (`<workflow id>:<template>:<instance…>`):
 * by the notify activity, or with the process change that calls for it, in its transaction.
 */
export interface OutboxMessage<Template extends string = string> {
  dedupeKey: string;
  audience: 'customer' | 'staff';
  /** An email address, or `customer:<id>`, `role:<role>`, `user:<id>`, `queue:escalations-<tier>`. */
  recipient: string;
  template: Template;
  payload: Record<string, unknown>;
}

export interface RetryPolicy {
  maxAttempts: number;
  /** The wait after the first failure; it doubles after each further one. */
  firstDelayMs: number;
}

/** The longest wait between two attempts, however many failed. */
const MAX_DELAY_MS = 60 * 60 * 1000;

/**
 * What a message becomes after an attempt (its `attempts`th): delivered or undeliverable, failed for
 * good once the policy's attempts are spent, else pending again after an exponential backoff.
 */
export function afterAttempt(
  outcome: AttemptOutcome,
  attempts: number,
  policy: RetryPolicy,
  now: Date,
): { status: NotificationStatus; nextAttemptAt: Date } {
  if (outcome !== 'failed') return { status: outcome, nextAttemptAt: now };
  if (attempts >= policy.maxAttempts) return { status: 'failed', nextAttemptAt: now };
  const delay = Math.min(policy.firstDelayMs * 2 ** (attempts - 1), MAX_DELAY_MS);
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + delay) };
}

