import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CreditKind, CreditStatus } from '../src/domain/credits';
import type { Money } from '../src/domain/money';
import type { Role } from '../src/domain/roles';
import type { Actor } from './actor';
import type { SlaClockView } from './sla-clock';

// The credit's messages, defined once: the workflow sets their handlers, the API sends them.

export interface CreditRequest {
  creditId: string;
  customerId: string;
  caseId: string;
  kind: CreditKind;
  amount: Money;
  reason: string;
  requestedBy: Actor;
  source: { type: string; id: string } | null;
}

export interface CreditApprovalView {
  approver: Actor;
  onBehalfOf: Actor | null;
  /** The role whose authority the approval used. */
  role: Role;
  note: string | null;
  at: string;
}

export interface CreditState extends CreditRequest {
  /** `checking` only until the policy check has run. */
  status: CreditStatus | 'checking';
  policyVersion: number | null;
  queueRole: Role | null;
  dualControl: boolean;
  escalated: boolean;
  routeReason: string | null;
  approvals: CreditApprovalView[];
  rejection: { by: Actor; onBehalfOf: Actor | null; reason: string; at: string } | null;
  approvalClock: SlaClockView | null;
  requestedAt: string;
  decidedAt: string | null;
  expiresAt: string | null;
  postedAt: string | null;
}

export interface CreditDecision {
  decision: 'approve' | 'reject';
  by: Actor;
  /** The absent approver the caller acts for, through a delegation. */
  onBehalfOf: Actor | null;
  note: string | null;
}

export const creditStateQuery = defineQuery<CreditState>('creditState');
/** Completes once the policy check has routed the credit (and posted it, when approved at once). */
export const creditSettledUpdate = defineUpdate<CreditState>('creditSettled');
export const decideCreditUpdate = defineUpdate<CreditState, [CreditDecision]>('decideCredit');
export const recallCreditUpdate = defineUpdate<CreditState, [{ by: Actor }]>('recallCredit');
