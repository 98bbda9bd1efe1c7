import type { WorkflowHandle } from '@temporalio/client';
import type { AuthenticatedUser } from '../db/users';
import { actorOf } from '../domain/actor';
import { ESCALATION_PROCESS, nextActions } from '../domain/catalog';
import { AppError, invalidField } from '../domain/errors';
import type { EscalationHistoryEntry, EscalationState } from '../domain/messages/escalation';
import { workflowIds } from '../domain/workflow-ids';
import type { EscalationListSchema, EscalationNotePage, EscalationView, ListEscalationsQuery, RaiseEscalationBody } from '../schemas/escalations';
import type { z } from '../schemas/zod';
import { escalationWorkflow } from '../../workflows/escalation';
import { escalationStartUpdate, escalationStateQuery } from '../../workflows/escalation-messages';
import type { UseCaseContext } from './context';
import { processState } from './live-query';
import { lastStoredEvents, statePage, storedEventsPage, storesEvents, withRecent, type PageQuery, type StoredProcessEvent } from './process-events';
import { startProcess } from './start-process';
import { readableCase, visibleEscalations } from './visibility';

const NOTE_ADDED = 'escalation.note_added';

function historyEntry({ type, at, data }: StoredProcessEvent): EscalationHistoryEntry {
  const { by, tier, detail } = data as Pick<EscalationHistoryEntry, 'by' | 'tier' | 'detail'>;
  return { type, at, by, tier, detail: detail ?? null };
}

const entryKey = (entry: EscalationHistoryEntry) => `${entry.type} ${entry.at} ${entry.detail}`;

function notesOf(history: EscalationHistoryEntry[]): EscalationState['notes'] {
  return history.flatMap(({ type, by, detail, at }) => (type === NOTE_ADDED && by ? [{ by, text: detail ?? '', at }] : []));
}

/**
 * The last few notes and history entries and how many there are: a bounded run keeps them in
 * PostgreSQL, with its last few in its state; a run from before has them all in its state.
 */
async function recentHistory(context: UseCaseContext, state: EscalationState) {
  const workflowId = workflowIds.escalation(state.escalationId);
  const [events, noteEvents] = await Promise.all([lastStoredEvents(context, workflowId), lastStoredEvents(context, workflowId, [NOTE_ADDED])]);
  const history = withRecent({ items: events.events.map(historyEntry), total: events.total }, state.history, entryKey);
  const recentNotes = state.history.filter((entry) => entry.type === NOTE_ADDED);
  const notes = withRecent({ items: noteEvents.events.map(historyEntry), total: noteEvents.total }, recentNotes, entryKey);
  return { history: history.items, historyTotal: history.total, notes: notesOf(notes.items), notesTotal: notes.total };
}

/** The escalation as the API shows it, with its last few notes and history entries and how many there are. */
export async function toEscalationView(context: UseCaseContext, stateNow: EscalationState, caller: AuthenticatedUser): Promise<EscalationView> {
  const recent = await recentHistory(context, stateNow);
  const state = { ...stateNow, ...recent };
  return {
    id: state.escalationId,
    caseId: state.caseId,
    customerId: state.customerId,
    severity: state.severity,
    category: state.category,
    reason: state.reason,
    raisedBy: state.raisedBy,
    raisedAt: state.raisedAt,
    tier: state.tier,
    status: state.status,
    assignee: state.assignee,
    ackDueAt: state.status === 'open' ? (state.ackClock?.dueAt ?? null) : null,
    resolveDueAt: ['resolved', 'closed'].includes(state.status) ? null : (state.resolveClock?.dueAt ?? null),
    ackClock: state.ackClock,
    resolveClock: state.resolveClock,
    breaches: state.breaches,
    notes: state.notes,
    notesTotal: state.notesTotal,
    history: state.history,
    historyTotal: state.historyTotal,
    resolutionCode: state.resolutionCode,
    resolvedAt: state.resolvedAt,
    closedAt: state.closedAt,
    autoCloseAt: state.autoCloseAt,
    policyVersion: state.policyVersion,
    workflowId: workflowIds.escalation(state.escalationId),
    nextActions: nextActions(ESCALATION_PROCESS, state.status, caller.role, state.escalationId),
  };
}

