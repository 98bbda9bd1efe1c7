import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDatabase as createServerDatabase, dropDatabase, withDatabase } from '../src/db/server-databases';
import { freePort } from '../src/embedded/free-port';
import { startPostgresProcess } from '../src/embedded/postgres-process';

// A fresh database for a benchmark, on the server named by BENCH_DATABASE_URL or TEST_DATABASE_URL,
// else on an embedded PostgreSQL (in a process of its own, so that a signal to the benchmark stops it
// after the API and the workers using it); dropped afterwards.

export interface BenchDatabase {
  url: string;
  /** A URL of the server itself, for databases of its own (the Temporal server's). */
  serverUrl: string;
  where: string;
  drop(): Promise<void>;
}

export async function benchDatabase(): Promise<BenchDatabase> {
  const name = `bench_${randomBytes(6).toString('hex')}`;
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    await createServerDatabase(serverUrl, name);
    return { url: withDatabase(serverUrl, name), serverUrl, where: `${new URL(serverUrl).host}, database ${name}`, drop: () => dropDatabase(serverUrl, name) };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'service-engine-bench-'));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  try {
    const port = await freePort();
    const embedded = await startPostgresProcess({ dataDir: path.join(dir, 'pg'), port, database: name, persistent: false });
    return { url: embedded.url, serverUrl: embedded.url, where: `embedded on port ${port}`, drop: () => embedded.stop().finally(removeDir) };
  } catch (error) {
    await removeDir();
    throw error;
  }
}
