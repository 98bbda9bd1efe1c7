import { currentPolicy } from '../db/policies';
import type { AuthenticatedUser } from '../db/users';
import { actorOf } from '../domain/actor';
import { isWorkingTime } from '../domain/callbacks';
import { AppError, invalidField } from '../domain/errors';
import { STEP_DURATION } from '../domain/policy-bounds';
import { isoDurationToMs } from '../domain/duration';
import { FRONTLINE_ROLES } from '../domain/roles';
import type { CaseResponse, CompleteCallbackRequest, PromiseCallbackRequest, TransferCaseRequest } from '../schemas/cases';
import type { z } from '../schemas/zod';
import { completeCallbackUpdate, promiseCallbackUpdate, transferCaseUpdate } from '../../workflows/case-messages';
import { readCase } from './cases';
import type { UseCaseContext } from './context';
import { sendAction } from './send-action';

/** The case's row while it is open; a closed case takes no more actions (409). */
async function openCaseRow(context: UseCaseContext, caseId: string) {
  const row = await context.db.case.findUnique({ where: { id: caseId } });
  if (!row) throw new AppError('not_found', `no case ${caseId}`);
  if (row.status === 'closed') throw new AppError('conflict', 'the case is closed');
  return row;
}

/** Moves the case to another owner who can work cases; only its owner or a supervisor may (the workflow decides). */
export async function transferCase(
  context: UseCaseContext,
  user: AuthenticatedUser,
  caseId: string,
  request: z.infer<typeof TransferCaseRequest>,
): Promise<CaseResponse> {
  const row = await openCaseRow(context, caseId);
  const target = await context.db.user.findUnique({ where: { id: request.toUserId } });
  if (!target?.active) throw invalidField('body', 'toUserId', 'no such active user');
  if (!(FRONTLINE_ROLES as readonly string[]).includes(target.role)) {
    throw invalidField('body', 'toUserId', `the new owner must be able to work cases (${FRONTLINE_ROLES.join(' or ')}); they are ${target.role}`);
  }
  await sendAction(context.temporal.workflow.getHandle(row.workflowId), transferCaseUpdate, user, { to: actorOf(target), reason: request.reason });
  return readCase(context, user, caseId);
}

const LONGEST_PROMISE_MS = isoDurationToMs(STEP_DURATION.max);

/** Records a promise to call the customer back; it replaces any promise still open. */
export async function promiseCallback(
  context: UseCaseContext,
  user: AuthenticatedUser,
  caseId: string,
  request: z.infer<typeof PromiseCallbackRequest>,
): Promise<CaseResponse> {
  const row = await openCaseRow(context, caseId);
  const due = Date.parse(request.dueAt);
  const now = Date.now();
  if (due <= now) throw invalidField('body', 'dueAt', 'must be in the future');
  if (due - now > LONGEST_PROMISE_MS) throw invalidField('body', 'dueAt', `must be at most ${STEP_DURATION.max} ahead`);
  const calendar = await currentPolicy(context.db, 'calendar');
  if (!isWorkingTime(calendar.document, due)) throw invalidField('body', 'dueAt', 'must be within the working hours of the calendar policy');
  await sendAction(context.temporal.workflow.getHandle(row.workflowId), promiseCallbackUpdate, user, {
    dueAt: new Date(due).toISOString(),
    note: request.note,
  });
  return readCase(context, user, caseId);
}

/** Records a call back to the customer: `reached` keeps the promise, other outcomes leave it open. */
export async function completeCallback(
  context: UseCaseContext,
  user: AuthenticatedUser,
  caseId: string,
  number: number,
  request: z.infer<typeof CompleteCallbackRequest>,
): Promise<CaseResponse> {
  const row = await openCaseRow(context, caseId);
  const callback = await context.db.callback.findUnique({ where: { caseId_number: { caseId, number } } });
  if (!callback) throw new AppError('not_found', `no callback ${number} on case ${caseId}`);
  await sendAction(context.temporal.workflow.getHandle(row.workflowId), completeCallbackUpdate, user, {
    number,
    outcome: request.outcome,
    note: request.note ?? null,
  });
  return readCase(context, user, caseId);
}
