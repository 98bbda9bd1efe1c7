import type { CalendarPolicy, EscalationsPolicy } from './policies';
import { FRONTLINE_ROLES, type Role } from './roles';

// Escalation tiers, who works each, and which clock a severity runs on. Pure, shared by the
// workflow and the API.

export const SEVERITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TIERS = ['L1', 'L2', 'L3', 'manager'] as const;
export type Tier = (typeof TIERS)[number];

export const ESCALATION_STATUSES = ['open', 'acknowledged', 'waiting_on_customer', 'resolved', 'closed'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export const RESOLUTION_CODES = [
  'fixed',
  'replaced',
  'refunded',
  'workaround',
  'customer_education',
  'no_fault_found',
  'duplicate',
  'other',
] as const;
export type ResolutionCode = (typeof RESOLUTION_CODES)[number];

/** The roles that work a tier's queue: frontline and specialists, then supervisors at the top. */
export const TIER_ROLES: Record<Tier, readonly Role[]> = {
  L1: FRONTLINE_ROLES,
  L2: FRONTLINE_ROLES,
  L3: FRONTLINE_ROLES,
  manager: ['supervisor'],
};

export function tiersWorkedBy(role: Role): Tier[] {
  return TIERS.filter((tier) => TIER_ROLES[tier].includes(role));
}

export function nextTier(tier: Tier): Tier | null {
  return TIERS[TIERS.indexOf(tier) + 1] ?? null;
}

/** P1 runs on a 24x7 clock; the others on the organisation's business calendar. */
export function severityCalendar(policy: EscalationsPolicy, severity: Severity, businessCalendar: CalendarPolicy): CalendarPolicy {
  return policy.severities[severity].clock === '24x7' ? { kind: '24x7' } : businessCalendar;
}
