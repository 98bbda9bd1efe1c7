import type { CreditKind, CreditStatus } from '../credits';
import type { Money } from '../money';
import type { Role } from '../roles';
import type { Actor } from '../actor';
import type { SlaClockView } from '../sla-clock';

// The shapes of the credit process's messages: its workflow's input and state, and the payloads of
// its updates. workflows/credit-messages.ts defines the messages with them; its activities and the use
// cases share them.

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

export interface CreditRecall {
  by: Actor;
}
