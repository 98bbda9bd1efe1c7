import type { Client } from '@temporalio/client';
import type { Config } from './config';
import { createDatabase, type Database } from './db/client';
import { migrate } from './db/migrate';
import { seedDefaultPolicies } from './db/policies';
import { connectClient, ensureSearchAttributes } from './temporal/connection';

// The PostgreSQL and Temporal servers the API and the worker run on.

export interface Backends {
  databaseUrl: string;
  temporalAddress: string;
}

export interface ConnectedBackends extends Backends {
  db: Database;
  client: Client;
  close(): Promise<void>;
}

/** Connects, and brings PostgreSQL and Temporal to what this version needs; safe at every start. */
export async function connectBackends(config: Config, backends: Backends): Promise<ConnectedBackends> {
  const db = createDatabase(backends.databaseUrl);
  const client = await connectClient(backends.temporalAddress, config.TEMPORAL_NAMESPACE);
  await migrate(backends.databaseUrl);
  await seedDefaultPolicies(db);
  await ensureSearchAttributes(client);
  return {
    ...backends,
    db,
    client,
    async close() {
      await client.connection.close();
      await db.$disconnect();
    },
  };
}
