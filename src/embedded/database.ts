import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config';
import { embeddedPostgresUrl, type EmbeddedPostgres } from './postgres';
import { startPostgresProcess } from './postgres-process';

export const EMBEDDED_DATABASE = 'service';

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * DATABASE_URL when set; else the embedded PostgreSQL under DATA_DIR: the one `npm start` is
 * running, or one started here (and stopped by `stop`).
 */
export async function resolveDatabase(config: Config, log: (line: string) => void): Promise<EmbeddedPostgres> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, stop: async () => undefined };
  const url = embeddedPostgresUrl(config.EMBEDDED_PG_PORT, EMBEDDED_DATABASE);
  if (await canConnect(url)) return { url, stop: async () => undefined };
  const dataDir = path.join(config.DATA_DIR, 'pg');
  log(`Starting the embedded PostgreSQL (data in ${dataDir}, port ${config.EMBEDDED_PG_PORT})`);
  return startPostgresProcess({ dataDir, port: config.EMBEDDED_PG_PORT, database: EMBEDDED_DATABASE, persistent: true });
}
