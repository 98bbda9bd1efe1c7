import type { Database, Prisma } from '../src/db/client';
import { CREDIT_PROCESS, ESCALATION_PROCESS, HANDOFF_PROCESS, RETURN_PROCESS, type ProcessDefinition } from '../src/domain/catalog';
import { PROCESS_ID_KEY, type ProcessChange, type ProcessRow } from '../src/domain/read-model';
import { enqueueNotifications } from './notifications';
import { recordSystemStep } from './step-records';
import { addTimelineEvent } from './timeline';

// The one write of a process's read model. The workflow numbers its changes (the revision, carried
// across continue-as-new) and sends each with its event and the bounded fields of its row. The event
// is stored once per workflow and revision, and the row moves only to a newer revision, in one
// transaction: a retried write inserts nothing twice and a late one never sets an older state back.
// The messages the change calls for go to the outbox in the same transaction: none without the change.

const date = (iso: string | null | undefined): Date | null | undefined => (iso === undefined || iso === null ? iso : new Date(iso));

const PROCESS_OF_TABLE: Record<ProcessRow['table'], ProcessDefinition> = {
  escalations: ESCALATION_PROCESS,
  handoffs: HANDOFF_PROCESS,
  credits: CREDIT_PROCESS,
  returns: RETURN_PROCESS,
};

/** Moves the row to the change's revision unless it holds this one or a newer one already. */
async function updateRow(tx: Prisma.TransactionClient, row: ProcessRow, revision: number): Promise<void> {
  const newer = { id: row.id, revision: { lt: revision } };
  switch (row.table) {
    case 'escalations': {
      const { acknowledgedAt, resolvedAt, closedAt, ...fields } = row.fields;
      const data = { ...fields, acknowledgedAt: date(acknowledgedAt), resolvedAt: date(resolvedAt), closedAt: date(closedAt), revision };
      await tx.escalation.updateMany({ where: newer, data });
      break;
    }
    case 'handoffs': {
      const { welcomedAt, completedAt, ...fields } = row.fields;
      const data = { ...fields, welcomedAt: date(welcomedAt), completedAt: date(completedAt), revision };
      await tx.handoff.updateMany({ where: newer, data });
      break;
    }
    case 'credits': {
      const { decidedAt, postedAt, ...fields } = row.fields;
      const data = { ...fields, decidedAt: date(decidedAt), postedAt: date(postedAt), revision };
      await tx.credit.updateMany({ where: newer, data });
      break;
    }
    case 'returns': {
      const { lines, credit, closedAt, ...fields } = row.fields;
      const data = { ...fields, creditMinor: credit ? BigInt(credit.minor) : null, currency: credit?.currency ?? null, closedAt: date(closedAt), revision };
      const moved = (await tx.return.updateMany({ where: newer, data })).count === 1;
      // The row's update holds its lock to the end of the transaction: lines move only with it.
      for (const { sku, receivedQty, grade } of moved ? lines : []) {
        await tx.returnLine.update({ where: { returnId_sku: { returnId: row.id, sku } }, data: { receivedQty, grade } });
      }
    }
  }
}

/** The row made by the process's first change, with what never changes; and a credit's approval, once per approver. */
async function insertRows(tx: Prisma.TransactionClient, change: ProcessChange): Promise<void> {
  const { row } = change;
  if (row.table === 'escalations' && row.insert) {
    const { raisedById, raisedAt, ...fixed } = row.insert;
    await tx.escalation.createMany({
      data: [{ id: row.id, workflowId: change.workflowId, ...fixed, raisedById, raisedAt: new Date(raisedAt), tier: row.fields.tier, status: row.fields.status }],
      skipDuplicates: true,
    });
  }
  if (row.table === 'credits' && row.insert) {
    const { amount, requestedAt, ...fixed } = row.insert;
    await tx.credit.createMany({
      data: [{ id: row.id, workflowId: change.workflowId, caseId: change.caseId, ...fixed, amountMinor: BigInt(amount.minor), currency: amount.currency, requestedAt: new Date(requestedAt), status: row.fields.status }],
      skipDuplicates: true,
    });
  }
  if (row.table === 'credits' && row.approval) {
    const { approver, onBehalfOf, role, note, at } = row.approval;
    await tx.creditApproval.createMany({
      data: [{ creditId: row.id, approverId: approver.id, onBehalfOfId: onBehalfOf?.id ?? null, role, decision: 'approve', note, decidedAt: new Date(at) }],
      skipDuplicates: true,
    });
  }
}

/** Stores one change of a process inside the caller's transaction: its rows, its step, its event and its messages. */
export async function writeProcessChange(tx: Prisma.TransactionClient, change: ProcessChange): Promise<void> {
  const { workflowId, revision, caseId, event, row, step, notices = [] } = change;
  await insertRows(tx, change);
  await updateRow(tx, row, revision);
  if (step) await recordSystemStep(tx, PROCESS_OF_TABLE[row.table], step.name, { workflowId, caseId, startedAt: step.startedAt, completedAt: step.completedAt });
  await addTimelineEvent(tx, {
    caseId,
    eventKey: `${workflowId}:${revision}`,
    type: event.type,
    actorId: event.actor?.id ?? null,
    data: { [PROCESS_ID_KEY[row.table]]: row.id, by: event.actor, ...(event.detail === null ? {} : { detail: event.detail }), ...event.data },
    occurredAt: event.at,
    workflowId,
    revision,
  });
  await enqueueNotifications(tx, notices);
}

export function createReadModelActivities({ db }: { db: Database }) {
  return {
    /** Stores one change of a process: its event on the case timeline, and its row when the revision is newer. */
    async recordProcessChange(change: ProcessChange): Promise<void> {
      await db.$transaction((tx) => writeProcessChange(tx, change));
    },
  };
}
