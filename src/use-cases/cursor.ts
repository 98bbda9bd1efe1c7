import { invalidField } from '../domain/errors';

// Opaque keyset cursors: the position of the last item of a page.

export interface Position {
  at: Date;
  id: string;
}

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.at.toISOString(), position.id])).toString('base64url');
}

/** The forms of id a cursor may carry: a row's UUID, or an append-only table's sequence number. */
export const CURSOR_IDS = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  sequence: /^\d{1,18}$/,
} as const;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Only what encodeCursor wrote is a cursor: an exact ISO instant and an id of the given form, nothing else. */
export function decodeCursor(cursor: string, idForm: RegExp = CURSOR_IDS.uuid): Position {
  try {
    const position: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(position) && position.length === 2) {
      const [at, id] = position as unknown[];
      if (typeof at === 'string' && ISO_INSTANT.test(at) && typeof id === 'string' && idForm.test(id)) {
        const date = new Date(at);
        if (!Number.isNaN(date.getTime()) && date.toISOString() === at) return { at: date, id };
      }
    }
  } catch {
    // falls through to the refusal below
  }
  throw invalidField('query', 'cursor', 'not a cursor returned by this API');
}

/** Rows after a position on (`field`, id), newest first unless `order` is `asc`: the keyset condition of the next page. */
export function afterPosition<F extends string, Id>(field: F, position: { at: Date; id: Id } | undefined, order: 'asc' | 'desc' = 'desc') {
  if (!position) return {};
  const beyond = order === 'desc' ? 'lt' : 'gt';
  return { OR: [{ [field]: { [beyond]: position.at } }, { [field]: position.at, id: { [beyond]: position.id } }] } as Record<'OR', Array<Record<F | 'id', unknown>>>;
}

/** A page from rows fetched with `take: limit + 1`: the first `limit` rows, and the cursor after them when there are more. */
export function pageOf<Row, Item>(rows: Row[], limit: number, positionOf: (row: Row) => Position, view: (row: Row) => Item) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(view), nextCursor: rows.length > limit && last ? encodeCursor(positionOf(last)) : null };
}
