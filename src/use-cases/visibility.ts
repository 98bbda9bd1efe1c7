import { Prisma, type Database } from '../db/client';
import { NOTHING, readTogether } from '../db/read-together';
import type { AuthenticatedUser } from '../db/users';
import { readScope, type Resource, type RouteAccess } from '../domain/access';
import { AppError } from '../domain/errors';
import { tiersWorkedBy } from '../domain/escalations';
import type { UseCaseContext } from './context';
import { decidableCreditIds } from './credit-deciders';

// The object rules of the access table (src/domain/access.ts) as database filters: what each
// caller may read. Lists are filtered by them; a single object outside them is a 404, as if it
// did not exist.

/** The cases a user works: opened or owns, acted on (an event of theirs on the timeline), owns the handoff of, or is assigned an escalation on. */
export async function workedCaseIds(db: Database, userId: string): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT id::text AS id FROM cases WHERE opened_by_id = ${userId}::uuid OR owner_id = ${userId}::uuid
    UNION SELECT case_id::text FROM timeline_events WHERE actor_id = ${userId}::uuid
    UNION SELECT case_id::text FROM handoffs WHERE owner_id = ${userId}::uuid
    UNION SELECT case_id::text FROM escalations WHERE assignee_id = ${userId}::uuid`;
  return rows.map((row) => row.id);
}

/** Whether a user works one case: the rule of `workedCaseIds` for that case alone, as a condition of one query. */
function worksOnCase(userId: string, caseId: string): Prisma.Sql {
  return Prisma.sql`(EXISTS (SELECT 1 FROM cases WHERE id = ${caseId}::uuid AND (opened_by_id = ${userId}::uuid OR owner_id = ${userId}::uuid))
    OR EXISTS (SELECT 1 FROM timeline_events WHERE case_id = ${caseId}::uuid AND actor_id = ${userId}::uuid)
    OR EXISTS (SELECT 1 FROM handoffs WHERE case_id = ${caseId}::uuid AND owner_id = ${userId}::uuid)
    OR EXISTS (SELECT 1 FROM escalations WHERE case_id = ${caseId}::uuid AND assignee_id = ${userId}::uuid))`;
}

/** What the processes started on a case need of it. */
export interface ReadableCase {
  id: string;
  customerId: string;
  status: string;
}

/**
 * The case as one value (`ReadableCase`), if it exists and the caller may read it (`visibleCases`
 * for a single case); null either way otherwise, so neither is told apart. A subquery, so that a
 * start reads it beside its other checks (src/db/read-together.ts).
 */
export function readableCaseSql(user: AuthenticatedUser, caseId: string): Prisma.Sql {
  const scope = readScope('case', user.role);
  if (!scope) return NOTHING;
  const readable = scope === 'all' ? Prisma.sql`TRUE` : worksOnCase(user.id, caseId);
  return Prisma.sql`(SELECT json_build_object('id', id::text, 'customerId', customer_id, 'status', status) FROM cases WHERE id = ${caseId}::uuid AND ${readable})`;
}

/** `readableCaseSql` on its own: every case route's access check runs it. */
export async function readableCase(context: UseCaseContext, user: AuthenticatedUser, caseId: string): Promise<ReadableCase | null> {
  return (await readTogether<{ found: ReadableCase | null }>(context.db, { found: readableCaseSql(user, caseId) })).found;
}

async function scoped<Where>(resource: Resource, user: AuthenticatedUser, involved: () => Promise<Where>): Promise<Where> {
  const scope = readScope(resource, user.role);
  if (scope === 'involved') return involved();
  // Every model's filter has an `id`: no condition for all of them, an empty set for none.
  return (scope === 'all' ? {} : { id: { in: [] } }) as Where;
}

export async function visibleCases(context: UseCaseContext, user: AuthenticatedUser): Promise<Prisma.CaseWhereInput> {
  return scoped('case', user, async () => ({ id: { in: await workedCaseIds(context.db, user.id) } }));
}

export async function visibleCredits(context: UseCaseContext, user: AuthenticatedUser): Promise<Prisma.CreditWhereInput> {
  return scoped('credit', user, async () => ({
    OR: [{ caseId: { in: await workedCaseIds(context.db, user.id) } }, { id: { in: await decidableCreditIds(context, user) } }],
  }));
}

export async function visibleReturns(context: UseCaseContext, user: AuthenticatedUser): Promise<Prisma.ReturnWhereInput> {
  return scoped('return', user, async () => ({ caseId: { in: await workedCaseIds(context.db, user.id) } }));
}

export async function visibleEscalations(context: UseCaseContext, user: AuthenticatedUser): Promise<Prisma.EscalationWhereInput> {
  return scoped('escalation', user, async () => ({
    OR: [{ caseId: { in: await workedCaseIds(context.db, user.id) } }, { status: 'open', tier: { in: tiersWorkedBy(user.role) } }],
  }));
}

export async function visibleHandoffs(context: UseCaseContext, user: AuthenticatedUser): Promise<Prisma.HandoffWhereInput> {
  return scoped('handoff', user, async () => ({ caseId: { in: await workedCaseIds(context.db, user.id) } }));
}

export async function visibleOrders(_context: UseCaseContext, user: AuthenticatedUser): Promise<Prisma.OrderWhereInput> {
  return scoped('order', user, async () => ({ createdById: user.id }));
}

const COUNT_VISIBLE: { [R in Resource]: (context: UseCaseContext, user: AuthenticatedUser, id: string) => Promise<number> } = {
  case: async (context, user, id) => ((await readableCase(context, user, id)) ? 1 : 0),
  credit: async (context, user, id) => context.db.credit.count({ where: { AND: [{ id }, await visibleCredits(context, user)] } }),
  return: async (context, user, id) => context.db.return.count({ where: { AND: [{ id }, await visibleReturns(context, user)] } }),
  escalation: async (context, user, id) =>
    context.db.escalation.count({ where: { AND: [{ id }, await visibleEscalations(context, user)] } }),
  handoff: async (context, user, id) => context.db.handoff.count({ where: { AND: [{ id }, await visibleHandoffs(context, user)] } }),
  order: async (context, user, id) => context.db.order.count({ where: { AND: [{ id }, await visibleOrders(context, user)] } }),
};

/** A 404 for an object the caller may not read, a 403 for one they read but may not act on. */
export async function requireObjectAccess(context: UseCaseContext, user: AuthenticatedUser, access: RouteAccess, id: string): Promise<void> {
  if (!access.object) return;
  if ((await COUNT_VISIBLE[access.object](context, user, id)) === 0) throw new AppError('not_found', `no ${access.object} ${id}`);
  if (access.actor === 'handoff_owner_or_supervisor' && user.role !== 'supervisor') {
    const handoff = await context.db.handoff.findUnique({ where: { id }, select: { ownerId: true } });
    if (handoff?.ownerId !== user.id) throw new AppError('forbidden', "only the handoff's service owner or a supervisor may do this");
  }
}
