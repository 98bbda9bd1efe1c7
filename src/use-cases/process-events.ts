import type { UseCaseContext } from './context';
import { CURSOR_IDS, decodeCursor, pageOf } from './cursor';

/** One event a process stored with its revision (activities/read-model.ts). */
export interface StoredProcessEvent {
  type: string;
  at: string;
  data: Record<string, unknown>;
}

/** How many notes, contacts and history entries an answer carries: older ones are read page by page. */
export const RECENT_ITEMS_SHOWN = 20;

export interface PageQuery {
  cursor?: string | undefined;
  limit: number;
}

const SELECTED = { type: true, occurredAt: true, data: true, revision: true } as const;

function eventsWhere(workflowId: string, types?: readonly string[]) {
  return { workflowId, revision: { not: null }, ...(types ? { type: { in: [...types] } } : {}) };
}

function stored(event: { type: string; occurredAt: Date; data: unknown }): StoredProcessEvent {
  return { type: event.type, at: event.occurredAt.toISOString(), data: event.data as Record<string, unknown> };
}

/**
 * The last few events a process stored with its revisions (of the given types, else all), oldest
 * first, and how many it stored: where its notes and contacts live once its workflow keeps only
 * the last few. None for a run started before that.
 */
export async function lastStoredEvents(context: UseCaseContext, workflowId: string, types?: readonly string[]): Promise<{ events: StoredProcessEvent[]; total: number }> {
  const where = eventsWhere(workflowId, types);
  const [rows, total] = await Promise.all([
    context.db.timelineEvent.findMany({ where, orderBy: { revision: 'desc' }, take: RECENT_ITEMS_SHOWN, select: SELECTED }),
    context.db.timelineEvent.count({ where }),
  ]);
  return { events: rows.reverse().map(stored), total };
}

/** True when the process stores its events with revisions (a run from before keeps its items in its state). */
export async function storesEvents(context: UseCaseContext, workflowId: string): Promise<boolean> {
  return (await context.db.timelineEvent.findFirst({ where: eventsWhere(workflowId), select: { id: true } })) !== null;
}

/** A page of the events a process stored (of the given types), newest first; the cursor holds the last one's revision. */
export async function storedEventsPage(context: UseCaseContext, workflowId: string, types: readonly string[], { cursor, limit }: PageQuery) {
  const after = cursor === undefined ? undefined : decodeCursor(cursor, CURSOR_IDS.sequence);
  const rows = await context.db.timelineEvent.findMany({
    where: { ...eventsWhere(workflowId, types), ...(after ? { revision: { lt: Number(after.id) } } : {}) },
    orderBy: { revision: 'desc' },
    take: limit + 1,
    select: SELECTED,
  });
  return pageOf(rows, limit, (row) => ({ at: row.occurredAt, id: String(row.revision) }), stored);
}

/** A page of a list a run from before keeps whole in its state, newest first; the cursor holds the last one's index. */
export function statePage<Item extends { at: string }>(items: Item[], { cursor, limit }: PageQuery) {
  const before = cursor === undefined ? items.length : Number(decodeCursor(cursor, CURSOR_IDS.sequence).id);
  const rows = items
    .slice(0, before)
    .map((item, index) => ({ item, index }))
    .reverse()
    .slice(0, limit + 1);
  return pageOf(rows, limit, ({ item, index }) => ({ at: new Date(item.at), id: String(index) }), ({ item }) => item);
}

/**
 * The stored items, then those of the workflow's last few that are not stored yet (a change the
 * workflow shows while its write is still under way): the last `RECENT_ITEMS_SHOWN`, and how many
 * there are in all.
 */
export function withRecent<Item>(last: { items: Item[]; total: number }, recent: Item[], key: (item: Item) => string): { items: Item[]; total: number } {
  const keys = new Set(last.items.map(key));
  const unstored = recent.filter((item) => !keys.has(key(item)));
  return { items: [...last.items, ...unstored].slice(-RECENT_ITEMS_SHOWN), total: last.total + unstored.length };
}
