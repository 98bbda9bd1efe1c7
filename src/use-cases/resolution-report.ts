import { currentPolicy } from '../db/policies';
import { isoDurationToMs } from '../domain/duration';
import type { ResolutionReport, ResolutionReportQuery } from '../schemas/reports';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';
import { reportWindow } from './report-window';

// "Passed around": first-contact resolution, transfers, callbacks kept and repeat contacts, in SQL
// over the cases opened in a window, their work step records (which start as the case opens and
// fall due at the end of its first-contact window) and the timeline events since the window began
// (transfers, escalations, closes), each read by an index range scan and joined by hash; and what
// customers did themselves (cases with the channel `self_service`, returns requested in the window).

const LISTED = 100;
const REPEAT_WITHIN = '30 days';

interface CaseFigures {
  cases: bigint;
  resolved: bigint;
  distribution: Array<{ transfers: number; cases: number }>;
  passed_around: Array<{ id: string; customer_id: string; subject: string; transfers: number }>;
}

interface CallbackRow {
  owner_id: string;
  name: string;
  kept_on_time: bigint;
  late: bigint;
  missed: bigint;
}

interface SelfServiceRow {
  cases: bigint;
  returns: bigint;
  self_service_returns: bigint;
}

interface RepeatRow {
  customer_id: string;
  category: string;
  cases: bigint;
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

export async function readResolutionReport(context: Pick<UseCaseContext, 'db'>, query: z.infer<typeof ResolutionReportQuery>): Promise<ResolutionReport> {
  const { db } = context;
  const now = new Date();
  const { from, to } = reportWindow(query, now);
  // Cases opened before the window was recorded on their work step: the current policy's, on a 24-hour clock.
  const fallbackWindowMs = isoDurationToMs((await currentPolicy(db, 'cases')).document.firstContactResolutionWindow);
  const [[figures], callbacks, repeats, [selfService]] = await Promise.all([
    db.$queryRaw<[CaseFigures]>`
      WITH work AS (
        SELECT workflow_id, due_at, completed_at FROM step_records
        WHERE process = 'case' AND step = 'work' AND started_at >= ${from}::timestamptz AND started_at < ${to}::timestamptz
      ),
      moves AS (
        SELECT case_id,
               count(*) FILTER (WHERE type = 'case.transferred') AS transfers,
               bool_or(type = 'escalation.raised') AS escalated,
               (array_agg(actor_id) FILTER (WHERE type = 'case.closed'))[1] AS closed_by
        FROM timeline_events
        WHERE type IN ('case.transferred', 'escalation.raised', 'case.closed') AND occurred_at >= ${from}::timestamptz
        GROUP BY case_id
      ),
      per_case AS (
        SELECT c.id, c.customer_id, c.subject, w.completed_at,
               coalesce(w.due_at, c.opened_at + ${fallbackWindowMs}::float8 * interval '1 millisecond') AS resolve_by,
               coalesce(m.transfers, 0) AS transfers, coalesce(m.escalated, false) AS escalated,
               coalesce(m.closed_by = c.opened_by_id, false) AS closed_by_opener
        FROM cases c
        LEFT JOIN work w ON w.workflow_id = c.workflow_id
        LEFT JOIN moves m ON m.case_id = c.id
        WHERE c.opened_at >= ${from}::timestamptz AND c.opened_at < ${to}::timestamptz
      )
      SELECT
        (SELECT count(*) FROM per_case) AS cases,
        (SELECT count(*) FROM per_case
          WHERE closed_by_opener AND transfers = 0 AND NOT escalated AND completed_at <= resolve_by) AS resolved,
        (SELECT coalesce(json_agg(json_build_object('transfers', transfers, 'cases', n) ORDER BY transfers), '[]'::json)
          FROM (SELECT transfers, count(*) AS n FROM per_case GROUP BY transfers) AS tally) AS distribution,
        (SELECT coalesce(json_agg(row_to_json(passed) ORDER BY passed.transfers DESC, passed.id), '[]'::json)
          FROM (SELECT id, customer_id, subject, transfers FROM per_case WHERE transfers >= 3
                ORDER BY transfers DESC, id LIMIT ${LISTED}) AS passed) AS passed_around`,
    db.$queryRaw<CallbackRow[]>`
      SELECT b.owner_id::text AS owner_id, u.name,
             count(*) FILTER (WHERE b.status = 'kept' AND b.ended_at <= b.due_at) AS kept_on_time,
             count(*) FILTER (WHERE b.status = 'kept' AND b.ended_at > b.due_at) AS late,
             count(*) FILTER (WHERE b.status <> 'kept' AND coalesce(b.ended_at, ${now}::timestamptz) > b.due_at) AS missed
      FROM callbacks b JOIN users u ON u.id = b.owner_id
      WHERE b.due_at >= ${from}::timestamptz AND b.due_at < ${to}::timestamptz
      GROUP BY b.owner_id, u.name
      ORDER BY u.name, b.owner_id`,
    db.$queryRaw<RepeatRow[]>`
      SELECT customer_id, category, count(*) AS cases
      FROM (
        SELECT customer_id, category, opened_at,
               coalesce(opened_at - lag(opened_at) OVER same_issue <= ${REPEAT_WITHIN}::interval, false) AS repeated
        FROM cases
        WHERE category IS NOT NULL
          AND opened_at >= ${from}::timestamptz - ${REPEAT_WITHIN}::interval AND opened_at < ${to}::timestamptz
        WINDOW same_issue AS (PARTITION BY customer_id, category ORDER BY opened_at)
      ) AS contacts
      GROUP BY customer_id, category
      HAVING bool_or(repeated AND opened_at >= ${from}::timestamptz)
      ORDER BY cases DESC, customer_id, category`,
    db.$queryRaw<[SelfServiceRow]>`
      SELECT (SELECT count(*) FROM cases
               WHERE channel = 'self_service' AND opened_at >= ${from}::timestamptz AND opened_at < ${to}::timestamptz) AS cases,
             count(*) AS returns,
             count(*) FILTER (WHERE c.channel = 'self_service') AS self_service_returns
      FROM returns r JOIN cases c ON c.id = r.case_id
      WHERE r.requested_at >= ${from}::timestamptz AND r.requested_at < ${to}::timestamptz`,
  ]);
  const cases = Number(figures.cases);
  const resolved = Number(figures.resolved);
  const tally = (row: Pick<CallbackRow, 'kept_on_time' | 'late' | 'missed'>) => ({
    keptOnTime: Number(row.kept_on_time),
    late: Number(row.late),
    missed: Number(row.missed),
  });
  const byOwner = callbacks.map((row) => ({ owner: { id: row.owner_id, name: row.name }, ...tally(row) }));
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    cases,
    firstContactResolution: { resolved, share: share(resolved, cases) },
    transfers: {
      distribution: figures.distribution,
      passedAround: figures.passed_around.map((row) => ({
        caseId: row.id,
        customerId: row.customer_id,
        subject: row.subject,
        transfers: row.transfers,
        href: `/v1/cases/${row.id}`,
      })),
    },
    callbacks: {
      total: byOwner.reduce((sum, row) => ({ keptOnTime: sum.keptOnTime + row.keptOnTime, late: sum.late + row.late, missed: sum.missed + row.missed }), {
        keptOnTime: 0,
        late: 0,
        missed: 0,
      }),
      byOwner,
    },
    selfService: {
      cases: Number(selfService.cases),
      returns: { requested: Number(selfService.returns), selfService: Number(selfService.self_service_returns), share: share(Number(selfService.self_service_returns), Number(selfService.returns)) },
    },
    repeatContacts: {
      customers: new Set(repeats.map((row) => row.customer_id)).size,
      items: repeats.slice(0, LISTED).map((row) => ({
        customerId: row.customer_id,
        category: row.category,
        cases: Number(row.cases),
        href: `/v1/customers/${encodeURIComponent(row.customer_id)}`,
      })),
    },
  };
}
