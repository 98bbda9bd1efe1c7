import type { Prisma } from '../db/client';
import { policyVersion } from '../db/policies';
import type { AuthenticatedUser } from '../db/users';
import type { Actor } from '../domain/actor';
import { actorOf } from '../domain/actor';
import { refuseDecision, type PendingCredit } from '../domain/credits';
import { mayReceiveDelegation } from '../domain/delegations';
import type { CreditsPolicy } from '../domain/policies';
import type { Role } from '../domain/roles';
import type { UseCaseContext } from './context';
import { todayUtc } from './delegations';

// Whose authority a caller decides a pending credit with: the API's guess, so that the approval
// queue shows only what the caller may decide; the workflow's validator has the last word.

export type CreditRow = Prisma.CreditGetPayload<{ include: { approvals: true } }>;

export interface ChosenDecider {
  user: Actor;
  onBehalfOf: Actor | null;
}

/** Approvers whose delegation to this user is active today (UTC); only an approver receives authority. */
async function delegatorsOf(context: UseCaseContext, user: AuthenticatedUser): Promise<Actor[]> {
  if (!mayReceiveDelegation(user.role)) return [];
  const today = new Date(todayUtc());
  const delegations = await context.db.delegation.findMany({
    where: { delegateId: user.id, endedAt: null, fromDate: { lte: today }, toDate: { gte: today } },
  });
  const users = await context.db.user.findMany({
    where: { id: { in: delegations.map((delegation) => delegation.delegatorId) }, active: true },
  });
  return users.map((found) => ({ id: found.id, name: found.name, role: found.role as Actor['role'] }));
}

function pendingOf(row: CreditRow): PendingCredit {
  return {
    amountMinor: Number(row.amountMinor),
    requesterId: row.requestedById,
    dualControl: row.dualControl,
    approvals: row.approvals.map((approval) => ({
      approverId: approval.approverId,
      onBehalfOfId: approval.onBehalfOfId,
      role: approval.role as Role,
    })),
  };
}

/** The caller's own authority first, then any delegated to them: the first that may decide each credit. */
export async function deciderFor(context: UseCaseContext, user: AuthenticatedUser): Promise<(row: CreditRow) => Promise<ChosenDecider | undefined>> {
  const caller = actorOf(user);
  const delegators = await delegatorsOf(context, user);
  const policies = new Map<number, CreditsPolicy>();
  return async (row) => {
    if (!policies.has(row.policyVersion)) {
      policies.set(row.policyVersion, (await policyVersion(context.db, 'credits', row.policyVersion)).document);
    }
    const policy = policies.get(row.policyVersion) as CreditsPolicy;
    const candidates = [{ user: caller, onBehalfOf: null }, ...delegators.map((onBehalfOf) => ({ user: caller, onBehalfOf }))];
    return candidates.find((candidate) => refuseDecision(policy, pendingOf(row), candidate) === undefined);
  };
}

/** The pending credits the caller may decide now: their approval queue. */
export async function decidableCreditIds(context: UseCaseContext, user: AuthenticatedUser): Promise<string[]> {
  const decide = await deciderFor(context, user);
  const pending = await context.db.credit.findMany({ where: { status: 'pending_approval' }, include: { approvals: true } });
  const ids: string[] = [];
  for (const row of pending) if (await decide(row)) ids.push(row.id);
  return ids;
}
