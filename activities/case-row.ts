import type { Prisma } from '../src/db/client';

/**
 * Moves a case's row to the workflow's revision unless it holds that one or a newer one already; its
 * open callbacks follow the owner the row moves to. A retried or late transfer or close never sets
 * an older owner or status back.
 */
export async function moveCaseRow(
  tx: Prisma.TransactionClient,
  caseId: string,
  revision: number,
  fields: { ownerId: string; status?: string; closedAt?: Date },
): Promise<void> {
  const moved = await tx.case.updateMany({ where: { id: caseId, revision: { lt: revision } }, data: { ...fields, revision } });
  if (moved.count === 1) await tx.callback.updateMany({ where: { caseId, status: 'open' }, data: { ownerId: fields.ownerId } });
}
