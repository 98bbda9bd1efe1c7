import { readScope, type Resource } from '../domain/access';
import { CREDIT_PROCESS, ESCALATION_PROCESS, HANDOFF_PROCESS, nextActions, RETURN_PROCESS, type ProcessDefinition } from '../domain/catalog';
import { creditActionsFor } from '../domain/credit-actions';
import type { Role } from '../domain/roles';
import type { LinkedProcess } from '../schemas/cases';
import type { UseCaseContext } from './context';
import { Prisma } from '../db/client';

interface ProcessRow {
  id: string;
  workflowId: string;
  status: string;
  /** A credit's requester, who may recall it and never decide it. */
  requestedById?: string;
}

// The kinds of process a case lists, in the order it lists them, and where each one's rows are;
// all of them are read in one query.
const LINKED_KINDS = ['handoff', 'credit', 'return', 'escalation'] as const;
type LinkedKind = (typeof LINKED_KINDS)[number];

const LINKED: Record<LinkedKind, { definition: ProcessDefinition; table: string; at: string; requester: string }> = {
  handoff: { definition: HANDOFF_PROCESS, table: 'handoffs', at: 'handed_over_at', requester: 'NULL' },
  credit: { definition: CREDIT_PROCESS, table: 'credits', at: 'requested_at', requester: 'requested_by_id' },
  return: { definition: RETURN_PROCESS, table: 'returns', at: 'requested_at', requester: 'NULL' },
  escalation: { definition: ESCALATION_PROCESS, table: 'escalations', at: 'raised_at', requester: 'NULL' },
};

interface LinkedRow {
  kind: LinkedKind;
  id: string;
  workflowId: string;
  status: string;
  requestedById: string | null;
}

function linkedSelect(kind: LinkedKind, caseId: string): Prisma.Sql {
  const { table, at, requester } = LINKED[kind];
  return Prisma.sql`SELECT ${kind}::text AS kind, ${LINKED_KINDS.indexOf(kind)}::int AS ord, id::text AS id, workflow_id AS "workflowId", status,
    ${Prisma.raw(requester)}::text AS "requestedById", ${Prisma.raw(at)} AS at FROM ${Prisma.raw(table)} WHERE case_id = ${caseId}::uuid`;
}

/** Every process started on the case of a kind the caller reads, with the step it waits on, whose it is, when it is due and what the caller may do. */
export async function linkedProcesses(context: UseCaseContext, caseId: string, caller: { id: string; role: Role }): Promise<LinkedProcess[]> {
  const { role } = caller;
  const kinds = LINKED_KINDS.filter((kind: Resource) => readScope(kind, role) !== undefined);
  if (kinds.length === 0) return [];
  const rows = await context.db.$queryRaw<LinkedRow[]>`
    SELECT kind, id, "workflowId", status, "requestedById" FROM (${Prisma.join(
      kinds.map((kind) => linkedSelect(kind, caseId)),
      ' UNION ALL ',
    )}) AS linked
    ORDER BY ord, at, id`;
  const linked = rows.map((row): [ProcessDefinition, ProcessRow] => [
    LINKED[row.kind].definition,
    { id: row.id, workflowId: row.workflowId, status: row.status, ...(row.requestedById === null ? {} : { requestedById: row.requestedById }) },
  ]);
  if (linked.length === 0) return [];
  const steps = await context.db.stepRecord.findMany({
    where: { workflowId: { in: linked.map(([, row]) => row.workflowId) } },
    orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
  });
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return linked.map(([process, row]) => {
    const own = steps.filter((step) => step.workflowId === row.workflowId);
    const current = own.filter((step) => step.completedAt === null).at(-1);
    return {
      process: process.name,
      id: row.id,
      status: row.status,
      workflowId: row.workflowId,
      currentStep: current ? { name: current.step, ownerRole: current.ownerRole, dueAt: iso(current.dueAt) } : null,
      nextActions:
        process === CREDIT_PROCESS && row.requestedById !== undefined
          ? creditActionsFor(caller, { id: row.id, status: row.status, requestedById: row.requestedById })
          : nextActions(process, row.status, role, row.id),
      steps: own.map((step) => ({
        name: step.step,
        ownerRole: step.ownerRole,
        startedAt: step.startedAt.toISOString(),
        dueAt: iso(step.dueAt),
        completedAt: iso(step.completedAt),
        durationMs: step.durationMs === null ? null : Number(step.durationMs),
        warnedAt: iso(step.warnedAt),
        breachedAt: iso(step.breachedAt),
      })),
    };
  });
}
