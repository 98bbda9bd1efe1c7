import { isoDurationToMs } from './duration';
import { TIER_ROLES, type EscalationStatus, type Tier } from './escalations';
import type { EscalationsPolicy } from './policies';
import { conflict, type ProcessRefusal } from './refusals';
import type { Role } from './roles';

// What may be done to an escalation in each status, who owns a tier's acknowledgement and when a
// resolved escalation closes by itself, as its workflow uses them. Pure, unit-tested without Temporal.

/** Each action on an escalation, the statuses it is taken in, and how a refusal names it. */
export const ESCALATION_ACTIONS = {
  acknowledge: { allowedIn: ['open'], phrase: 'acknowledge' },
  addNote: { allowedIn: ['open', 'acknowledged', 'waiting_on_customer', 'resolved'], phrase: 'add a note to' },
  reassign: { allowedIn: ['acknowledged', 'waiting_on_customer'], phrase: 'reassign' },
  escalate: { allowedIn: ['open', 'acknowledged'], phrase: 'escalate' },
  waitOnCustomer: { allowedIn: ['acknowledged'], phrase: 'wait on the customer for' },
  customerReplied: { allowedIn: ['waiting_on_customer'], phrase: 'record a customer reply on' },
  resolve: { allowedIn: ['acknowledged', 'waiting_on_customer'], phrase: 'resolve' },
  confirm: { allowedIn: ['resolved'], phrase: 'confirm' },
} as const satisfies Record<string, { allowedIn: readonly EscalationStatus[]; phrase: string }>;

export type EscalationActionName = keyof typeof ESCALATION_ACTIONS;

/** Why the action cannot be taken on an escalation in this status, or undefined when it can. */
export function refuseAction(action: EscalationActionName, status: EscalationStatus): ProcessRefusal | undefined {
  const { allowedIn, phrase } = ESCALATION_ACTIONS[action];
  return (allowedIn as readonly EscalationStatus[]).includes(status) ? undefined : conflict(`cannot ${phrase} an escalation that is ${status}`);
}

/** Who owns a tier's acknowledgement step: the first role that works the tier. */
export function ackOwnerRole(tier: Tier): Role {
  return TIER_ROLES[tier][0] ?? 'supervisor';
}

/** When a resolved escalation closes by itself unless the customer confirms first. */
export function autoCloseAt(policy: EscalationsPolicy, resolvedAt: number): number {
  return resolvedAt + isoDurationToMs(policy.autoCloseAfter);
}
