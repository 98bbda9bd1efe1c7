import type { Money } from '../money';
import type { CreditStatus } from '../credits';
import type { Grade, IneligibleCode, LineCredit, RequestedLine, Resolution, ReturnStatus } from '../returns';
import type { Actor } from '../actor';
import type { SlaClockView } from '../sla-clock';

// The shapes of the return process's messages: its workflow's input and state, and the payloads of
// its updates. workflows/return-messages.ts defines the messages with them; its activities and the use
// cases share them.

export interface ReturnRequest {
  returnId: string;
  orderId: string;
  customerId: string;
  caseId: string;
  lines: RequestedLine[];
  resolution: Resolution;
  requestedBy: Actor;
}

export interface ReturnLineState extends RequestedLine {
  name: string | null;
  unitPrice: Money | null;
  eligible: boolean;
  ineligibleCode: IneligibleCode | null;
  exception: { by: Actor; reason: string } | null;
  receivedQty: number | null;
  grade: Grade | null;
  credit: LineCredit | null;
}

export interface ReturnState extends Omit<ReturnRequest, 'lines'> {
  /** `checking` only until eligibility has been decided. */
  status: ReturnStatus | 'checking';
  lines: ReturnLineState[];
  policyVersion: number | null;
  rmaNumber: string | null;
  trackingNumber: string | null;
  currentStep: SlaClockView | null;
  requestedAt: string;
  authorisedAt: string | null;
  receivedAt: string | null;
  inspectedAt: string | null;
  totals: { grossMinor: number; restockingFeeMinor: number; creditMinor: number; currency: string } | null;
  creditId: string | null;
  creditStatus: CreditStatus | null;
  replacementOrderId: string | null;
  escalationId: string | null;
  closedAt: string | null;
  cancellation: { by: Actor; reason: string | null } | null;
}

export interface ExceptionRequest {
  by: Actor;
  reason: string;
  /** The ineligible lines to let through; all exceptable lines when empty. */
  skus: string[];
}

export interface ReceiptRequest {
  by: Actor;
  lines: Array<{ sku: string; qty: number }>;
}

export interface InspectionRequest {
  by: Actor;
  lines: Array<{ sku: string; grade: Grade }>;
}

export interface CancelRequest {
  by: Actor;
  reason: string | null;
}
