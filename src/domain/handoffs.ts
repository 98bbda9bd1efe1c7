import type { Severity } from './escalations';
import type { Role } from './roles';

// The handoff rules: customer tiers, who owns a new handoff, how urgent its escalations are and
// when a commitment's reminder falls. Pure, shared by the workflow and the API.

export const CUSTOMER_TIERS = ['standard', 'priority', 'strategic'] as const;
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];

export const HANDOFF_STATUSES = ['welcome_pending', 'following_up', 'completed'] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

export const CONTACT_KINDS = ['welcome', 'check_in'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Only `reached` counts as the contact; the other outcomes are recorded attempts and the contact stays due. */
export const CONTACT_OUTCOMES = ['reached', 'left_message', 'no_answer'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

export const COMMITMENT_STATUSES = ['open', 'overdue', 'fulfilled', 'waived'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const SURVEY_STATUSES = ['scheduled', 'sent', 'answered', 'no_response'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** A missed welcome, an overdue commitment and a detractor's answer escalate as urgently as the customer's tier. */
export const ESCALATION_SEVERITY: Record<CustomerTier, Severity> = { standard: 'P4', priority: 'P3', strategic: 'P2' };

export function isKeyAccount(tier: CustomerTier): boolean {
  return tier !== 'standard';
}

export interface OwnerCandidate {
  id: string;
  name: string;
  role: Role;
  /** Handoffs the candidate owns that are not completed. */
  openHandoffs: number;
  /** Of those, the priority and strategic ones. */
  openKeyAccounts: number;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The service owner of a new handoff: the candidate with the fewest open handoffs; for a priority or
 * strategic customer, the one with the fewest open key accounts first, so they spread evenly. Ties go
 * by name, then id.
 */
export function chooseOwner(tier: CustomerTier, candidates: readonly [OwnerCandidate, ...OwnerCandidate[]]): OwnerCandidate {
  const keyAccount = isKeyAccount(tier);
  const order = (a: OwnerCandidate, b: OwnerCandidate) =>
    (keyAccount ? a.openKeyAccounts - b.openKeyAccounts : 0) || a.openHandoffs - b.openHandoffs || byText(a.name, b.name) || byText(a.id, b.id);
  return candidates.reduce((best, candidate) => (order(candidate, best) < 0 ? candidate : best));
}

/**
 * The SLA clock of a commitment on a 24x7 calendar: its target runs to the date sales promised, and
 * its warning (the owner's reminder) falls `reminderBeforeMs` earlier, or at once when that is past.
 */
export function commitmentClockPlan(dueAtMs: number, nowMs: number, reminderBeforeMs: number): { target: string; warningFraction: number } {
  const untilDueMs = Math.max(0, dueAtMs - nowMs);
  const untilReminderMs = Math.max(0, untilDueMs - reminderBeforeMs);
  return {
    target: `PT${untilDueMs / 1000}S`,
    warningFraction: untilDueMs === 0 ? 0 : untilReminderMs / untilDueMs,
  };
}
