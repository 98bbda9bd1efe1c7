import { AppError } from '../api/errors';

// Opaque keyset cursors: the position of the last item of a page.

export interface Position {
  at: Date;
  id: string;
}

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.at.toISOString(), position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): Position {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const date = new Date(String(at));
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(date.getTime())) return { at: date, id };
  } catch {
    // falls through to the refusal below
  }
  throw new AppError('validation', 'query cursor: not a cursor returned by this API', [
    { in: 'query', field: 'cursor', message: 'not a cursor returned by this API' },
  ]);
}
