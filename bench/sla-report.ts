import { performance } from 'node:perf_hooks';
import type { Database } from '../src/db/client';
import { DAY_MS } from '../src/domain/day-blocks';
import { DURATION_RELATIVE_ERROR } from '../src/domain/duration-histogram';
import type { SlaReport } from '../src/schemas/reports';
import { readIssuesReport, readSlaReport } from '../src/use-cases/reports';

// The SLA report over one million step records: seeds them in SQL (through the trigger that keeps
// the report's pre-aggregates), then times the report's use case for the windows ops use and
// compares its percentiles with percentile_cont over the records.

const STEP_RECORDS = 1_000_000;
const ESCALATIONS = 20_000;
const CUSTOMERS = 5_000;
export const HISTORY_DAYS = 365;
const WARM_UP_RUNS = 3;
const TIMED_RUNS = 20;
export const BUDGET_MS = 200;
const CATEGORIES = ['late_delivery', 'damaged_item', 'billing_error', 'missing_refund', 'wrong_item', 'no_callback', 'defect', 'installation', 'account_access', 'other'];

/**
 * Step records over HISTORY_DAYS in start order, as the workflows append them: durations drawn from
 * an exponential around each step's typical time, so some outlast their target (warned, breached);
 * recent ones are still open, and a few old ones are stuck open.
 */
export async function seedStepRecords(db: Database): Promise<void> {
  await db.$executeRaw`SELECT setseed(0.42)`;
  await db.$executeRaw`
    WITH catalog (n, process, step, owner_role, typical, target) AS (
      VALUES (0, 'case', 'work', 'agent', interval '2 days', interval '3 days'),
             (1, 'credit', 'policy_check', 'system', interval '2 seconds', NULL),
             (2, 'credit', 'approval', 'accounting', interval '6 hours', interval '1 day'),
             (3, 'credit', 'post', 'system', interval '5 seconds', NULL),
             (4, 'return', 'eligibility', 'system', interval '1 second', NULL),
             (5, 'return', 'authorise', 'agent', interval '2 hours', interval '1 day'),
             (6, 'return', 'await_item', 'system', interval '5 days', interval '14 days'),
             (7, 'return', 'inspection', 'warehouse', interval '1 day', interval '2 days'),
             (8, 'return', 'resolution', 'agent', interval '4 hours', interval '1 day'),
             (9, 'escalation', 'acknowledge', 'agent', interval '1 hour', interval '4 hours'),
             (10, 'escalation', 'resolve', 'agent', interval '1 day', interval '3 days'),
             (11, 'handoff', 'assign_owner', 'system', interval '1 minute', NULL),
             (12, 'handoff', 'welcome_contact', 'agent', interval '6 hours', interval '1 day'),
             (13, 'handoff', 'commitment', 'agent', interval '5 days', interval '10 days'),
             (14, 'handoff', 'check_in', 'agent', interval '12 hours', interval '1 day'),
             (15, 'handoff', 'survey', 'system', interval '7 days', interval '14 days')
    ),
    drawn AS (
      SELECT g, g % 16 AS n, random() < 0.003 AS stuck, -ln(1 - random()) AS pace,
             now() - ${HISTORY_DAYS} * interval '1 day' * (1 - g::float8 / ${STEP_RECORDS}) - random() * interval '1 hour' AS started_at
      FROM generate_series(1, ${STEP_RECORDS}) AS g
    ),
    finished AS (
      SELECT drawn.*, catalog.process, catalog.step, catalog.owner_role, catalog.target,
             CASE WHEN NOT stuck AND started_at + pace * typical <= now() THEN started_at + pace * typical END AS completed_at
      FROM drawn JOIN catalog USING (n)
    )
    INSERT INTO step_records (step_key, process, workflow_id, step, owner_role, started_at, due_at, completed_at, duration_ms, warned_at, breached_at)
    SELECT process || '-bench-' || g || ':' || step || ':1', process, process || '-bench-' || g, step, owner_role,
           started_at, started_at + target, completed_at,
           (extract(epoch FROM completed_at - started_at) * 1000)::bigint,
           CASE WHEN started_at + 0.75 * target <= coalesce(completed_at, now()) THEN started_at + 0.75 * target END,
           CASE WHEN started_at + target <= coalesce(completed_at, now()) THEN started_at + target END
    FROM finished`;
}

