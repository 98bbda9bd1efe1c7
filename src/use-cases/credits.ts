import { currentDocumentSql, seededDocument } from '../db/policies';
import { readTogether } from '../db/read-together';
import type { AuthenticatedUser } from '../db/users';
import { actorOf } from '../domain/actor';
import { creditActionsFor } from '../domain/credit-actions';
import type { CreditStatus } from '../domain/credits';
import { AppError, invalidField } from '../domain/errors';
import type { CreditState } from '../domain/messages/credit';
import type { PolicyDocument } from '../domain/policies';
import { workflowIds } from '../domain/workflow-ids';
import type { CreditListSchema, CreditView, ListCreditsQuery, RequestCreditBody } from '../schemas/credits';
import type { z } from '../schemas/zod';
import { creditWorkflow } from '../../workflows/credit';
import { creditStartUpdate, creditStateQuery } from '../../workflows/credit-messages';
import { caseForProcess, namedCaseSql } from './case-for-process';
import { afterPosition, decodeCursor, pageOf } from './cursor';
import type { UseCaseContext } from './context';
import { deciderFor } from './credit-deciders';
import { processState } from './live-query';
import { startProcess } from './start-process';
import { visibleCredits, type ReadableCase } from './visibility';

export function toCreditView(state: CreditState, caller: AuthenticatedUser): CreditView {
  const status = state.status === 'checking' ? 'pending_approval' : state.status;
  const actions = creditActionsFor(caller, { id: state.creditId, status, requestedById: state.requestedBy.id });
  const clock = state.approvalClock;
  return {
    id: state.creditId,
    status,
    customerId: state.customerId,
    caseId: state.caseId,
    kind: state.kind,
    amount: state.amount,
    reason: state.reason,
    requestedBy: state.requestedBy,
    requestedAt: state.requestedAt,
    policyVersion: state.policyVersion,
    queueRole: state.queueRole,
    dualControl: state.dualControl,
    escalated: state.escalated,
    routeReason: state.routeReason,
    approvals: state.approvals,
    rejection: state.rejection,
    currentStep:
      status === 'pending_approval' && clock
        ? { name: clock.step, ownerRole: state.queueRole ?? clock.ownerRole, startedAt: clock.startedAt, dueAt: clock.dueAt, warnedAt: clock.warnedAt, breachedAt: clock.breachedAt }
        : null,
    decidedAt: state.decidedAt,
    expiresAt: state.expiresAt,
    postedAt: state.postedAt,
    workflowId: workflowIds.credit(state.creditId),
    nextActions: actions,
  };
}

export async function requestCredit(
  context: UseCaseContext,
  user: AuthenticatedUser,
  body: z.infer<typeof RequestCreditBody>,
  creditId: string,
): Promise<CreditView> {
  const read = await readTogether<{ policy: PolicyDocument<'credits'> | null; named: ReadableCase | null }>(context.db, {
    policy: currentDocumentSql('credits'),
    named: namedCaseSql(user, body.caseId),
  });
  const policy = seededDocument('credits', read.policy);
  if (body.amount.currency !== policy.currency) {
    const message = `credits are granted in ${policy.currency}, the currency of the credits policy`;
    throw invalidField('body', 'amount.currency', message);
  }
  const caseId = await caseForProcess(
    context,
    user,
    {
      customerId: body.customerId,
      caseId: body.caseId,
      subject: `Credit: ${body.reason}`,
      processId: creditId,
    },
    read.named,
  );
  const state = await startProcess(context, creditWorkflow, creditStartUpdate, {
    workflowId: workflowIds.credit(creditId),
    args: [
      {
        creditId,
        customerId: body.customerId,
        caseId,
        kind: body.kind,
        amount: body.amount,
        reason: body.reason,
        requestedBy: actorOf(user),
        source: null,
      },
    ],
    caseId,
    customerId: body.customerId,
    status: 'checking',
    whenRunning: 'USE_EXISTING',
  });
  return toCreditView(state, user);
}

async function stateOf(context: UseCaseContext, creditId: string): Promise<CreditState> {
  const row = await context.db.credit.findUnique({ where: { id: creditId }, select: { workflowId: true } });
  if (!row) throw new AppError('not_found', `no credit ${creditId}`);
  return processState(context, row.workflowId, creditStateQuery);
}

export async function readCredit(context: UseCaseContext, user: AuthenticatedUser, creditId: string): Promise<CreditView> {
  return toCreditView(await stateOf(context, creditId), user);
}

/** Rows read at a time while the approval queue skips the credits the caller may not decide. */
const QUEUE_BATCH = 200;

/**
 * The credits the caller may read, oldest first, a page at a time; pending ones are the caller's
 * approval queue: only those they may decide now.
 */
export async function listCredits(
  context: UseCaseContext,
  user: AuthenticatedUser,
  query: z.infer<typeof ListCreditsQuery>,
): Promise<z.infer<typeof CreditListSchema>> {
  const filter = {
    AND: [
      await visibleCredits(context, user),
      {
        ...(query.status ? { status: query.status } : {}),
        ...(query.customerId ? { customerId: query.customerId } : {}),
      },
    ],
  };
  const decide = query.status === 'pending_approval' ? await deciderFor(context, user) : undefined;
  const found = [];
  let after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  // One row past the page says whether there is a next one.
  while (found.length <= query.limit) {
    const batch = await context.db.credit.findMany({
      where: { AND: [filter, afterPosition('requestedAt', after, 'asc')] },
      include: { approvals: true, requestedBy: { select: { id: true, name: true, role: true } } },
      orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }],
      take: decide ? QUEUE_BATCH : query.limit + 1,
    });
    for (const row of batch) {
      const allowed = decide ? await decide(row) : { onBehalfOf: null };
      if (allowed) found.push({ row, onBehalfOf: allowed.onBehalfOf?.id ?? null });
      if (found.length > query.limit) break;
    }
    const last = batch.at(-1);
    if (!decide || !last || batch.length < QUEUE_BATCH) break;
    after = { at: last.requestedAt, id: last.id };
  }
  const dueTimes = await context.db.stepRecord.findMany({
    where: { workflowId: { in: found.slice(0, query.limit).map(({ row }) => row.workflowId) }, step: 'approval', completedAt: null },
  });
  const dueByWorkflow = new Map(dueTimes.map((step) => [step.workflowId, step.dueAt?.toISOString() ?? null]));
  return pageOf(
    found,
    query.limit,
    ({ row }) => ({ at: row.requestedAt, id: row.id }),
    ({ row, onBehalfOf }) => ({
      id: row.id,
      status: row.status as CreditStatus,
      customerId: row.customerId,
      caseId: row.caseId,
      kind: row.kind as CreditView['kind'],
      amount: { minor: Number(row.amountMinor), currency: row.currency },
      reason: row.reason,
      requestedById: row.requestedById,
      requestedBy: row.requestedBy,
      requestedAt: row.requestedAt.toISOString(),
      queueRole: row.queueRole,
      dualControl: row.dualControl,
      approvals: row.approvals.length,
      dueAt: dueByWorkflow.get(row.workflowId) ?? null,
      onBehalfOf,
    }),
  );
}
