import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runMain } from '../src/config';
import { createDatabase } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { seedDefaultPolicies } from '../src/db/policies';
import { createDatabase as createServerDatabase, dropDatabase, withDatabase } from '../src/db/server-databases';
import { freePort } from '../src/embedded/free-port';
import { startEmbeddedPostgres } from '../src/embedded/postgres';
import { benchmarkResolutionReport, seedCases } from './resolution-report';
import { benchmarkReports, seedEscalations, seedStepRecords } from './sla-report';

// `npm run bench`: the ops reports over one million step records, on a fresh database of the
// server named by BENCH_DATABASE_URL or TEST_DATABASE_URL, else on an embedded PostgreSQL.
// Prints figures; it is not a test.

interface BenchDatabase {
  url: string;
  where: string;
  drop(): Promise<void>;
}

async function benchDatabase(): Promise<BenchDatabase> {
  const name = `bench_${randomBytes(6).toString('hex')}`;
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    await createServerDatabase(serverUrl, name);
    return { url: withDatabase(serverUrl, name), where: `${new URL(serverUrl).host}, database ${name}`, drop: () => dropDatabase(serverUrl, name) };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'service-engine-bench-'));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  try {
    const port = await freePort();
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, database: name, persistent: false });
    return { url: embedded.url, where: `embedded on port ${port}`, drop: () => embedded.stop().finally(removeDir) };
  } catch (error) {
    await removeDir();
    throw error;
  }
}

runMain(async () => {
  const say = (line: string) => console.log(line);
  const database = await benchDatabase();
  say(`PostgreSQL: ${database.where}`);
  const db = createDatabase(database.url);
  try {
    await migrate(database.url);
    await seedDefaultPolicies(db);
    say('Seeding one million step records, their escalations, and the cases of the case work steps…');
    const seeding = performance.now();
    await seedStepRecords(db);
    await seedEscalations(db);
    await seedCases(db);
    // VACUUM as autovacuum would have by now, so that index-only scans find the pages all-visible.
    await db.$executeRaw`VACUUM ANALYZE`;
    const [{ version }] = await db.$queryRaw<[{ version: string }]>`SELECT current_setting('server_version') AS version`;
    say(`Seeded and analysed in ${((performance.now() - seeding) / 1000).toFixed(1)} s (PostgreSQL ${version})`);
    await benchmarkReports(db, say);
    await benchmarkResolutionReport(db, say);
  } finally {
    await db.$disconnect();
    await database.drop();
  }
});
