import { randomUUID } from 'node:crypto';
import { recordAuditEvent } from '../db/audit';
import type { Prisma } from '../db/client';
import { addPolicyVersion, withPolicyLock, type PolicyVersionView } from '../db/policies';
import type { AuthenticatedUser } from '../db/users';
import { AppError } from '../domain/errors';
import { widenedMoneyAuthority } from '../domain/money-authority';
import type { CreditsPolicy, PolicyDocument, PolicyName } from '../domain/policies';
import type { ListPolicyChangesQuery, PolicyChangeListSchema, PolicyChangeView } from '../schemas/policies';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';
import { afterPosition, decodeCursor, pageOf } from './cursor';

// Policy changes: at once, unless they widen money authority; then a second admin approves them.

type AnyPolicyDocument = PolicyDocument<PolicyName>;

const people = { proposedBy: { select: { id: true, name: true } }, decidedBy: { select: { id: true, name: true } } };

interface PolicyChangeRow {
  id: string;
  policyName: string;
  status: string;
  baseVersion: number;
  document: unknown;
  widens: string[];
  proposedBy: { id: string; name: string };
  proposedAt: Date;
  decidedBy: { id: string; name: string } | null;
  decidedAt: Date | null;
  reason: string | null;
  version: number | null;
}

function changeView(row: PolicyChangeRow): PolicyChangeView {
  return {
    id: row.id,
    policy: row.policyName as PolicyName,
    status: row.status as PolicyChangeView['status'],
    baseVersion: row.baseVersion,
    document: row.document as AnyPolicyDocument,
    widens: row.widens,
    proposedBy: row.proposedBy,
    proposedAt: row.proposedAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    reason: row.reason,
    version: row.version,
  };
}

function widenedBy(current: PolicyVersionView, document: AnyPolicyDocument): string[] {
  return current.name === 'credits' ? widenedMoneyAuthority(current.document as CreditsPolicy, document as CreditsPolicy) : [];
}

/** The change made at once (a new version), or, when it widens money authority, waiting for a second admin. */
export type PolicyChangeOutcome = { made: PolicyVersionView } | { pending: PolicyChangeView };

export async function changePolicy(
  context: UseCaseContext,
  caller: AuthenticatedUser,
  name: PolicyName,
  document: AnyPolicyDocument,
): Promise<PolicyChangeOutcome> {
  return withPolicyLock(context.db, name, async (tx, current) => {
    const widens = widenedBy(current, document);
    if (widens.length === 0) return { made: await addPolicyVersion(tx, current, document, caller) };
    const change = await tx.policyChange.create({
      data: { id: randomUUID(), policyName: name, baseVersion: current.version, document, widens, status: 'pending', proposedById: caller.id },
      include: people,
    });
    await recordAuditEvent(tx, {
      actor: caller,
      action: 'policy.change_proposed',
      target: { type: 'policy', id: name },
      before: { version: current.version, document: current.document },
      after: { changeId: change.id, document, widens },
    });
    return { pending: changeView(change) };
  });
}

export async function readPolicyChange(context: UseCaseContext, changeId: string): Promise<PolicyChangeView> {
  const change = await context.db.policyChange.findUnique({ where: { id: changeId }, include: people });
  if (!change) throw new AppError('not_found', `no policy change ${changeId}`);
  return changeView(change);
}

/** Newest first, by keyset pagination over (proposedAt, id). */
export async function listPolicyChanges(
  context: UseCaseContext,
  query: z.infer<typeof ListPolicyChangesQuery>,
): Promise<z.infer<typeof PolicyChangeListSchema>> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const rows = await context.db.policyChange.findMany({
    where: {
      ...(query.status ? { status: query.status } : {}),
      ...afterPosition('proposedAt', after),
    },
    include: people,
    orderBy: [{ proposedAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
  });
  return pageOf(rows, query.limit, (row) => ({ at: row.proposedAt, id: row.id }), changeView);
}

/** Decides a pending change under its policy's lock, so that an approval and a rejection cannot both win. */
async function decide(
  context: UseCaseContext,
  changeId: string,
  write: (tx: Prisma.TransactionClient, current: PolicyVersionView, change: PolicyChangeRow) => Promise<void>,
): Promise<PolicyChangeView> {
  const { policy } = await readPolicyChange(context, changeId);
  await withPolicyLock(context.db, policy, async (tx, current) => {
    const change = await tx.policyChange.findUniqueOrThrow({ where: { id: changeId }, include: people });
    if (change.status !== 'pending') throw new AppError('conflict', `the change is already ${change.status}`);
    await write(tx, current, change);
  });
  return readPolicyChange(context, changeId);
}

/** A second admin's approval: the change becomes the next version, if the policy has not changed since. */
export async function approvePolicyChange(context: UseCaseContext, caller: AuthenticatedUser, changeId: string): Promise<PolicyChangeView> {
  return decide(context, changeId, async (tx, current, change) => {
    if (change.proposedBy.id === caller.id) throw new AppError('forbidden', 'a second admin must approve a change you proposed');
    if (current.version !== change.baseVersion) {
      throw new AppError(
        'conflict',
        `the ${current.name} policy changed since this change was proposed (version ${change.baseVersion}, now ${current.version}); reject it and propose it again`,
      );
    }
    const made = await addPolicyVersion(tx, current, change.document as AnyPolicyDocument, caller, { changeId, proposedById: change.proposedBy.id });
    await tx.policyChange.update({ where: { id: changeId }, data: { status: 'approved', decidedById: caller.id, decidedAt: new Date(), version: made.version } });
  });
}

/** Any admin may reject a pending change, its proposer too (a withdrawal). */
export async function rejectPolicyChange(context: UseCaseContext, caller: AuthenticatedUser, changeId: string, reason: string): Promise<PolicyChangeView> {
  return decide(context, changeId, async (tx, current) => {
    await tx.policyChange.update({ where: { id: changeId }, data: { status: 'rejected', decidedById: caller.id, decidedAt: new Date(), reason } });
    await recordAuditEvent(tx, {
      actor: caller,
      action: 'policy.change_rejected',
      target: { type: 'policy', id: current.name },
      before: { changeId, status: 'pending' },
      after: { changeId, status: 'rejected', reason },
    });
  });
}
