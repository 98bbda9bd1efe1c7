import type { Database } from '../src/db/client';
import { readResolutionReport } from '../src/use-cases/resolution-report';
import { DAY_MS } from '../src/domain/day-blocks';
import { HISTORY_DAYS, printTiming, time } from './sla-report';

// The resolution report over the same million step records: a case for each seeded case work step,
// with its timeline (opened, transferred, escalated, closed) and callbacks, seeded in SQL.

const AGENTS = 50;
const CUSTOMERS = 5_000;
const CATEGORIES = ['billing', 'delivery', 'defect', 'returns', 'installation', 'account'];

export async function seedCases(db: Database): Promise<void> {
  await db.$executeRaw`
    INSERT INTO users (id, name, role) SELECT gen_random_uuid(), 'Bench agent ' || g, 'agent' FROM generate_series(1, ${AGENTS}) AS g`;
  await db.$executeRaw`
    WITH agents AS (SELECT array_agg(id ORDER BY id) AS ids FROM users WHERE role = 'agent')
    INSERT INTO cases (id, customer_id, subject, channel, status, opened_by_id, owner_id, category, workflow_id, opened_at, closed_at)
    SELECT gen_random_uuid(), 'cust-' || floor(random() * ${CUSTOMERS}), 'benchmark', 'phone',
           CASE WHEN completed_at IS NULL THEN 'open' ELSE 'closed' END, opener, opener,
           (${CATEGORIES}::text[])[1 + floor(random() * ${CATEGORIES.length})::int], workflow_id, started_at, completed_at
    FROM (SELECT s.*, agents.ids[1 + floor(random() * ${AGENTS})::int] AS opener
          FROM step_records s, agents WHERE s.process = 'case' AND s.step = 'work') AS work`;
  await db.$executeRaw`
    INSERT INTO timeline_events (case_id, event_key, type, actor_id, occurred_at)
    SELECT id, 'case.opened', 'case.opened', opened_by_id, opened_at FROM cases`;
  await db.$executeRaw`
    WITH agents AS (SELECT array_agg(id ORDER BY id) AS ids FROM users WHERE role = 'agent')
    INSERT INTO timeline_events (case_id, event_key, type, actor_id, occurred_at)
    SELECT id, 'case.closed', 'case.closed', CASE WHEN random() < 0.8 THEN opened_by_id ELSE agents.ids[1 + floor(random() * ${AGENTS})::int] END, closed_at
    FROM cases, agents WHERE closed_at IS NOT NULL`;
  await db.$executeRaw`
    INSERT INTO timeline_events (case_id, event_key, type, actor_id, occurred_at)
    SELECT id, 'case.transferred:' || n, 'case.transferred', opened_by_id, opened_at + n * interval '1 hour'
    FROM (SELECT id, opened_by_id, opened_at, 1 + floor(power(random(), 3) * 4)::int AS transfers FROM cases WHERE random() < 0.15) AS moved,
         generate_series(1, transfers) AS n`;
  await db.$executeRaw`
    INSERT INTO timeline_events (case_id, event_key, type, actor_id, occurred_at)
    SELECT id, 'escalation:' || id || ':1', 'escalation.raised', opened_by_id, opened_at + interval '2 hours' FROM cases WHERE random() < 0.08`;
  await db.$executeRaw`
    INSERT INTO callbacks (case_id, number, owner_id, due_at, note, status, promised_by_id, promised_at, ended_at, step_key)
    SELECT id, 1, owner_id, due_at, 'benchmark', fate, owner_id, opened_at,
           CASE WHEN fate = 'open' THEN NULL ELSE due_at + (random() - 0.7) * interval '4 hours' END, workflow_id || ':callback:1'
    FROM (SELECT c.*, c.opened_at + random() * interval '2 days' AS due_at,
                 CASE WHEN random() < 0.7 THEN 'kept' WHEN random() < 0.5 THEN 'replaced' ELSE 'open' END AS fate
          FROM cases c WHERE random() < 0.2) AS promised`;
}

/** Times the report for the windows ops use and prints p50/p95/max against the budget. */
export async function benchmarkResolutionReport(db: Database, say: (line: string) => void): Promise<void> {
  const [{ cases }] = await db.$queryRaw<[{ cases: bigint }]>`SELECT count(*) AS cases FROM cases`;
  say(`Resolution report over ${cases} cases:`);
  const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
  const shapes: Array<[string, () => Promise<unknown>]> = [
    ['resolution (default: last 30 days)', () => readResolutionReport({ db }, {})],
    ['resolution, last 90 days', () => readResolutionReport({ db }, { from: daysAgo(90) })],
    [`resolution, all ${HISTORY_DAYS} days`, () => readResolutionReport({ db }, { from: daysAgo(HISTORY_DAYS + 1) })],
  ];
  for (const [name, run] of shapes) printTiming(say, name, await time(run));
}