export async function raiseEscalation(
  context: UseCaseContext,
  user: AuthenticatedUser,
  body: z.infer<typeof RaiseEscalationBody>,
  escalationId: string,
): Promise<EscalationView> {
  const theCase = await readableCase(context, user, body.caseId);
  if (!theCase) throw invalidField('body', 'caseId', 'no such case');
  if (theCase.status === 'closed') throw new AppError('conflict', 'the case is closed; open a new case to escalate');
  const state = await startProcess(context, escalationWorkflow, escalationStartUpdate, {
    workflowId: workflowIds.escalation(escalationId),
    args: [
      {
        escalationId,
        caseId: theCase.id,
        customerId: theCase.customerId,
        severity: body.severity,
        category: body.category,
        reason: body.reason,
        raisedBy: actorOf(user),
        source: null,
      },
    ],
    caseId: theCase.id,
    customerId: theCase.customerId,
    status: 'open',
    whenRunning: 'USE_EXISTING',
  });
  return toEscalationView(context, state, user);
}

export async function escalationHandle(context: UseCaseContext, escalationId: string): Promise<WorkflowHandle> {
  const row = await context.db.escalation.findUnique({ where: { id: escalationId }, select: { workflowId: true } });
  if (!row) throw new AppError('not_found', `no escalation ${escalationId}`);
  return context.temporal.workflow.getHandle(row.workflowId);
}

export async function readEscalation(context: UseCaseContext, user: AuthenticatedUser, escalationId: string): Promise<EscalationView> {
  const handle = await escalationHandle(context, escalationId);
  const state = await processState(context, handle.workflowId, escalationStateQuery);
  return toEscalationView(context, state, user);
}

/** An escalation's notes, newest first, a page at a time. */
export async function listEscalationNotes(context: UseCaseContext, escalationId: string, query: PageQuery): Promise<z.infer<typeof EscalationNotePage>> {
  const { workflowId } = await escalationHandle(context, escalationId);
  if (await storesEvents(context, workflowId)) {
    const page = await storedEventsPage(context, workflowId, [NOTE_ADDED], query);
    return { items: notesOf(page.items.map(historyEntry)), nextCursor: page.nextCursor };
  }
  const state = await processState(context, workflowId, escalationStateQuery);
  return statePage(state.notes, query);
}

/** A tier's queue (or any filter) of what the caller may read, oldest first, with the open clocks' due times. */
export async function listEscalations(
  context: UseCaseContext,
  user: AuthenticatedUser,
  query: z.infer<typeof ListEscalationsQuery>,
): Promise<z.infer<typeof EscalationListSchema>> {
  const rows = await context.db.escalation.findMany({
    where: {
      AND: [await visibleEscalations(context, user), { ...(query.tier ? { tier: query.tier } : {}), ...(query.status ? { status: query.status } : {}) }],
    },
    orderBy: [{ raisedAt: 'asc' }, { id: 'asc' }],
    take: query.limit,
  });
  const openSteps = await context.db.stepRecord.findMany({
    where: { workflowId: { in: rows.map((row) => row.workflowId) }, completedAt: null },
  });
  const clock = (workflowId: string, step: string) => {
    const record = openSteps.find((candidate) => candidate.workflowId === workflowId && candidate.step === step);
    if (!record?.dueAt) return null;
    return {
      startedAt: record.startedAt.toISOString(),
      dueAt: record.dueAt.toISOString(),
      warnedAt: record.warnedAt?.toISOString() ?? null,
      breachedAt: record.breachedAt?.toISOString() ?? null,
    };
  };
  return {
    items: rows.map((row) => {
      const ackClock = clock(row.workflowId, 'acknowledge');
      const resolveClock = clock(row.workflowId, 'resolve');
      return {
        id: row.id,
        caseId: row.caseId,
        customerId: row.customerId,
        severity: row.severity,
        category: row.category,
        tier: row.tier,
        status: row.status,
        assigneeId: row.assigneeId,
        raisedAt: row.raisedAt.toISOString(),
        ackDueAt: ackClock?.dueAt ?? null,
        resolveDueAt: resolveClock?.dueAt ?? null,
        ackClock,
        resolveClock,
      };
    }),
  };
}