/** Escalations over the same history, a few categories far more frequent than the rest. */
export async function seedEscalations(db: Database): Promise<void> {
  await db.$executeRaw`
    INSERT INTO escalations (id, workflow_id, case_id, customer_id, severity, category, reason, tier, status, raised_at)
    SELECT gen_random_uuid(), 'escalation-bench-' || g, gen_random_uuid(), 'cust-' || floor(random() * ${CUSTOMERS}),
           'P' || (1 + g % 4), (${CATEGORIES}::text[])[1 + floor(power(random(), 2) * ${CATEGORIES.length})::int],
           'benchmark', 'L1', 'closed', now() - random() * ${HISTORY_DAYS} * interval '1 day'
    FROM generate_series(1, ${ESCALATIONS}) AS g`;
}

interface Timing {
  p50: number;
  p95: number;
  max: number;
}

function nearestRank(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

export async function time(run: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < WARM_UP_RUNS; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: nearestRank(samples, 0.5), p95: nearestRank(samples, 0.95), max: nearestRank(samples, 1) };
}

export function printTiming(say: (line: string) => void, name: string, { p50, p95, max }: Timing): void {
  const under = max < BUDGET_MS ? 'yes' : p95 < BUDGET_MS ? 'p95 only' : 'NO';
  say(`${name.padEnd(50)} ${p50.toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)} ${max.toFixed(1).padStart(8)}  ${under}`);
}

interface ExactRow {
  process: string;
  step: string;
  percentiles: number[] | null;
}

/** The largest relative gap between the report's percentiles and percentile_cont over the same records (both rounded). */
async function largestPercentileError(db: Database, report: SlaReport): Promise<number> {
  const exact = await db.$queryRaw<ExactRow[]>`
    SELECT process, step, percentile_cont(ARRAY[0.5, 0.9, 0.95]) WITHIN GROUP (ORDER BY duration_ms) AS percentiles
    FROM step_records
    WHERE started_at >= ${new Date(report.from)}::timestamptz AND started_at < ${new Date(report.to)}::timestamptz
      AND completed_at IS NOT NULL AND duration_ms IS NOT NULL
    GROUP BY process, step`;
  let largest = 0;
  for (const row of report.rows) {
    const truth = exact.find((candidate) => candidate.process === row.process && candidate.step === row.step)?.percentiles ?? [];
    [row.p50Ms, row.p90Ms, row.p95Ms].forEach((estimate, index) => {
      const value = Math.round(truth[index] ?? Number.NaN);
      if (estimate !== null && value > 0) largest = Math.max(largest, Math.abs(estimate - value) / value);
    });
  }
  return largest;
}

/** Times each window, for all processes and for one, and prints p50/p95/max against the budget. */
export async function benchmarkReports(db: Database, say: (line: string) => void): Promise<void> {
  const context = { db };
  const lastDays = (days: number) => ({ from: new Date(Date.now() - days * DAY_MS).toISOString() });
  const shapes: Array<[string, () => Promise<unknown>]> = [
    ...[30, 90, 180, 365].flatMap((days): Array<[string, () => Promise<unknown>]> => [
      [`SLA, all processes, last ${days} days`, () => readSlaReport(context, lastDays(days))],
      [`SLA, one process (return), last ${days} days`, () => readSlaReport(context, { process: 'return', ...lastDays(days) })],
    ]),
    ['SLA, one process and step (return/inspection)', () => readSlaReport(context, { process: 'return', step: 'inspection' })],
    ['issues, last 30 days', () => readIssuesReport(context, {})],
  ];
  say(`${'shape'.padEnd(50)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}  under ${BUDGET_MS} ms`);
  for (const [name, run] of shapes) printTiming(say, name, await time(run));
  for (const days of [30, 365]) {
    const error = await largestPercentileError(db, await readSlaReport(context, lastDays(days)));
    say(`SLA percentiles, last ${days} days: at most ${(error * 100).toFixed(2)}% from percentile_cont over the records (bound ${DURATION_RELATIVE_ERROR * 100}%)`);
  }
}
