import { WorkflowNotFoundError } from '@temporalio/client';
import type { Prisma } from '../db/client';
import { currentDocumentSql } from '../db/policies';
import { NOTHING, readTogether } from '../db/read-together';
import type { AuthenticatedUser } from '../db/users';
import { seesMoney } from '../domain/access';
import { actorOf } from '../domain/actor';
import { nextActions, RETURN_PROCESS } from '../domain/catalog';
import { AppError, invalidField } from '../domain/errors';
import type { ReturnState } from '../domain/messages/return';
import type { PolicyDocument } from '../domain/policies';
import type { Resolution, ReturnStatus } from '../domain/returns';
import { workflowIds } from '../domain/workflow-ids';
import type { ListReturnsQuery, ReturnListSchema, ReturnView, StartReturnBody } from '../schemas/returns';
import type { CaseChannel } from '../schemas/cases';
import type { z } from '../schemas/zod';
import { returnWorkflow } from '../../workflows/return';
import { returnStartUpdate, returnStateQuery } from '../../workflows/return-messages';
import { caseForProcess, namedCaseSql } from './case-for-process';
import type { UseCaseContext } from './context';
import { processState } from './live-query';
import { orderCurrencySql } from './orders';
import { startProcess } from './start-process';
import { nextDueTimes } from './next-due';
import { visibleReturns, type ReadableCase } from './visibility';

/** Prices, credits and totals only for a caller who reads credits. */
export function toReturnView(state: ReturnState, workflowId: string, caller: AuthenticatedUser): ReturnView {
  const status = state.status === 'checking' ? 'ineligible' : state.status;
  const clock = state.currentStep;
  const money = seesMoney(caller.role);
  return {
    id: state.returnId,
    status,
    orderId: state.orderId,
    customerId: state.customerId,
    caseId: state.caseId,
    resolution: state.resolution,
    rmaNumber: state.rmaNumber,
    trackingNumber: state.trackingNumber,
    ineligibleLines: state.lines.flatMap((line) => (!line.eligible && line.ineligibleCode ? [{ sku: line.sku, code: line.ineligibleCode }] : [])),
    lines: state.lines.map(({ sku, name, qty, reason, condition, unitPrice, eligible, ineligibleCode, exception, receivedQty, grade, credit }) => ({
      sku,
      name,
      qty,
      reason,
      condition,
      unitPrice: money ? unitPrice : null,
      eligible,
      ineligibleCode,
      exception,
      receivedQty,
      grade,
      credit: credit && money ? { grossMinor: credit.grossMinor, restockingFeeMinor: credit.restockingFeeMinor, creditMinor: credit.creditMinor, refused: credit.refused } : null,
    })),
    currentStep:
      clock && (status === 'awaiting_item' || status === 'inspecting')
        ? { name: clock.step, ownerRole: clock.ownerRole, startedAt: clock.startedAt, dueAt: clock.dueAt, warnedAt: clock.warnedAt, breachedAt: clock.breachedAt }
        : null,
    totals: money ? state.totals : null,
    creditId: state.creditId,
    creditStatus: state.creditStatus,
    replacementOrderId: state.replacementOrderId,
    escalationId: state.escalationId,
    requestedBy: state.requestedBy,
    requestedAt: state.requestedAt,
    authorisedAt: state.authorisedAt,
    receivedAt: state.receivedAt,
    inspectedAt: state.inspectedAt,
    closedAt: state.closedAt,
    policyVersion: state.policyVersion,
    workflowId,
    nextActions: nextActions(RETURN_PROCESS, status, caller.role, state.returnId),
  };
}

/** The credits policy, read only when the resolution goes through the credit process. */
function creditsPolicySql(resolution: z.infer<typeof StartReturnBody>['resolution']): Prisma.Sql {
  return resolution === 'refund' || resolution === 'store_credit' ? currentDocumentSql('credits') : NOTHING;
}

/** Refunds and store credit go through the credit process, which grants only the credits policy's currency. */
function requireCreditableCurrency(currency: string | undefined, orderCurrency: string | undefined) {
  if (currency === undefined || orderCurrency === undefined || orderCurrency === currency) return;
  const message = `credits are granted in ${currency}, the currency of the credits policy, and this order is in ${orderCurrency}: choose exchange or repair`;
  throw invalidField('body', 'resolution', message);
}

/**
 * Starts a return and answers once eligibility is decided and any RMA issued; a new case comes in by
 * `channel`. `isNew` when no earlier attempt can have started it, so there is none to look for.
 */
