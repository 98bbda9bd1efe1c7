import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDatabase as connect, type Database } from '../../src/db/client';
import { migrate, MIGRATIONS_DIR } from '../../src/db/migrate';
import { seedDefaultPolicies } from '../../src/db/policies';
import { createDatabase, dropDatabase, withDatabase } from '../../src/db/server-databases';
import { DAY_MS } from '../../src/domain/day-blocks';
import { readSlaReport } from '../../src/use-cases/reports';
import { INFRASTRUCTURE_ENV } from '../support/infrastructure';
import '../support/percentiles';

// The SLA report reads pre-aggregates (whole days) and the step records (partial days): its counts
// must equal counts over the records and its percentiles agree with percentile_cont over them
// within the stated error, for records the migration backfilled and records written after it
// (started, completed, breached, deleted), over windows from a few hours to more than a year.

const ROLLUPS_MIGRATION = '20261203000000_step_record_rollups';

interface ExactRow {
  process: string;
  step: string;
  count: bigint;
  completed: bigint;
  breached: bigint;
  percentiles: number[] | null;
}

describe('the SLA report over pre-aggregated step records', () => {
  const serverUrl = process.env[INFRASTRUCTURE_ENV.databaseUrl] ?? '';
  const database = `rollups_${process.pid}_${Date.now()}`;
  const databaseUrl = withDatabase(serverUrl, database);
  const now = Date.now();
  let db: Database;

  // Durations from 0 ms to about a week, spread over many orders of magnitude; some records open.
  const seed = (db: Database, prefix: string, records: number, days: number) => db.$executeRaw`
    INSERT INTO step_records (step_key, process, workflow_id, step, owner_role, started_at, completed_at, duration_ms, breached_at)
    SELECT ${prefix} || g || ':' || step, process, ${prefix} || g, step, 'agent', started_at,
           CASE WHEN open THEN NULL ELSE started_at + duration_ms * interval '1 millisecond' END,
           CASE WHEN open THEN NULL ELSE duration_ms END,
           CASE WHEN g % 7 = 0 THEN started_at + interval '1 hour' END
    FROM (
      SELECT g, (ARRAY['approval', 'post', 'inspection'])[1 + g % 3] AS step, (ARRAY['credit', 'credit', 'return'])[1 + g % 3] AS process,
             ${new Date(now)}::timestamptz - random() * ${days} * interval '1 day' AS started_at,
             random() < 0.1 AS open,
             CASE WHEN g % 50 = 0 THEN 0 ELSE floor(exp(random() * 20))::bigint END AS duration_ms
      FROM generate_series(1, ${records}) AS g
    ) AS drawn`;

  beforeAll(async () => {
    await createDatabase(serverUrl, database);
    const before = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    try {
      const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
      for (const name of names.filter((name) => name < ROLLUPS_MIGRATION)) await cp(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
      await migrate(databaseUrl, before);
    } finally {
      await rm(before, { recursive: true, force: true });
    }
    db = connect(databaseUrl);
    await seedDefaultPolicies(db);
    await db.$executeRaw`SELECT setseed(0.7)`;
    await seed(db, 'before-', 4000, 420);
    expect(await migrate(databaseUrl)).toContain(ROLLUPS_MIGRATION);
    await seed(db, 'after-', 4000, 420);
    await db.$executeRaw`
      UPDATE step_records SET completed_at = started_at + interval '90 minutes', duration_ms = 5400000
      WHERE completed_at IS NULL AND id % 2 = 0`;
    await db.$executeRaw`UPDATE step_records SET breached_at = started_at + interval '1 day' WHERE breached_at IS NULL AND id % 11 = 0`;
    await db.$executeRaw`UPDATE step_records SET due_at = started_at + interval '1 day' WHERE id % 5 = 0`;
    await db.$executeRaw`DELETE FROM step_records WHERE id % 13 = 0`;
  });
  afterAll(async () => {
    await db?.$disconnect();
    await dropDatabase(serverUrl, database);
  });

  const exactly = (from: Date, to: Date) => db.$queryRaw<ExactRow[]>`
    SELECT process, step, count(*) AS count, count(*) FILTER (WHERE completed_at IS NOT NULL) AS completed,
           count(*) FILTER (WHERE breached_at IS NOT NULL) AS breached,
           percentile_cont(ARRAY[0.5, 0.9, 0.95]) WITHIN GROUP (ORDER BY duration_ms) FILTER (WHERE completed_at IS NOT NULL) AS percentiles
    FROM step_records WHERE started_at >= ${from}::timestamptz AND started_at < ${to}::timestamptz
    GROUP BY process, step ORDER BY process, step`;

  const windows: Array<[string, number, number]> = [
    ['the last 6 hours', 0.25, 0],
    ['the last 30 days', 30, 0],
    ['the last 90 days', 90, 0],
    ['the last 365 days', 365, 0],
    ['400 days, all of the records', 400, 0],
    ['from 123.4 to 7.7 days ago', 123.4, 7.7],
    ['within one day, a week ago', 7.6, 7.2],
  ];

  it.each(windows)('%s: exact counts, percentiles within the stated error of percentile_cont', async (_name, fromDaysAgo, toDaysAgo) => {
    const from = new Date(now - fromDaysAgo * DAY_MS);
    const to = new Date(now - toDaysAgo * DAY_MS);
    const report = await readSlaReport({ db }, { from: from.toISOString(), to: to.toISOString() });
    const exact = await exactly(from, to);
    expect(exact.length).toBeGreaterThan(0);
    // Rows with no record in the window are there for the work open now.
    const timed = report.rows.filter((row) => row.count > 0);
    expect(timed.map(({ process, step, count, completed, breached }) => ({ process, step, count, completed, breached }))).toEqual(
      exact.map((row) => ({ process: row.process, step: row.step, count: Number(row.count), completed: Number(row.completed), breached: Number(row.breached) })),
    );
    timed.forEach((row, index) => {
      const [p50, p90, p95] = exact[index]?.percentiles ?? [];
      expect(row).toMatchObject(
        p50 === undefined
          ? { p50Ms: null, p90Ms: null, p95Ms: null }
          : { p50Ms: expect.toBeWithinStatedErrorOf(p50), p90Ms: expect.toBeWithinStatedErrorOf(p90 ?? 0), p95Ms: expect.toBeWithinStatedErrorOf(p95 ?? 0) },
      );
    });
  });
});
