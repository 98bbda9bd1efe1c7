import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export type Database = PrismaClient;
export { Prisma } from '../generated/prisma/client';

/**
 * A connection that cannot be made (or a free one in the pool that does not come) within this time
 * fails the query, so that a request answers 503 instead of waiting for a database that is down.
 */
const REQUEST_POOL_WAIT_MS = 1_000;

/**
 * The worker's activities are retried whatever fails them, and nobody gets a 503 from them: under
 * load, more of them at once than the pool holds wait for a connection instead of failing and
 * running again. Well under an activity's 30 s.
 */
export const ACTIVITY_POOL_WAIT_MS = 10_000;

export function createDatabase(databaseUrl: string, poolWaitMs = REQUEST_POOL_WAIT_MS): Database {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, connectionTimeoutMillis: poolWaitMs, keepAlive: true }),
  });
}
