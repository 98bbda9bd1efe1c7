import type { CreditsPolicy } from './policies';
import type { Role } from './roles';

// The credit rules: who may grant what, when two people are needed, when the goodwill cap applies.
// Pure, shared by the workflow (whose update validators enforce them) and the API (whose queue
// shows only what the caller may decide).

export const CREDIT_KINDS = ['refund', 'store_credit', 'goodwill'] as const;
export type CreditKind = (typeof CREDIT_KINDS)[number];

export const CREDIT_STATUSES = ['pending_approval', 'approved', 'posted', 'rejected', 'expired', 'recalled'] as const;
export type CreditStatus = (typeof CREDIT_STATUSES)[number];

/** Roles that hold an authority limit, lowest first. */
export const APPROVER_ROLES = ['agent', 'supervisor', 'accounting', 'accounting_manager'] as const satisfies readonly Role[];
type ApproverRole = (typeof APPROVER_ROLES)[number];

const DUAL_CONTROL_ROLES: readonly Role[] = ['accounting', 'accounting_manager'];

export interface Person {
  id: string;
  role: Role;
}

/** Who decides: the caller, or the caller acting for an absent approver who delegated to them. */
export interface Decider {
  user: Person;
  onBehalfOf: Person | null;
}

export interface RecordedApproval {
  approverId: string;
  onBehalfOfId: string | null;
  role: Role;
}

export interface PendingCredit {
  amountMinor: number;
  requesterId: string;
  dualControl: boolean;
  approvals: readonly RecordedApproval[];
}

export type Route =
  | { kind: 'auto_approve' }
  | { kind: 'approval'; queueRole: Role; dualControl: boolean; reason: string };

export interface Refusal {
  type: 'forbidden';
  message: string;
}

function isApproverRole(role: Role): role is ApproverRole {
  return (APPROVER_ROLES as readonly Role[]).includes(role);
}

/** The most a role may grant alone, in minor units; null is unlimited, 0 is none. */
export function authorityLimit(policy: CreditsPolicy, role: Role): number | null {
  return isApproverRole(role) ? policy.authorityLimits[role] : 0;
}

function withinAuthority(policy: CreditsPolicy, role: Role, amountMinor: number): boolean {
  const limit = authorityLimit(policy, role);
  return limit === null || amountMinor <= limit;
}

export function needsDualControl(policy: CreditsPolicy, amountMinor: number): boolean {
  return amountMinor > policy.dualControlThreshold;
}

/** The lowest role whose authority covers the amount: the queue the credit waits in. */
function approvalQueue(policy: CreditsPolicy, amountMinor: number): Role {
  if (needsDualControl(policy, amountMinor)) return 'accounting';
  return APPROVER_ROLES.find((role) => role !== 'agent' && withinAuthority(policy, role, amountMinor)) ?? 'accounting_manager';
}

/** The policy check: approve at once within the requester's authority and the goodwill cap, else queue. */
export function routeCredit(
  policy: CreditsPolicy,
  request: { requesterRole: Role; amountMinor: number; kind: CreditKind; goodwillGrantedMinor: number },
): Route {
  const queue = (reason: string): Route => ({
    kind: 'approval',
    queueRole: approvalQueue(policy, request.amountMinor),
    dualControl: needsDualControl(policy, request.amountMinor),
    reason,
  });
  if (request.kind === 'goodwill' && request.goodwillGrantedMinor + request.amountMinor > policy.goodwillCap) {
    return queue('above the goodwill cap for this customer');
  }
  if (needsDualControl(policy, request.amountMinor)) return queue('above the dual-control threshold');
  if (!withinAuthority(policy, request.requesterRole, request.amountMinor)) {
    return queue("above the requester's authority");
  }
  return { kind: 'auto_approve' };
}

/** Why this decider may not approve or reject the credit now, or undefined when they may. */
export function refuseDecision(policy: CreditsPolicy, credit: PendingCredit, decider: Decider): Refusal | undefined {
  const acting = decider.onBehalfOf ?? decider.user;
  const people = [decider.user.id, decider.onBehalfOf?.id].filter((id): id is string => id !== undefined);
  if (people.includes(credit.requesterId)) {
    return { type: 'forbidden', message: 'the requester of a credit can never decide it, not even through a delegation' };
  }
  const alreadyApproved = credit.approvals.some(
    (approval) => people.includes(approval.approverId) || (approval.onBehalfOfId !== null && people.includes(approval.onBehalfOfId)),
  );
  if (alreadyApproved) {
    return { type: 'forbidden', message: 'you have already approved this credit; dual control needs a second, different person' };
  }
  if (!credit.dualControl) {
    return withinAuthority(policy, acting.role, credit.amountMinor)
      ? undefined
      : { type: 'forbidden', message: `the amount is above the authority of a ${acting.role}` };
  }
  if (!DUAL_CONTROL_ROLES.includes(acting.role)) {
    return { type: 'forbidden', message: 'above the dual-control threshold only accounting and accounting managers decide' };
  }
  const haveManager = credit.approvals.some((approval) => approval.role === 'accounting_manager');
  if (acting.role === 'accounting' && credit.approvals.length > 0 && !haveManager) {
    return { type: 'forbidden', message: 'the second approval above the dual-control threshold must be by an accounting manager' };
  }
  return undefined;
}

/** Whether the approvals given so far are enough to post the credit. */
export function approvalsComplete(credit: Pick<PendingCredit, 'dualControl' | 'approvals'>): boolean {
  if (!credit.dualControl) return credit.approvals.length >= 1;
  return credit.approvals.length >= 2 && credit.approvals.some((approval) => approval.role === 'accounting_manager');
}
