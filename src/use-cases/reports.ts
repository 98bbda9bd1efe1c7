import { Prisma } from '../db/client';
import { currentPolicies } from '../db/policies';
import { splitWindow } from '../domain/day-blocks';
import { histogramPercentiles } from '../domain/duration-histogram';
import type { IssuesReport, IssuesReportQuery, OpenWork, OpenWorkQuery, SlaReport, SlaReportQuery } from '../schemas/reports';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';
import { reportWindow } from './report-window';

/** The policy holding each process's warningFraction; a process without one (case) uses DESIGN's default. */
const WARNING_POLICIES = { credit: 'credits', return: 'returns', escalation: 'escalations', handoff: 'handoff' } as const;
const DEFAULT_WARNING_FRACTION = 0.75;

/** The current policies' fractions; a step already warned carries `warned_at` whatever its version said. */
async function warningFractions(db: UseCaseContext['db']): Promise<{ processes: string[]; fractions: number[] }> {
  const entries = Object.entries(WARNING_POLICIES);
  const policies = await currentPolicies(db, Object.values(WARNING_POLICIES));
  return { processes: entries.map(([process]) => process), fractions: entries.map(([, policy]) => policies[policy].document.warningFraction) };
}

// An open step record (joined with `warning`) at risk or breached now: one definition for the
// report's counts and the list of that work.
function atRisk(now: Date): Prisma.Sql {
  return Prisma.sql`breached_at IS NULL AND due_at > ${now}::timestamptz
    AND (warned_at IS NOT NULL
         OR ${now}::timestamptz >= started_at + coalesce(warning.fraction, ${DEFAULT_WARNING_FRACTION}::float8) * (due_at - started_at))`;
}

function breached(now: Date): Prisma.Sql {
  return Prisma.sql`(breached_at IS NOT NULL OR due_at <= ${now}::timestamptz)`;
}

interface SlaRow {
  process: string;
  step: string;
  count: bigint;
  completed: bigint;
  buckets: number[] | null;
  records: bigint[] | null;
  breached: bigint;
  at_risk_now: bigint;
  breached_now: bigint;
}

function breachRate(breached: number, count: number): number {
  return count === 0 ? 0 : Math.round((breached / count) * 10_000) / 10_000;
}

/**
 * Per process and step: timings and breaches of the records started in the window, and the work
 * open now whatever its start. The window's whole days come from the pre-aggregates kept by the
 * step_records trigger (a few blocks of days, src/domain/day-blocks.ts); its partial days at the
 * ends from the step records themselves, each step kind's by an index-only range scan (the kinds
 * walked on the index: a loose index scan). Counts are exact; percentiles come from the merged
 * duration histogram, within DURATION_RELATIVE_ERROR of percentile_cont over the records.
 */
export async function readSlaReport(context: Pick<UseCaseContext, 'db'>, query: z.infer<typeof SlaReportQuery>): Promise<SlaReport> {
  const now = new Date();
  const { from, to } = reportWindow(query, now);
  const { blocks, spans } = splitWindow(from, to);
  const { processes, fractions } = await warningFractions(context.db);
  const inScope = Prisma.join(
    [
      query.process === undefined ? Prisma.sql`TRUE` : Prisma.sql`process = ${query.process}`,
      query.step === undefined ? Prisma.sql`TRUE` : Prisma.sql`step = ${query.step}`,
    ],
    ' AND ',
  );
  const rows = await context.db.$queryRaw<SlaRow[]>`
    WITH RECURSIVE step_kind AS (
      (SELECT process, step FROM step_records ORDER BY process, step LIMIT 1)
      UNION ALL
      SELECT next.process, next.step
      FROM step_kind CROSS JOIN LATERAL (
        SELECT process, step FROM step_records
        WHERE (process, step) > (step_kind.process, step_kind.step)
        ORDER BY process, step LIMIT 1
      ) AS next
    ),
    kind_in_scope AS (SELECT * FROM step_kind WHERE ${inScope}),
    day_block (level, block) AS (
      SELECT * FROM unnest(${blocks.map((part) => part.level)}::smallint[], ${blocks.map((part) => part.block)}::int[])
    ),
    span (starts, ends) AS (
      SELECT * FROM unnest(${spans.map((part) => part.from)}::timestamptz[], ${spans.map((part) => part.to)}::timestamptz[])
    ),
    counted AS (
      SELECT process, step, started::bigint AS count, completed::bigint, breached::bigint
      FROM step_record_blocks JOIN day_block USING (level, block)
      WHERE ${inScope}
      UNION ALL
      SELECT kind_in_scope.process, kind_in_scope.step, partial.*
      FROM kind_in_scope CROSS JOIN span CROSS JOIN LATERAL (
        SELECT count(*) AS count,
               count(*) FILTER (WHERE completed_at IS NOT NULL) AS completed,
               count(*) FILTER (WHERE breached_at IS NOT NULL) AS breached
        FROM step_records
        WHERE process = kind_in_scope.process AND step = kind_in_scope.step
          AND started_at >= span.starts AND started_at < span.ends
      ) AS partial
    ),
    timed AS (
      SELECT process, step, bucket, records::bigint
      FROM step_duration_blocks JOIN day_block USING (level, block)
      WHERE ${inScope}
      UNION ALL
      SELECT kind_in_scope.process, kind_in_scope.step, partial.*
      FROM kind_in_scope CROSS JOIN span CROSS JOIN LATERAL (
        SELECT step_duration_bucket(duration_ms) AS bucket, count(*) AS records
        FROM step_records
        WHERE process = kind_in_scope.process AND step = kind_in_scope.step
          AND started_at >= span.starts AND started_at < span.ends
          AND completed_at IS NOT NULL AND duration_ms IS NOT NULL
        GROUP BY 1
      ) AS partial
    ),
    in_window AS (
      SELECT process, step, sum(count)::bigint AS count, sum(completed)::bigint AS completed, sum(breached)::bigint AS breached
      FROM counted GROUP BY process, step
    ),
    histogram AS (
      SELECT process, step, array_agg(bucket ORDER BY bucket) AS buckets, array_agg(records ORDER BY bucket) AS records
      FROM (SELECT process, step, bucket, sum(records)::bigint AS records FROM timed GROUP BY process, step, bucket) AS merged
      WHERE records > 0
      GROUP BY process, step
    ),
    warning (process, fraction) AS (
      SELECT * FROM unnest(${processes}::text[], ${fractions}::float8[])
    ),
    open_now AS (
      SELECT process, step,
             count(*) FILTER (WHERE ${atRisk(now)}) AS at_risk_now,
             count(*) FILTER (WHERE ${breached(now)}) AS breached_now
      FROM step_records LEFT JOIN warning USING (process)
      WHERE completed_at IS NULL AND ${inScope}
      GROUP BY process, step
    )
    SELECT process, step, coalesce(count, 0) AS count, coalesce(completed, 0) AS completed, buckets, records,
           coalesce(breached, 0) AS breached, coalesce(at_risk_now, 0) AS at_risk_now, coalesce(breached_now, 0) AS breached_now
    FROM kind_in_scope
      LEFT JOIN in_window USING (process, step)
      LEFT JOIN histogram USING (process, step)
      LEFT JOIN open_now USING (process, step)
    WHERE count > 0 OR open_now.process IS NOT NULL
    ORDER BY process, step`;
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    rows: rows.map((row) => {
      const histogram = { buckets: row.buckets ?? [], records: (row.records ?? []).map(Number) };
      const [p50Ms = null, p90Ms = null, p95Ms = null] = (histogramPercentiles(histogram, [0.5, 0.9, 0.95]) ?? []).map(Math.round);
      return {
        process: row.process,
        step: row.step,
        count: Number(row.count),
        completed: Number(row.completed),
        p50Ms,
        p90Ms,
        p95Ms,
        breached: Number(row.breached),
        breachRate: breachRate(Number(row.breached), Number(row.count)),
        atRiskNow: Number(row.at_risk_now),
        breachedNow: Number(row.breached_now),
      };
    }),
  };
}

