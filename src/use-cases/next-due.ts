import type { Database } from '../db/client';

/** The earliest due time of each workflow's open steps, from the step records. */
export async function nextDueTimes(db: Database, workflowIds: string[]): Promise<Map<string, string | null>> {
  const dues = await db.stepRecord.groupBy({
    by: ['workflowId'],
    where: { workflowId: { in: workflowIds }, completedAt: null },
    _min: { dueAt: true },
  });
  return new Map(dues.map((due) => [due.workflowId, due._min.dueAt?.toISOString() ?? null]));
}
