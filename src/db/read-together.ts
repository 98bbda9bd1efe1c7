import { Prisma, type Database } from './client';

/** A subquery's place when the request has nothing to read there: it answers null. */
export const NOTHING = Prisma.sql`NULL`;

/**
 * Scalar subqueries read in one query, each answered under its own name: a request that checks
 * several things before it acts makes one round trip for them, not one each. The names are the
 * caller's own (never input); a subquery that finds nothing answers null.
 */
export async function readTogether<T extends Record<string, unknown>>(db: Pick<Database, '$queryRaw'>, subqueries: { [K in keyof T]: Prisma.Sql }): Promise<T> {
  const columns = Object.entries(subqueries as Record<string, Prisma.Sql>).map(([name, subquery]) => Prisma.sql`${subquery} AS ${Prisma.raw(`"${name}"`)}`);
  const [row] = await db.$queryRaw<T[]>`SELECT ${Prisma.join(columns)}`;
  return row!;
}
