import { readScope, type Resource } from '../domain/access';
import { CREDIT_PROCESS, ESCALATION_PROCESS, HANDOFF_PROCESS, nextActions, RETURN_PROCESS, type ProcessDefinition } from '../domain/catalog';
import { creditActionsFor } from '../domain/credit-actions';
import type { Role } from '../domain/roles';
import type { LinkedProcess } from '../schemas/cases';
import type { UseCaseContext } from './context';

interface ProcessRow {
  id: string;
  workflowId: string;
  status: string;
  /** A credit's requester, who may recall it and never decide it. */
  requestedById?: string;
}

/** Every process started on the case of a kind the caller reads, with the step it waits on, whose it is, when it is due and what the caller may do. */
export async function linkedProcesses(context: UseCaseContext, caseId: string, caller: { id: string; role: Role }): Promise<LinkedProcess[]> {
  const { role } = caller;
  const select = { id: true, workflowId: true, status: true } as const;
  const none: ProcessRow[] = [];
  const reads = (resource: Resource) => readScope(resource, role) !== undefined;
  const [handoffs, credits, returns, escalations] = await Promise.all([
    reads('handoff') ? context.db.handoff.findMany({ where: { caseId }, select, orderBy: { handedOverAt: 'asc' } }) : none,
    reads('credit') ? context.db.credit.findMany({ where: { caseId }, select: { ...select, requestedById: true }, orderBy: { requestedAt: 'asc' } }) : none,
    reads('return') ? context.db.return.findMany({ where: { caseId }, select, orderBy: { requestedAt: 'asc' } }) : none,
    reads('escalation') ? context.db.escalation.findMany({ where: { caseId }, select, orderBy: { raisedAt: 'asc' } }) : none,
  ]);
  const linked: Array<[ProcessDefinition, ProcessRow]> = [
    ...handoffs.map((row): [ProcessDefinition, ProcessRow] => [HANDOFF_PROCESS, row]),
    ...credits.map((row): [ProcessDefinition, ProcessRow] => [CREDIT_PROCESS, row]),
    ...returns.map((row): [ProcessDefinition, ProcessRow] => [RETURN_PROCESS, row]),
    ...escalations.map((row): [ProcessDefinition, ProcessRow] => [ESCALATION_PROCESS, row]),
  ];
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
