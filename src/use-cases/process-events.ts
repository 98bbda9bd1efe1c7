import type { UseCaseContext } from './context';

/** One event a process stored with its revision (activities/read-model.ts). */
export interface StoredProcessEvent {
  type: string;
  at: string;
  data: Record<string, unknown>;
}

/**
 * The events a process stored with its revisions, oldest first: where its notes and contacts live
 * once its workflow keeps only the last few. None for a run started before that.
 */
export async function storedProcessEvents(context: UseCaseContext, workflowId: string): Promise<StoredProcessEvent[]> {
  const events = await context.db.timelineEvent.findMany({
    where: { workflowId, revision: { not: null } },
    orderBy: { revision: 'asc' },
    select: { type: true, occurredAt: true, data: true },
  });
  return events.map((event) => ({ type: event.type, at: event.occurredAt.toISOString(), data: event.data as Record<string, unknown> }));
}

/**
 * The stored items, then those of the workflow's last few that are not stored yet: a change the
 * workflow shows while its write is still under way.
 */
export function withRecent<Item>(stored: Item[], recent: Item[], key: (item: Item) => string): Item[] {
  const keys = new Set(stored.map(key));
  return [...stored, ...recent.filter((item) => !keys.has(key(item)))];
}
