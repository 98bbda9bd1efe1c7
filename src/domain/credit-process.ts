import { dueAt } from './calendar';
import { isoDurationToMs } from './duration';
import type { CalendarPolicy, CreditsPolicy } from './policies';
import type { Role } from './roles';

// The credit's deadlines and where overdue work goes, as its workflow uses them. Pure, unit-tested
// without Temporal; who may decide what is in credits.ts.

/** Where goodwill already granted to the customer starts counting towards the cap: the policy's window back from now. */
export function goodwillWindowStart(policy: CreditsPolicy, now: number): number {
  return now - isoDurationToMs(policy.goodwillWindow);
}

/** When a credit waiting for approval expires: the policy's time after the approval step started, on the business calendar. */
export function approvalExpiresAt(policy: CreditsPolicy, calendar: CalendarPolicy, startedAt: number): number {
  return dueAt(calendar, startedAt, policy.expiresAfter);
}

/** The queue a credit moves to when its decision is overdue. */
export const OVERDUE_DECISION_QUEUE: Role = 'accounting_manager';
