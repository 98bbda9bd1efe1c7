import type { ResolutionReport, ResolutionReportQuery } from '../schemas/reports';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';
import { reportWindow } from './report-window';

// "Passed around": first-contact resolution, transfers, callbacks kept and repeat contacts. The case
// figures come from case_resolutions, one narrow row a case kept by triggers in the transaction of
// every write to a case, its timeline or its work step (prisma/migrations/*_case_resolutions): a
// window's cases are an index-only range scan. Counts are exact; a case's transfers, escalation and
// close are those recorded so far, as before. And what customers did themselves: cases with the
// channel `self_service`, and the returns requested in the window.

const LISTED = 100;
const REPEAT_WITHIN = '30 days';

interface TransferTally {
  transfers: number;
  cases: bigint;
  resolved: bigint;
}

interface PassedAroundRow {
  id: string;
  customer_id: string;
  subject: string;
  transfers: number;
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
  const [tallies, passedAround, callbacks, repeats, [selfService]] = await Promise.all([
    db.$queryRaw<TransferTally[]>`
      SELECT transfers, count(*) AS cases, count(*) FILTER (WHERE resolved) AS resolved
      FROM case_resolutions
      WHERE opened_at >= ${from}::timestamptz AND opened_at < ${to}::timestamptz
      GROUP BY transfers
      ORDER BY transfers`,
    db.$queryRaw<PassedAroundRow[]>`
      SELECT c.id, c.customer_id, c.subject, passed.transfers
      FROM (SELECT case_id, transfers FROM case_resolutions
            WHERE transfers >= 3 AND opened_at >= ${from}::timestamptz AND opened_at < ${to}::timestamptz
            ORDER BY transfers DESC, case_id LIMIT ${LISTED}) AS passed
      JOIN cases c ON c.id = passed.case_id
      ORDER BY passed.transfers DESC, c.id`,
    db.$queryRaw<CallbackRow[]>`
      SELECT b.owner_id::text AS owner_id, u.name,
             count(*) FILTER (WHERE b.status = 'kept' AND b.ended_at <= b.due_at) AS kept_on_time,
             count(*) FILTER (WHERE b.status = 'kept' AND b.ended_at > b.due_at) AS late,
             count(*) FILTER (WHERE b.status <> 'kept' AND coalesce(b.ended_at, ${now}::timestamptz) > b.due_at) AS missed
      FROM callbacks b JOIN users u ON u.id = b.owner_id
      WHERE b.due_at >= ${from}::timestamptz AND b.due_at < ${to}::timestamptz
      GROUP BY b.owner_id, u.name
      ORDER BY u.name, b.owner_id`,
    // The customers and categories with a case in the window that repeats one of the 30 days before
    // it, and all their cases from 30 days before the window to its end.
    db.$queryRaw<RepeatRow[]>`
      WITH repeated AS (
        SELECT DISTINCT customer_id, category FROM case_resolutions
        WHERE repeated AND opened_at >= ${from}::timestamptz AND opened_at < ${to}::timestamptz
      )
      SELECT customer_id, category, tally.cases
      FROM repeated CROSS JOIN LATERAL (
        SELECT count(*) AS cases FROM cases c
        WHERE c.customer_id = repeated.customer_id AND c.category = repeated.category
          AND c.opened_at >= ${from}::timestamptz - ${REPEAT_WITHIN}::interval AND c.opened_at < ${to}::timestamptz
      ) AS tally
      ORDER BY cases DESC, customer_id, category`,
    db.$queryRaw<[SelfServiceRow]>`
      SELECT (SELECT count(*) FROM cases
               WHERE channel = 'self_service' AND opened_at >= ${from}::timestamptz AND opened_at < ${to}::timestamptz) AS cases,
             count(*) AS returns,
             count(*) FILTER (WHERE c.channel = 'self_service') AS self_service_returns
      FROM returns r JOIN cases c ON c.id = r.case_id
      WHERE r.requested_at >= ${from}::timestamptz AND r.requested_at < ${to}::timestamptz`,
  ]);
  const cases = tallies.reduce((sum, row) => sum + Number(row.cases), 0);
  const resolved = tallies.reduce((sum, row) => sum + Number(row.resolved), 0);
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
      distribution: tallies.map((row) => ({ transfers: row.transfers, cases: Number(row.cases) })),
      passedAround: passedAround.map((row) => ({
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
