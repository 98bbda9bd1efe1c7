import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDatabase as connect, type Database } from '../../src/db/client';
import { migrate, MIGRATIONS_DIR } from '../../src/db/migrate';
import { seedDefaultPolicies } from '../../src/db/policies';
import { createDatabase, dropDatabase, withDatabase } from '../../src/db/server-databases';
import { DAY_MS } from '../../src/domain/day-blocks';
import { readResolutionReport } from '../../src/use-cases/resolution-report';
import { INFRASTRUCTURE_ENV } from '../support/infrastructure';

// The resolution report reads case_resolutions, kept by triggers: its figures must equal those
// computed directly over the cases, their work step records and their timelines, for cases the
// migration backfilled and cases written after it (transferred, escalated, closed, completed,
// recategorised, events taken back), over windows from a few hours to more than a year.

const MIGRATION = '20261204000000_case_resolutions';

interface ExactCases {
  cases: bigint;
  resolved: bigint;
  distribution: Array<{ transfers: number; cases: number }>;
  passed_around: Array<{ id: string; transfers: number }>;
}

describe('the resolution report over pre-aggregated cases', () => {
  const serverUrl = process.env[INFRASTRUCTURE_ENV.databaseUrl] ?? '';
  const database = `resolutions_${process.pid}_${Date.now()}`;
  const databaseUrl = withDatabase(serverUrl, database);
  const now = Date.now();
  let db: Database;

  // Few customers and categories, so that many cases repeat one; a case's work step falls due a day
  // after it opens (some have no due time, as before cases recorded one) and is done for most.
  const seed = async (prefix: string, cases: number, days: number) => {
    await db.$executeRaw`
      WITH agents AS (SELECT array_agg(id ORDER BY id) AS ids FROM users)
      INSERT INTO cases (id, customer_id, subject, channel, status, opened_by_id, owner_id, category, workflow_id, opened_at)
      SELECT gen_random_uuid(), 'cust-' || floor(random() * 40), 'accuracy', 'phone', 'open', opener, opener,
             (ARRAY['billing', 'delivery', 'defect', NULL])[1 + floor(random() * 4)::int], ${prefix} || g,
             ${new Date(now)}::timestamptz - random() * ${days} * interval '1 day'
      FROM (SELECT g, agents.ids[1 + floor(random() * 4)::int] AS opener FROM generate_series(1, ${cases}) AS g, agents) AS drawn`;
    await db.$executeRaw`
      INSERT INTO step_records (step_key, process, workflow_id, step, owner_role, started_at, due_at, completed_at, duration_ms)
      SELECT workflow_id || ':work:1', 'case', workflow_id, 'work', 'agent', opened_at,
             CASE WHEN random() < 0.9 THEN opened_at + interval '1 day' END, done, (extract(epoch FROM done - opened_at) * 1000)::bigint
      FROM (SELECT *, CASE WHEN random() < 0.8 THEN opened_at + random() * interval '40 hours' END AS done
            FROM cases WHERE workflow_id LIKE ${prefix} || '%') AS worked`;
    await db.$executeRaw`
      WITH agents AS (SELECT array_agg(id ORDER BY id) AS ids FROM users)
      INSERT INTO timeline_events (case_id, event_key, type, actor_id, occurred_at)
      SELECT id, type || ':' || n, type, CASE WHEN random() < 0.7 THEN opened_by_id ELSE agents.ids[1 + floor(random() * 4)::int] END,
             opened_at + n * interval '1 hour'
      FROM agents, (SELECT cases.*, n, (ARRAY['case.transferred', 'escalation.raised', 'case.closed', 'case.noted'])[1 + floor(random() * 4)::int] AS type
                    FROM cases, generate_series(1, 3) AS n
                    WHERE workflow_id LIKE ${prefix} || '%' AND random() < 0.5) AS drawn`;
  };

  beforeAll(async () => {
    await createDatabase(serverUrl, database);
    const before = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    try {
      const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
      for (const name of names.filter((name) => name < MIGRATION)) await cp(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
      await migrate(databaseUrl, before);
    } finally {
      await rm(before, { recursive: true, force: true });
    }
    db = connect(databaseUrl);
    await seedDefaultPolicies(db);
    await db.$executeRaw`INSERT INTO users (id, name, role) SELECT gen_random_uuid(), 'Agent ' || g, 'agent' FROM generate_series(1, 4) AS g`;
    await db.$executeRaw`SELECT setseed(0.3)`;
    await seed('before-', 1500, 420);
    expect(await migrate(databaseUrl)).toContain(MIGRATION);
    await seed('after-', 1500, 420);
    await db.$executeRaw`
      INSERT INTO timeline_events (case_id, event_key, type, actor_id, occurred_at)
      SELECT id, 'case.transferred:late', 'case.transferred', owner_id, opened_at + interval '3 days' FROM cases WHERE random() < 0.1`;
    await db.$executeRaw`UPDATE step_records SET completed_at = started_at + interval '2 hours', duration_ms = 7200000 WHERE completed_at IS NULL AND id % 2 = 0`;
    await db.$executeRaw`UPDATE cases SET category = 'defect' WHERE random() < 0.1`;
    await db.$executeRaw`UPDATE cases SET opened_at = opened_at - interval '20 days' WHERE random() < 0.05`;
    await db.$executeRaw`
      UPDATE step_records s SET started_at = c.opened_at, due_at = s.due_at - interval '20 days', completed_at = s.completed_at - interval '20 days'
      FROM cases c WHERE s.workflow_id = c.workflow_id AND s.started_at <> c.opened_at`;
    await db.$executeRaw`UPDATE cases SET status = 'closed', revision = revision + 1 WHERE random() < 0.3`;
    await db.$executeRaw`DELETE FROM timeline_events WHERE type = 'escalation.raised' AND id % 3 = 0`;
  });
  afterAll(async () => {
    await db?.$disconnect();
    await dropDatabase(serverUrl, database);
  });

  // The report's SQL before the pre-aggregates, over the records themselves.
  const exactCases = async (from: Date, to: Date) => {
    const [figures] = await db.$queryRaw<[ExactCases]>`
      WITH work AS (
        SELECT workflow_id, due_at, completed_at FROM step_records
        WHERE process = 'case' AND step = 'work' AND started_at >= ${from}::timestamptz AND started_at < ${to}::timestamptz
      ),
      moves AS (
        SELECT case_id, count(*) FILTER (WHERE type = 'case.transferred') AS transfers, bool_or(type = 'escalation.raised') AS escalated,
               (array_agg(actor_id ORDER BY occurred_at, id) FILTER (WHERE type = 'case.closed'))[1] AS closed_by
        FROM timeline_events WHERE type IN ('case.transferred', 'escalation.raised', 'case.closed') AND occurred_at >= ${from}::timestamptz
        GROUP BY case_id
      ),
      per_case AS (
        SELECT c.id, w.completed_at, coalesce(w.due_at, c.opened_at + interval '1 day') AS resolve_by,
               coalesce(m.transfers, 0)::int AS transfers, coalesce(m.escalated, false) AS escalated,
               coalesce(m.closed_by = c.opened_by_id, false) AS closed_by_opener
        FROM cases c LEFT JOIN work w ON w.workflow_id = c.workflow_id LEFT JOIN moves m ON m.case_id = c.id
        WHERE c.opened_at >= ${from}::timestamptz AND c.opened_at < ${to}::timestamptz
      )
      SELECT (SELECT count(*) FROM per_case) AS cases,
             (SELECT count(*) FROM per_case WHERE closed_by_opener AND transfers = 0 AND NOT escalated AND completed_at <= resolve_by) AS resolved,
             (SELECT coalesce(json_agg(json_build_object('transfers', transfers, 'cases', n) ORDER BY transfers), '[]'::json)
                FROM (SELECT transfers, count(*) AS n FROM per_case GROUP BY transfers) AS tally) AS distribution,
             (SELECT coalesce(json_agg(row_to_json(passed) ORDER BY passed.transfers DESC, passed.id), '[]'::json)
                FROM (SELECT id, transfers FROM per_case WHERE transfers >= 3 ORDER BY transfers DESC, id LIMIT 100) AS passed) AS passed_around`;
    return figures;
  };

  const exactRepeats = (from: Date, to: Date) => db.$queryRaw<Array<{ customer_id: string; category: string; cases: bigint }>>`
    SELECT customer_id, category, count(*) AS cases
    FROM (SELECT customer_id, category, opened_at,
                 coalesce(opened_at - lag(opened_at) OVER (PARTITION BY customer_id, category ORDER BY opened_at) <= interval '30 days', false) AS repeated
          FROM cases WHERE category IS NOT NULL AND opened_at >= ${from}::timestamptz - interval '30 days' AND opened_at < ${to}::timestamptz) AS contacts
    GROUP BY customer_id, category HAVING bool_or(repeated AND opened_at >= ${from}::timestamptz)
    ORDER BY cases DESC, customer_id, category`;

  const windows: Array<[string, number, number]> = [
    ['the last 6 hours', 0.25, 0],
    ['the last 30 days', 30, 0],
    ['the last 90 days', 90, 0],
    ['the last 365 days', 365, 0],
    ['450 days, all of the cases', 450, 0],
    ['from 123.4 to 7.7 days ago', 123.4, 7.7],
  ];

  it.each(windows)('%s: the same figures as computed over the records', async (_name, fromDaysAgo, toDaysAgo) => {
    const from = new Date(now - fromDaysAgo * DAY_MS);
    const to = new Date(now - toDaysAgo * DAY_MS);
    const report = await readResolutionReport({ db }, { from: from.toISOString(), to: to.toISOString() });
    const [figures, repeats] = await Promise.all([exactCases(from, to), exactRepeats(from, to)]);
    expect(report.cases).toBe(Number(figures.cases));
    expect(report.firstContactResolution.resolved).toBe(Number(figures.resolved));
    expect(report.transfers.distribution).toEqual(figures.distribution);
    expect(report.transfers.passedAround.map(({ caseId, transfers }) => ({ id: caseId, transfers }))).toEqual(figures.passed_around);
    expect(report.repeatContacts.items.map(({ customerId, category, cases }) => ({ customer_id: customerId, category, cases }))).toEqual(
      repeats.slice(0, 100).map((row) => ({ ...row, cases: Number(row.cases) })),
    );
    expect(report.repeatContacts.customers).toBe(new Set(repeats.map((row) => row.customer_id)).size);
  });

  it('has cases that were resolved, passed around and repeated to compare', async () => {
    const year = await readResolutionReport({ db }, { from: new Date(now - 450 * DAY_MS).toISOString(), to: new Date(now).toISOString() });
    expect(year.firstContactResolution.resolved).toBeGreaterThan(50);
    expect(year.transfers.passedAround.length).toBeGreaterThan(5);
    expect(year.repeatContacts.items.length).toBeGreaterThan(20);
  });
});