export async function startReturn(
  context: UseCaseContext,
  user: AuthenticatedUser,
  body: z.infer<typeof StartReturnBody>,
  returnId: string,
  isNew: boolean,
  channel: CaseChannel = 'phone',
): Promise<ReturnView> {
  if (!isNew && (await context.db.return.count({ where: { id: returnId } }))) return startAnsweredAgain(context, user, returnId);
  const { order, creditsPolicy, named } = await readTogether<{ order: { currency: string | null } | null; creditsPolicy: PolicyDocument<'credits'> | null; named: ReadableCase | null }>(
    context.db,
    { order: orderCurrencySql(body.orderId), creditsPolicy: creditsPolicySql(body.resolution), named: namedCaseSql(user, body.caseId) },
  );
  if (!order) throw invalidField('body', 'orderId', 'no such order');
  requireCreditableCurrency(creditsPolicy?.currency, order.currency ?? undefined);
  const caseId = await caseForProcess(
    context,
    user,
    {
      customerId: body.customerId,
      caseId: body.caseId,
      subject: `Return of order ${body.orderId}`,
      processId: returnId,
      channel,
    },
    named,
  );
  const workflowId = workflowIds.return(returnId);
  const state = await startProcess(context, returnWorkflow, returnStartUpdate, {
    workflowId,
    args: [{ returnId, orderId: body.orderId, customerId: body.customerId, caseId, lines: body.lines, resolution: body.resolution, requestedBy: actorOf(user) }],
    caseId,
    customerId: body.customerId,
    status: 'checking',
    // One id is one request (src/use-cases/ids.ts): a start racing its own retry answers with the same return.
    whenRunning: 'USE_EXISTING',
  });
  return toReturnView(state, workflowId, user);
}

/**
 * A start sent again after its first try failed (a 503 under load) answers as the first would have:
 * once the return has settled its first step, not with the eligibility check still running. A
 * return that has already finished answers with the state it finished with.
 */
async function startAnsweredAgain(context: UseCaseContext, user: AuthenticatedUser, returnId: string): Promise<ReturnView> {
  const handle = await returnHandle(context, returnId);
  try {
    return toReturnView(await handle.executeUpdate(returnStartUpdate), handle.workflowId, user);
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return readReturn(context, user, returnId);
    throw error;
  }
}

export async function returnHandle(context: UseCaseContext, returnId: string) {
  const row = await context.db.return.findUnique({ where: { id: returnId }, select: { workflowId: true } });
  if (!row) throw new AppError('not_found', `no return ${returnId}`);
  return context.temporal.workflow.getHandle(row.workflowId);
}

export async function readReturn(context: UseCaseContext, user: AuthenticatedUser, returnId: string): Promise<ReturnView> {
  const handle = await returnHandle(context, returnId);
  const state = await processState(context, handle.workflowId, returnStateQuery);
  return toReturnView(state, handle.workflowId, user);
}

/** A return's row status: `checking` is a return no line of which is eligible (yet). */
const listedStatus = (status: string): ReturnStatus => (status === 'checking' ? 'ineligible' : (status as ReturnStatus));

/** The returns the caller may read, oldest first like a queue, each with the due time of its current step. */
export async function listReturns(
  context: UseCaseContext,
  user: AuthenticatedUser,
  query: z.infer<typeof ListReturnsQuery>,
): Promise<z.infer<typeof ReturnListSchema>> {
  const rows = await context.db.return.findMany({
    where: {
      AND: [
        await visibleReturns(context, user),
        {
          ...(query.status === 'ineligible' ? { status: { in: ['checking', 'ineligible'] } } : query.status ? { status: query.status } : {}),
          ...(query.orderId ? { orderId: query.orderId } : {}),
          ...(query.customerId ? { customerId: query.customerId } : {}),
        },
      ],
    },
    orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }],
    take: query.limit,
  });
  const nextDue = await nextDueTimes(context.db, rows.map((row) => row.workflowId));
  return {
    items: rows.map((row) => ({
      id: row.id,
      status: listedStatus(row.status),
      orderId: row.orderId,
      customerId: row.customerId,
      caseId: row.caseId,
      resolution: row.resolution as Resolution,
      rmaNumber: row.rmaNumber,
      trackingNumber: row.trackingNumber,
      creditId: row.creditId,
      requestedAt: row.requestedAt.toISOString(),
      closedAt: row.closedAt?.toISOString() ?? null,
      nextDueAt: nextDue.get(row.workflowId) ?? null,
    })),
  };
}
