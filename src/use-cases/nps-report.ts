import { netPromoterScore, type NpsCategory } from '../domain/nps';
import type { NpsReport, NpsReportQuery } from '../schemas/handoffs';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';
import { reportWindow } from './report-window';

/** Survey answers given in the window (answered_at), by category, and the net promoter score. */
export async function readNpsReport(context: Pick<UseCaseContext, 'db'>, query: z.infer<typeof NpsReportQuery>): Promise<NpsReport> {
  const { from, to } = reportWindow(query, new Date());
  const rows = await context.db.npsResponse.groupBy({
    by: ['category'],
    where: { answeredAt: { gte: from, lt: to }, ...(query.tier ? { tier: query.tier } : {}) },
    _count: { _all: true },
  });
  const answers = (category: NpsCategory) => rows.find((row) => row.category === category)?._count._all ?? 0;
  const counts = { promoters: answers('promoter'), passives: answers('passive'), detractors: answers('detractor') };
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    tier: query.tier ?? null,
    responses: counts.promoters + counts.passives + counts.detractors,
    ...counts,
    nps: netPromoterScore(counts),
  };
}
