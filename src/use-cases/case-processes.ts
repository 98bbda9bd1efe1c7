import { Prisma } from '../db/client';
import { isoTimestamp } from '../db/iso-timestamp';
import { readScope, type Resource } from '../domain/access';
import { CREDIT_PROCESS, ESCALATION_PROCESS, HANDOFF_PROCESS, nextActions, RETURN_PROCESS, type ProcessDefinition } from '../domain/catalog';
import { creditActionsFor } from '../domain/credit-actions';
import type { Role } from '../domain/roles';
import type { LinkedProcess } from '../schemas/cases';

// The kinds of process a case lists, in the order it lists them, and where each one's rows are;
// all of them are read in the case's one query (case-view.ts).
const LINKED_KINDS = ['handoff', 'credit', 'return', 'escalation'] as const;
type LinkedKind = (typeof LINKED_KINDS)[number];

const LINKED: Record<LinkedKind, { definition: ProcessDefinition; table: string; at: string; requester: string }> = {
  handoff: { definition: HANDOFF_PROCESS, table: 'handoffs', at: 'handed_over_at', requester: 'NULL' },
  credit: { definition: CREDIT_PROCESS, table: 'credits', at: 'requested_at', requester: 'requested_by_id' },
  return: { definition: RETURN_PROCESS, table: 'returns', at: 'requested_at', requester: 'NULL' },
  escalation: { definition: ESCALATION_PROCESS, table: 'escalations', at: 'raised_at', requester: 'NULL' },
};

/** A process started on the case as the case's view reads it (case-view.ts), with its step records, oldest first. */
export interface LinkedProcessRow {
  kind: LinkedKind;
  id: string;
  workflowId: string;
  status: string;
  /** A credit's requester, who may recall it and never decide it. */
  requestedById: string | null;
  steps: LinkedProcess['steps'];
}

function linkedSelect(kind: LinkedKind, caseId: string): Prisma.Sql {
  const { table, at, requester } = LINKED[kind];
  return Prisma.sql`SELECT ${kind}::text AS kind, ${LINKED_KINDS.indexOf(kind)}::int AS ord, id::text AS id, workflow_id AS "workflowId", status,
    ${Prisma.raw(requester)}::text AS "requestedById", ${Prisma.raw(at)} AS at FROM ${Prisma.raw(table)} WHERE case_id = ${caseId}::uuid`;
}

/**
 * Every process started on the case of a kind the caller reads, each with its step records: a json
 * array of `LinkedProcessRow`, the step records of all of them read in one pass.
 */
export function linkedProcessesJson(caseId: string, role: Role): Prisma.Sql {
  const kinds = LINKED_KINDS.filter((kind: Resource) => readScope(kind, role) !== undefined);
  if (kinds.length === 0) return Prisma.sql`'[]'::json`;
  return Prisma.sql`(
    WITH linked AS (${Prisma.join(
      kinds.map((kind) => linkedSelect(kind, caseId)),
      ' UNION ALL ',
    )}),
    steps AS (
      SELECT workflow_id, json_agg(json_build_object(
        'name', step,
        'ownerRole', owner_role,
        'startedAt', ${isoTimestamp('started_at')},
        'dueAt', ${isoTimestamp('due_at')},
        'completedAt', ${isoTimestamp('completed_at')},
        'durationMs', duration_ms,
        'warnedAt', ${isoTimestamp('warned_at')},
        'breachedAt', ${isoTimestamp('breached_at')}
      ) ORDER BY started_at, id) AS steps
      FROM step_records WHERE workflow_id IN (SELECT "workflowId" FROM linked)
      GROUP BY workflow_id)
    SELECT COALESCE(json_agg(json_build_object(
      'kind', linked.kind,
      'id', linked.id,
      'workflowId', linked."workflowId",
      'status', linked.status,
      'requestedById', linked."requestedById",
      'steps', COALESCE(steps.steps, '[]'::json)
    ) ORDER BY linked.ord, linked.at, linked.id), '[]'::json)
    FROM linked LEFT JOIN steps ON steps.workflow_id = linked."workflowId")`;
}

/** A process on the case: the step it waits on, whose it is, when it is due and what the caller may do. */
export function linkedProcessView(row: LinkedProcessRow, caller: { id: string; role: Role }): LinkedProcess {
  const process = LINKED[row.kind].definition;
  const current = row.steps.filter((step) => step.completedAt === null).at(-1);
  return {
    process: process.name,
    id: row.id,
    status: row.status,
    workflowId: row.workflowId,
    currentStep: current ? { name: current.name, ownerRole: current.ownerRole, dueAt: current.dueAt } : null,
    nextActions:
      process === CREDIT_PROCESS && row.requestedById !== null
        ? creditActionsFor(caller, { id: row.id, status: row.status, requestedById: row.requestedById })
        : nextActions(process, row.status, caller.role, row.id),
    steps: row.steps,
  };
}