interface IssueRow {
  category: string;
  escalations: bigint;
  customers: bigint;
}

/** Recurring issues: escalations raised in the window by category, most frequent first. */
export async function readIssuesReport(context: Pick<UseCaseContext, 'db'>, query: z.infer<typeof IssuesReportQuery>): Promise<IssuesReport> {
  const { from, to } = reportWindow(query, new Date());
  const rows = await context.db.$queryRaw<IssueRow[]>`
    SELECT category, count(*) AS escalations, count(DISTINCT customer_id) AS customers
    FROM escalations
    WHERE raised_at >= ${from}::timestamptz AND raised_at < ${to}::timestamptz
    GROUP BY category
    ORDER BY escalations DESC, category`;
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    categories: rows.map((row) => ({ category: row.category, escalations: Number(row.escalations), customers: Number(row.customers) })),
  };
}

interface OpenWorkRow {
  process: string;
  step: string;
  workflow_id: string;
  case_id: string | null;
  owner_role: string;
  assignee_id: string | null;
  assignee_name: string | null;
  started_at: Date;
  due_at: Date;
  breached: boolean;
}

/** The open steps at risk or breached now (whenever started), the earliest due first: what ops chase. */
export async function readOpenWork(context: Pick<UseCaseContext, 'db'>, query: z.infer<typeof OpenWorkQuery>): Promise<OpenWork> {
  const now = new Date();
  const { processes, fractions } = await warningFractions(context.db);
  const wanted = {
    at_risk: atRisk(now),
    breached: breached(now),
    both: Prisma.sql`(${atRisk(now)}) OR ${breached(now)}`,
  }[query.state ?? 'both'];
  const rows = await context.db.$queryRaw<OpenWorkRow[]>`
    WITH warning (process, fraction) AS (
      SELECT * FROM unnest(${processes}::text[], ${fractions}::float8[])
    )
    SELECT step_records.process, step, workflow_id, case_id::text, owner_role, assignee_id::text,
           users.name AS assignee_name, started_at, due_at, ${breached(now)} AS breached
    FROM step_records LEFT JOIN warning USING (process) LEFT JOIN users ON users.id = step_records.assignee_id
    WHERE completed_at IS NULL AND due_at IS NOT NULL
      AND ${query.process === undefined ? Prisma.sql`TRUE` : Prisma.sql`step_records.process = ${query.process}`}
      AND (${wanted})
    ORDER BY due_at, step_records.id
    LIMIT ${query.limit}`;
  return {
    items: rows.map((row) => ({
      process: row.process,
      step: row.step,
      workflowId: row.workflow_id,
      caseId: row.case_id,
      ownerRole: row.owner_role,
      assignee: row.assignee_id === null ? null : { id: row.assignee_id, name: row.assignee_name ?? '' },
      startedAt: row.started_at.toISOString(),
      dueAt: row.due_at.toISOString(),
      state: row.breached ? 'breached' : 'at_risk',
    })),
  };
}
