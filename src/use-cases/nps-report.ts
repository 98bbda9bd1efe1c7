import { netPromoterScore, type NpsCategory } from '../domain/nps';
import type { NpsReport, NpsReportQuery } from '../schemas/handoffs';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';

const DEFAULT_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** Survey answers given in the window (answered_at), by category, and the net promoter score. */
export async function readNpsReport(context: Pick<UseCaseContext, 'db'>, query: z.infer<typeof NpsReportQuery>): Promise<NpsReport> {
  const to = query.to === undefined ? new Date() : new Date(query.to);
  const from = query.from === undefined ? new Date(to.getTime() - DEFAULT_WINDOW_MS) : new Date(query.from);
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
