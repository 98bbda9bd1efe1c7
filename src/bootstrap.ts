import type { Client } from '@temporalio/client';
import type { Database } from './db/client';
import { migrate } from './db/migrate';
import { seedDefaultPolicies } from './db/policies';
import { ensureSearchAttributes } from './temporal/connection';

/** Brings PostgreSQL and Temporal to what this version needs; safe to run at every start. */
export async function prepareBackends(databaseUrl: string, db: Database, client: Client): Promise<void> {
  await migrate(databaseUrl);
  await seedDefaultPolicies(db);
  await ensureSearchAttributes(client);
}
