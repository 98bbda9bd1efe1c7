import type { Database, Prisma } from '../src/db/client';
import { PROCESS_ID_KEY, type ProcessChange, type ProcessRow } from '../src/domain/read-model';
import { addTimelineEvent } from './timeline';

// The one write of a process's read model. The workflow numbers its changes (the revision, carried
// across continue-as-new) and sends each with its event and the bounded fields of its row. The event
// is stored once per workflow and revision, and the row moves only to a newer revision, in one
// transaction: a retried write inserts nothing twice and a late one never sets an older state back.

const date = (iso: string | null | undefined): Date | null | undefined => (iso === undefined || iso === null ? iso : new Date(iso));

/** Moves the row to the change's revision unless it holds this one or a newer one already; answers whether it moved. */
async function updateRow(tx: Prisma.TransactionClient, row: ProcessRow, revision: number): Promise<boolean> {
  const newer = { id: row.id, revision: { lt: revision } };
  switch (row.table) {
    case 'escalations': {
      const { acknowledgedAt, resolvedAt, closedAt, ...fields } = row.fields;
      const data = { ...fields, acknowledgedAt: date(acknowledgedAt), resolvedAt: date(resolvedAt), closedAt: date(closedAt), revision };
      return (await tx.escalation.updateMany({ where: newer, data })).count === 1;
    }
    case 'handoffs': {
      const { welcomedAt, completedAt, ...fields } = row.fields;
      const data = { ...fields, welcomedAt: date(welcomedAt), completedAt: date(completedAt), revision };
      return (await tx.handoff.updateMany({ where: newer, data })).count === 1;
    }
  }
}

/** The escalation's row, made by its first change: what never changes, with the fields of that change. */
async function insertEscalation(tx: Prisma.TransactionClient, change: ProcessChange): Promise<void> {
  const { row } = change;
  if (row.table !== 'escalations' || !row.insert) return;
  const { raisedById, raisedAt, ...fixed } = row.insert;
  await tx.escalation.createMany({
    data: [{ id: row.id, workflowId: change.workflowId, ...fixed, raisedById, raisedAt: new Date(raisedAt), tier: row.fields.tier, status: row.fields.status }],
    skipDuplicates: true,
  });
}

export function createReadModelActivities({ db }: { db: Database }) {
  return {
    /** Stores one change of a process: its event on the case timeline, and its row when the revision is newer. */
    async recordProcessChange(change: ProcessChange): Promise<void> {
      const { workflowId, revision, caseId, event, row } = change;
      await db.$transaction(async (tx) => {
        await insertEscalation(tx, change);
        await updateRow(tx, row, revision);
        await addTimelineEvent(tx, {
          caseId,
          eventKey: `${workflowId}:${revision}`,
          type: event.type,
          actorId: event.actor?.id ?? null,
          data: { [PROCESS_ID_KEY[row.table]]: row.id, by: event.actor, detail: event.detail, ...event.data },
          occurredAt: event.at,
          workflowId,
          revision,
        });
      });
    },
  };
}
