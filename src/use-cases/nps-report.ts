import { netPromoterScore, type NpsCategory } from '../domain/nps';
import type { NpsReport, NpsReportQuery } from '../schemas/handoffs';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';
import { reportWindow } from './report-window';
import { SELF_SERVICE_ACTOR } from './self-service-actor';

interface SurveyRow {
  sent: bigint;
  answered: bigint;
  by_link: bigint;
}

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/**
 * The surveys sent in the window (their `handoff.survey_sent` events), whenever answered: by the
 * customer through the survey's link (the answer's actor is the self-service account) or taken down
 * by staff.
 */
async function surveysSent(context: Pick<UseCaseContext, 'db'>, from: Date, to: Date, tier: string | null): Promise<NpsReport['surveys']> {
  const [row] = await context.db.$queryRaw<[SurveyRow]>`
    SELECT count(*) AS sent,
           count(r.handoff_id) AS answered,
           count(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM timeline_events a
             WHERE a.case_id = h.case_id AND a.type = 'handoff.survey_answered' AND a.actor_id = ${SELF_SERVICE_ACTOR.id}::uuid
               AND a.data->>'handoffId' = h.id::text)) AS by_link
    FROM timeline_events s
    JOIN handoffs h ON h.id::text = s.data->>'handoffId'
    LEFT JOIN nps_responses r ON r.handoff_id = h.id
    WHERE s.type = 'handoff.survey_sent' AND s.occurred_at >= ${from}::timestamptz AND s.occurred_at < ${to}::timestamptz
      AND (${tier}::text IS NULL OR h.tier = ${tier}::text)`;
  const sent = Number(row.sent);
  const answered = Number(row.answered);
  const answeredByLink = Number(row.by_link);
  return { sent, answered, answeredByLink, responseRate: rate(answered, sent), byLinkShare: rate(answeredByLink, answered) };
}

/** Survey answers given in the window (answered_at), by category, the net promoter score, and the response rate of the surveys sent in it. */
export async function readNpsReport(context: Pick<UseCaseContext, 'db'>, query: z.infer<typeof NpsReportQuery>): Promise<NpsReport> {
  const { from, to } = reportWindow(query, new Date());
  const [rows, surveys] = await Promise.all([
    context.db.npsResponse.groupBy({
      by: ['category'],
      where: { answeredAt: { gte: from, lt: to }, ...(query.tier ? { tier: query.tier } : {}) },
      _count: { _all: true },
    }),
    surveysSent(context, from, to, query.tier ?? null),
  ]);
  const answers = (category: NpsCategory) => rows.find((row) => row.category === category)?._count._all ?? 0;
  const counts = { promoters: answers('promoter'), passives: answers('passive'), detractors: answers('detractor') };
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    tier: query.tier ?? null,
    responses: counts.promoters + counts.passives + counts.detractors,
    ...counts,
    nps: netPromoterScore(counts),
    surveys,
  };
}
