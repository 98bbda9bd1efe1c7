import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { actorOf } from '../src/domain/actor';
import { workflowIds } from '../src/domain/workflow-ids';
import { createOrder } from '../src/use-cases/orders';
import { startProcess } from '../src/use-cases/start-process';
import { returnWorkflow } from '../workflows/return';
import { returnStartUpdate } from '../workflows/return-messages';
import { ApiRefusal, call, context, load, timedLoad, type Series, type Stack } from './load';

// Returns in the throughput benchmark: starting one (raw client against the API), and many
// started at once and driven through receipt and inspection to a posted refund.

const RETURNS = Number(process.env.BENCH_RETURNS ?? 1000);
const RETURNS_CONCURRENCY = Number(process.env.BENCH_RETURNS_CONCURRENCY ?? 64);
const SKU = 'KETTLE-1';
// 19.90 EUR: within an agent's own authority, so the refund posts without an approval.
const PRICE_MINOR = 1_990;
const POSTED_WITHIN_MS = 10 * 60 * 1000;

export interface OpenCase {
  caseId: string;
  customerId: string;
}

const returnLines = [{ sku: SKU, qty: 1, reason: 'defective' as const, condition: 'opened' as const }];

/** One delivered order per case, for the returns started on them. */
async function ordersFor(stack: Stack, cases: OpenCase[]): Promise<string[]> {
  const orderIds = cases.map(() => `order-bench-${randomUUID()}`);
  await load(cases.length, (n) =>
    createOrder(context(stack), stack.agent.user, {
      id: orderIds[n]!,
      customerId: cases[n]!.customerId,
      deliveredAt: new Date(Date.now() - 3 * 24 * 60 * 60 * 1000).toISOString(),
      lines: [{ sku: SKU, name: 'Kettle', category: 'kitchen', qty: 1, unitPrice: { minor: PRICE_MINOR, currency: 'EUR' }, finalSale: false }],
    }),
  );
  return orderIds;
}

/** Starts a return on an open case the way `POST /v1/returns` does, with the raw client. */
async function rawReturn(stack: Stack, orderId: string, open: OpenCase): Promise<void> {
  const returnId = randomUUID();
  await startProcess(context(stack), returnWorkflow, returnStartUpdate, {
    workflowId: workflowIds.return(returnId),
    args: [{ returnId, orderId, customerId: open.customerId, caseId: open.caseId, lines: returnLines, resolution: 'refund', requestedBy: actorOf(stack.agent.user) }],
    caseId: open.caseId,
    customerId: open.customerId,
    status: 'checking',
    whenRunning: 'FAIL',
  });
}

const apiReturn = (stack: Stack, orderId: string, open: OpenCase, idempotencyKey?: string) =>
  call(stack, stack.agent.key, '/v1/returns', { orderId, customerId: open.customerId, caseId: open.caseId, lines: returnLines, resolution: 'refund' }, idempotencyKey) as Promise<{
    id: string;
  }>;

/** The two start series for returns, each on cases opened (and orders made) before it is timed. */
export function returnStartSeries(stack: Stack, openCases: (count: number) => Promise<OpenCase[]>): Array<[string, Series]> {
  const timed =
    (start: (orderId: string, open: OpenCase) => Promise<unknown>): Series =>
    async (count) => {
      const cases = await openCases(count);
      const orders = await ordersFor(stack, cases);
      return timedLoad(stack, count, (n) => start(orders[n]!, cases[n]!));
    };
  return [
    ['start a return: raw client', timed((orderId, open) => rawReturn(stack, orderId, open))],
    ['start a return: API', timed((orderId, open) => apiReturn(stack, orderId, open))],
  ];
}

export interface ReturnsDriven {
  returns: number;
  seconds: number;
  perSecond: number;
  lost: number;
  /** Requests answered 503 under the load and sent again. */
  retries: number;
}

/**
 * RETURNS returns started at once through the API, each received and inspected by the warehouse as
 * soon as it is authorised, until every refund is posted (or POSTED_WITHIN_MS passes after the last
 * inspection): the wall time from the first start to the last posting, and how many never posted.
 */
export async function driveReturns(stack: Stack, openCases: (count: number) => Promise<OpenCase[]>): Promise<ReturnsDriven> {
  const cases = await openCases(RETURNS);
  const orders = await ordersFor(stack, cases);
  const started = performance.now();
  const returnIds: string[] = [];
  let retries = 0;
  // As a client would: a 503 (the process did not answer in time under this load) is tried again
  // after its Retry-After, the start with the same Idempotency-Key; an action that answers 409 on
  // a second try had been taken by the first.
  const persist = async (action: () => Promise<unknown>, tried = false): Promise<unknown> => {
    try {
      return await action();
    } catch (error) {
      if (tried && error instanceof ApiRefusal && error.status === 409) return undefined;
      if (!(error instanceof ApiRefusal) || error.status !== 503) throw error;
      retries += 1;
      await sleep(error.retryAfterSeconds * 1000);
      return persist(action, true);
    }
  };
  await load(
    RETURNS,
    async (n) => {
      const idempotencyKey = randomUUID();
      const { id } = (await persist(() => apiReturn(stack, orders[n]!, cases[n]!, idempotencyKey))) as { id: string };
      returnIds[n] = id;
      await persist(() => call(stack, stack.warehouse.key, `/v1/returns/${id}/receipt`, { lines: [{ sku: SKU, qty: 1 }] }));
      await persist(() => call(stack, stack.warehouse.key, `/v1/returns/${id}/inspection`, { lines: [{ sku: SKU, grade: 'defective_confirmed' }] }));
    },
    RETURNS_CONCURRENCY,
  );
  const posted = () => stack.db.credit.count({ where: { sourceType: 'return', sourceId: { in: returnIds }, status: 'posted' } });
  const lastInspected = performance.now();
  let done = await posted();
  while (done < RETURNS && performance.now() - lastInspected < POSTED_WITHIN_MS) {
    await sleep(200);
    done = await posted();
  }
  const seconds = (performance.now() - started) / 1000;
  return { returns: RETURNS, seconds, perSecond: done / seconds, lost: RETURNS - done, retries };
}
