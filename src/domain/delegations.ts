import type { Role } from './roles';

// Out-of-office delegations of credit approval authority.

/** Roles that work an approval queue: they alone give and receive delegations (an agent decides only within their own limit). */
export const DELEGATION_ROLES = ['supervisor', 'accounting', 'accounting_manager'] as const satisfies readonly Role[];

/** The longest delegation, in days, both ends included. */
export const MAX_DELEGATION_DAYS = 30;

const DAY_MS = 86_400_000;

/** Days from `from` to `to` (ISO dates), both included. */
export function delegationDays(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
}

export function mayReceiveDelegation(role: Role): boolean {
  return (DELEGATION_ROLES as readonly Role[]).includes(role);
}

export const DELEGATION_STATUSES = ['scheduled', 'active', 'expired', 'ended'] as const;
export type DelegationStatus = (typeof DELEGATION_STATUSES)[number];

/** Where a delegation stands on `today` (an ISO date, UTC). */
export function delegationStatus(delegation: { from: string; to: string; ended: boolean }, today: string): DelegationStatus {
  if (delegation.ended) return 'ended';
  if (today < delegation.from) return 'scheduled';
  return today > delegation.to ? 'expired' : 'active';
}
