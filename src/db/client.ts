import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export type Database = PrismaClient;
export { Prisma } from '../generated/prisma/client';

/**
 * A connection that cannot be made (or a free one in the pool that does not come) within this time
 * fails the query, so that a request answers 503 instead of waiting for a database that is down.
 */
const CONNECT_TIMEOUT_MS = 1_000;

export function createDatabase(databaseUrl: string): Database {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true }),
  });
}
