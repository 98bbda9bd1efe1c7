import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '../../src/db/client';
import { workflowIds } from '../../src/domain/workflow-ids';
import { inParallel, type Answer, type FaultClient } from './client';
import type { FaultUser } from './stack';

// Credits as the fault scenarios ask for them: a third posted at once (goodwill within the agent's
// authority), a third approved once (a refund for accounting), a third under dual control (accounting,
// then a manager); and what became of them: every one posted once, with one ledger entry.

export interface CreditTeam {
  agent: FaultUser;
  accounting: FaultUser;
  manager: FaultUser;
}

export interface Tally {
  processes: number;
  lost: number;
  duplicated: number;
  stuck: number;
}

type Shape = 'auto' | 'single' | 'dual';

const SHAPES: Shape[] = ['auto', 'single', 'dual'];
const AMOUNT: Record<Shape, number> = { auto: 2_000, single: 90_000, dual: 600_000 };

export interface AskedCredit {
  customerId: string;
  shape: Shape;
  /** Undefined when no try was ever answered with the credit. */
  creditId?: string;
}

export function creditBody(customerId: string, shape: Shape) {
  return { customerId, amount: { minor: AMOUNT[shape], currency: 'EUR' }, kind: shape === 'auto' ? 'goodwill' : 'refund', reason: 'Fault injection' };
}

export async function askCredit(client: FaultClient, team: CreditTeam, customerId: string, shape: Shape): Promise<AskedCredit> {
  const asked = await client.send('POST', '/v1/credits', team.agent.key, creditBody(customerId, shape), { idempotent: true });
  return { customerId, shape, creditId: asked.status === 201 || asked.status === 200 ? (asked.body.id as string) : undefined };
}

/** Approves until the answer or a read says this approver's decision is in (a lost answer is no reason to decide twice). */
async function approve(client: FaultClient, creditId: string, approver: FaultUser): Promise<Answer> {
  return client.send('POST', `/v1/credits/${creditId}/approve`, approver.key, {}, {
    done: async (answer) => {
      if (answer.status === 200) return true;
      const read = await client.once('GET', `/v1/credits/${creditId}`, approver.key);
      const approvals = (read.body?.approvals ?? []) as Array<{ approver: { id: string } }>;
      return read.status === 200 && (read.body.status !== 'pending_approval' || approvals.some((approval) => approval.approver.id === approver.id));
    },
  });
}

export async function approveAsItNeeds(client: FaultClient, team: CreditTeam, credit: AskedCredit): Promise<void> {
  if (!credit.creditId) return;
  const approvers = { auto: [], single: [team.accounting], dual: [team.accounting, team.manager] }[credit.shape];
  for (const approver of approvers) await approve(client, credit.creditId, approver);
}

/** Asks for `count` credits and approves each, `concurrency` at a time; customers are `<prefix>-<n>`. */
export async function askAndApprove(client: FaultClient, team: CreditTeam, prefix: string, count: number, concurrency: number): Promise<AskedCredit[]> {
  const credits: AskedCredit[] = [];
  await inParallel(count, concurrency, async (n) => {
    const credit = await askCredit(client, team, `${prefix}-${n}`, SHAPES[n % SHAPES.length]!);
    credits.push(credit);
    await approveAsItNeeds(client, team, credit);
  });
  return credits;
}

export const shapeOf = (n: number): Shape => SHAPES[n % SHAPES.length]!;

/** Resolves once `check` holds or the time is up. */
export async function until(check: () => Promise<boolean>, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check()) && Date.now() < deadline) await sleep(500);
}

/**
 * What became of the credits asked for: stuck, a process that has not finished; lost, a request
 * never acknowledged or a finished credit that is not posted with its ledger entry; duplicated, a
 * second credit for one request or a second ledger entry for one credit.
 */
export async function tallyCredits(db: Database, credits: AskedCredit[], settleMs: number): Promise<Tally> {
  const ids = credits.flatMap((credit) => (credit.creditId ? [credit.creditId] : []));
  const workflowsIds = ids.map(workflowIds.credit);
  const finishedCount = () => db.processFinalState.count({ where: { workflowId: { in: workflowsIds } } });
  await until(async () => (await finishedCount()) === ids.length, settleMs);
  const stuck = ids.length - (await finishedCount());
  const rows = await db.credit.findMany({ where: { customerId: { in: credits.map((credit) => credit.customerId) } }, select: { id: true, status: true } });
  const entries = await db.ledgerEntry.groupBy({ by: ['creditId'], where: { creditId: { in: ids } }, _count: true });
  const entriesOf = new Map(entries.map((entry) => [entry.creditId, entry._count]));
  const notPosted = rows.filter((row) => ids.includes(row.id) && (row.status !== 'posted' || !entriesOf.has(row.id))).length;
  return {
    processes: credits.length,
    lost: credits.length - ids.length + Math.max(0, notPosted - stuck),
    duplicated: Math.max(0, rows.length - ids.length) + entries.reduce((sum, entry) => sum + entry._count - 1, 0),
    stuck,
  };
}
