import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Money } from '../src/domain/money';
import type { CreditStatus } from '../src/domain/credits';
import type { Grade, IneligibleCode, LineCredit, RequestedLine, Resolution, ReturnStatus } from '../src/domain/returns';
import type { Actor } from './actor';
import type { SlaClockView } from './sla-clock';

// The return's messages, defined once: the workflow sets their handlers, the API sends them.

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

export const returnStateQuery = defineQuery<ReturnState>('returnState');
/** Completes once eligibility is decided and, for any eligible line, the RMA is issued. */
export const returnSettledUpdate = defineUpdate<ReturnState>('returnSettled');
export const grantExceptionUpdate = defineUpdate<ReturnState, [ExceptionRequest]>('grantException');
export const receiveItemsUpdate = defineUpdate<ReturnState, [ReceiptRequest]>('receiveItems');
export const inspectItemsUpdate = defineUpdate<ReturnState, [InspectionRequest]>('inspectItems');
export const cancelReturnUpdate = defineUpdate<ReturnState, [{ by: Actor; reason: string | null }]>('cancelReturn');
