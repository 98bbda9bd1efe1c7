import type { AuthenticatedUser } from '../db/users';
import { seesMoney } from '../domain/access';
import { actorOf } from '../domain/actor';
import { CASE_PROCESS, nextActions, type CaseStatus } from '../domain/catalog';
import { AppError } from '../domain/errors';
import { caseOpenedData, caseWorkStep, type CaseState } from '../domain/messages/case';
import { withoutMoney } from '../domain/money';
import { workflowIds } from '../domain/workflow-ids';
import type { CaseChannel, CaseListSchema, CaseResponse, CaseSummary, ListCasesQuery, OpenCaseRequest } from '../schemas/cases';
import type { z } from '../schemas/zod';
import { caseWorkflow } from '../../workflows/case';
import { caseStartUpdate, caseStateQuery, closeCaseUpdate } from '../../workflows/case-messages';
import { callbackView } from './case-callbacks';
import { linkedProcessView } from './case-processes';
import { readCaseView, type CaseRow, type CaseViewRow } from './case-view';
import type { UseCaseContext } from './context';
import { afterPosition, decodeCursor, pageOf } from './cursor';
import { queryLive } from './live-query';
import { sendAction } from './send-action';
import { startProcess } from './start-process';
import { visibleCases } from './visibility';

/** Opens the case `caseId`, or finds it opened by an earlier attempt: its state once it is recorded. */
export function startCase(
  context: UseCaseContext,
  user: AuthenticatedUser,
  request: Omit<z.infer<typeof OpenCaseRequest>, 'channel'> & { channel: CaseChannel },
  caseId: string,
): Promise<CaseState> {
  return startProcess(context, caseWorkflow, caseStartUpdate, {
    workflowId: workflowIds.case(caseId),
    args: [{ caseId, ...request, openedBy: actorOf(user) }],
    caseId,
    customerId: request.customerId,
    status: 'open',
    whenRunning: 'USE_EXISTING',
  });
}

/**
 * Opens a case and answers its view; `isNew` when no earlier attempt can have opened it. A new case
 * is answered from the state its start update returns, which holds everything its view shows
 * (nothing has happened to it but its opening); one an earlier attempt opened may have moved on,
 * so its view is read.
 */
export async function openCase(
  context: UseCaseContext,
  user: AuthenticatedUser,
  request: Omit<z.infer<typeof OpenCaseRequest>, 'channel'> & { channel: CaseChannel },
  caseId: string,
  isNew: boolean,
): Promise<CaseResponse> {
  const opened = await startCase(context, user, request, caseId);
  return isNew ? caseResponse(user, viewOfOpening(opened, request.category ?? null), opened) : readCase(context, user, caseId, opened);
}

/** The view of a case that has only just opened, as the database will show it. */
function viewOfOpening(state: CaseState, category: string | null): CaseViewRow {
  const { openedBy } = state;
  return {
    id: state.caseId,
    customerId: state.customerId,
    subject: state.subject,
    channel: state.channel,
    status: state.status,
    openedAt: new Date(state.openedAt),
    closedAt: null,
    workflowId: workflowIds.case(state.caseId),
    category,
    owner: { id: openedBy.id, name: openedBy.name },
    openedBy: { id: openedBy.id, name: openedBy.name, role: openedBy.role },
    timeline: [
      {
        type: 'case.opened',
        at: state.openedAt,
        actorId: openedBy.id,
        by: openedBy.name,
        data: caseOpenedData(state),
      },
    ],
    callbacks: [],
    processes: [],
  };
}

/** The live state of a running case; undefined when the workflow cannot answer now. */
async function liveState(context: UseCaseContext, workflowId: string): Promise<CaseState | undefined> {
  try {
    return await queryLive(context, workflowId, caseStateQuery);
  } catch (error) {
    context.logger.warn({ err: error, workflowId }, 'case state query failed; answering from the database');
    return undefined;
  }
}

/** `answered`: the state an update just answered with, read instead of querying the workflow again. */
export async function readCase(context: UseCaseContext, user: AuthenticatedUser, caseId: string, answered?: CaseState): Promise<CaseResponse> {
  const view = await readCaseView(context.db, caseId, user.role);
  if (!view) throw new AppError('not_found', `no case ${caseId}`);
  const live = view.status === 'closed' ? undefined : (answered ?? (await liveState(context, view.workflowId)));
  return caseResponse(user, view, live);
}

/** What `user` is answered about a case: its stored view, with its live state where the workflow answered. */
function caseResponse(user: AuthenticatedUser, view: CaseViewRow, live: CaseState | undefined): CaseResponse {
  const status = (live?.status ?? view.status) as CaseStatus;
  const closedEvent = view.timeline.find((event) => event.type === 'case.closed');
  const closedData = (closedEvent?.data ?? {}) as { resolution?: string | null };
  const now = Date.now();
  return {
    ...summary(view),
    status,
    closedAt: live ? live.closedAt : (view.closedAt?.toISOString() ?? null),
    openedBy: view.openedBy,
    transfers: view.timeline.filter((event) => event.type === 'case.transferred').length,
    callbacks: view.callbacks.map((callback) => callbackView(callback, now)),
    resolution: live ? live.resolution : (closedData.resolution ?? null),
    currentStep: live ? live.currentStep : status === 'open' ? caseWorkStep(view.openedAt.toISOString()) : null,
    nextActions: nextActions(CASE_PROCESS, status, user.role, view.id),
    processes: view.processes.map((process) => linkedProcessView(process, user)),
    timeline: view.timeline.map((event) => ({
      type: event.type,
      at: event.at,
      actorId: event.actorId,
      by: event.by,
      data: seesMoney(user.role) ? event.data : withoutMoney(event.data),
    })),
  };
}

export async function closeCase(
  context: UseCaseContext,
  user: AuthenticatedUser,
  caseId: string,
  resolution: string | undefined,
): Promise<CaseResponse> {
  const row = await context.db.case.findUnique({ where: { id: caseId } });
  if (!row) throw new AppError('not_found', `no case ${caseId}`);
  if (row.status === 'closed') throw new AppError('conflict', 'the case is already closed');
  await sendAction(context.temporal.workflow.getHandle(row.workflowId), closeCaseUpdate, user, { resolution: resolution ?? null });
  return readCase(context, user, caseId);
}

function summary(row: CaseRow): CaseSummary {
  return {
    id: row.id,
    customerId: row.customerId,
    subject: row.subject,
    channel: row.channel,
    status: row.status as CaseStatus,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    workflowId: row.workflowId,
    category: row.category,
    owner: { id: row.owner.id, name: row.owner.name },
  };
}

/** The cases the caller may read, newest first, by keyset pagination over (openedAt, id). */
export async function listCases(
  context: UseCaseContext,
  user: AuthenticatedUser,
  query: z.infer<typeof ListCasesQuery>,
): Promise<z.infer<typeof CaseListSchema>> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const rows = await context.db.case.findMany({
    where: {
      AND: [
        await visibleCases(context, user),
        {
          ...(query.status ? { status: query.status } : {}),
          ...(query.customerId ? { customerId: query.customerId } : {}),
          ...(query.owner ? { ownerId: query.owner === 'me' ? user.id : query.owner } : {}),
          ...afterPosition('openedAt', after),
        },
      ],
    },
    include: { owner: true },
    orderBy: [{ openedAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
  });
  return pageOf(rows, query.limit, (row) => ({ at: row.openedAt, id: row.id }), summary);
}
