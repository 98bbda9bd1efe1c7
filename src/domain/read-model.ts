import type { Actor } from './actor';
import type { CreditApprovalView } from './messages/credit';
import type { OutboxMessage } from './notifications';

// What a workflow sends to store one change of its process's read model (activities/read-model.ts):
// the revision it numbers its changes with, the change's event and the bounded fields of its row.
// Never a growing list: notes and contacts travel once, in the event that adds them.

export interface ProcessEvent {
  type: string;
  actor: Actor | null;
  detail: string | null;
  /** What the event adds: a contact, the tier it happened in. */
  data: Record<string, unknown>;
  at: string;
}

export interface EscalationRowFields {
  tier: string;
  status: string;
  assigneeId: string | null;
  resolutionCode: string | null;
  /** Only on an acknowledgement. */
  acknowledgedAt?: string;
  resolvedAt: string | null;
  closedAt: string | null;
}

/** What an escalation's row holds from its first change on. */
export interface EscalationRowInsert {
  caseId: string;
  customerId: string;
  severity: string;
  category: string;
  reason: string;
  raisedById: string | null;
  sourceType: string | null;
  sourceId: string | null;
  raisedAt: string;
}

export interface HandoffRowFields {
  ownerId: string | null;
  status: string;
  welcomedAt: string | null;
  openCommitments: number;
  surveyStatus: string;
  completedAt: string | null;
}

export interface CreditRowFields {
  status: string;
  queueRole: string | null;
  dualControl: boolean;
  decidedAt: string | null;
  /** The posting's time; the ledger entry's own time wins when the credit was posted before. */
  postedAt: string | null;
}

/** What a credit's row holds from its first change on. */
export interface CreditRowInsert {
  customerId: string;
  kind: string;
  amount: { minor: number; currency: string };
  reason: string;
  requestedById: string;
  policyVersion: number;
  sourceType: string | null;
  sourceId: string | null;
  requestedAt: string;
}

export interface ReturnRowFields {
  status: string;
  rmaNumber: string | null;
  trackingNumber: string | null;
  creditId: string | null;
  /** The credit asked for the return, once asked. */
  credit: { minor: number; currency: string } | null;
  replacementOrderId: string | null;
  escalationId: string | null;
  closedAt: string | null;
  /** Every line's receipt and grade: they move with the row, never alone. */
  lines: Array<{ sku: string; receivedQty: number | null; grade: string | null }>;
}

export type ProcessRow =
  | { table: 'escalations'; id: string; fields: EscalationRowFields; insert?: EscalationRowInsert }
  | { table: 'handoffs'; id: string; fields: HandoffRowFields }
  /** An approval is stored once per approver, whatever the revision; the row's status follows the revision rule. */
  | { table: 'credits'; id: string; fields: CreditRowFields; insert?: CreditRowInsert; approval?: CreditApprovalView }
  | { table: 'returns'; id: string; fields: ReturnRowFields };

/** A step the engine does by itself in one go, recorded with the change that completes it. */
export interface SystemStepDone {
  name: string;
  startedAt: string;
  completedAt: string;
}

export interface ProcessChange {
  workflowId: string;
  /** Grows by one with every change of the process, across continue-as-new. */
  revision: number;
  caseId: string;
  event: ProcessEvent;
  row: ProcessRow;
  step?: SystemStepDone;
  /** The messages the change calls for: written to the outbox in its transaction, or not at all. */
  notices?: OutboxMessage[];
}

/** A change of a credit: its posting writes it with the ledger entry (activities/credits.ts). */
export type CreditChange = ProcessChange & { row: Extract<ProcessRow, { table: 'credits' }> };

/** The id each process's events carry on the case timeline. */
export const PROCESS_ID_KEY = { escalations: 'escalationId', handoffs: 'handoffId', credits: 'creditId', returns: 'returnId' } as const satisfies Record<ProcessRow['table'], string>;

/** How many notes, contacts and history entries a workflow keeps in its state: the rest are read from PostgreSQL. */
export const RECENT_ITEMS_KEPT = 3;

/** Keeps the last few items of a list that grows with the process. */
export function keepRecent<Item>(items: Item[], item: Item): Item[] {
  return [...items, item].slice(-RECENT_ITEMS_KEPT);
}
