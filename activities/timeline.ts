import type { Prisma } from '../src/db/client';

export interface TimelineEntry {
  caseId: string;
  /** Unique per case: the same event recorded twice is stored once. */
  eventKey: string;
  type: string;
  actorId: string | null;
  data: Record<string, unknown>;
  occurredAt: string;
  /** A process's event: the workflow and the revision that made it (activities/read-model.ts). */
  workflowId?: string;
  revision?: number;
}

/** A write to await, or to send in a batch transaction (`db.$transaction([...])`). */
export function addTimelineEvent(tx: Prisma.TransactionClient, entry: TimelineEntry): Prisma.PrismaPromise<Prisma.BatchPayload> {
  return tx.timelineEvent.createMany({
    data: [{ ...entry, data: entry.data as object, occurredAt: new Date(entry.occurredAt) }],
    skipDuplicates: true,
  });
}
