import { Prisma } from './client';

/**
 * A timestamptz column as `Date.toISOString()` writes it (UTC, milliseconds, `Z`), for json built in
 * SQL: PostgreSQL's own json of a timestamp follows the session's time zone and drops trailing zeros.
 * `column` is a column name written in the code, never input.
 */
export function isoTimestamp(column: string): Prisma.Sql {
  return Prisma.sql`to_char(${Prisma.raw(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
