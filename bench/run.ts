import { performance } from 'node:perf_hooks';
import { runMain } from '../src/config';
import { createDatabase } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { seedDefaultPolicies } from '../src/db/policies';
import { benchDatabase } from './database';
import { benchmarkResolutionReport, seedCases } from './resolution-report';
import { benchmarkReports, seedEscalations, seedStepRecords } from './sla-report';

// `npm run bench`: the ops reports over one million step records, on a fresh database of the
// server named by BENCH_DATABASE_URL or TEST_DATABASE_URL, else on an embedded PostgreSQL.
// Prints figures; it is not a test.

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
