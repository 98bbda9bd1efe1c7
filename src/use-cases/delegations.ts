import { randomUUID } from 'node:crypto';
import { recordAuditEvent } from '../db/audit';
import type { Prisma } from '../db/client';
import type { AuthenticatedUser } from '../db/users';
import { delegationStatus, mayReceiveDelegation, type DelegationStatus } from '../domain/delegations';
import { AppError, invalidField } from '../domain/errors';
import { isRole } from '../domain/roles';
import type { CreateDelegationBody, DelegationListSchema, DelegationView, ListDelegationsQuery } from '../schemas/delegations';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';
import { afterPosition, decodeCursor, pageOf } from './cursor';

// Out-of-office delegations: given by an approver to another approver for at most 30 days, listed
// to the people in them (and admins), ended by the delegator or an admin.

interface DelegationRow {
  id: string;
  delegatorId: string;
  delegateId: string;
  fromDate: Date;
  toDate: Date;
  createdAt: Date;
  endedAt: Date | null;
  endedById: string | null;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Today's date in UTC, as delegations count days. */
export function todayUtc(): string {
  return isoDate(new Date());
}

function delegationView(row: DelegationRow, today: string): DelegationView {
  const from = isoDate(row.fromDate);
  const to = isoDate(row.toDate);
  return {
    id: row.id,
    delegatorId: row.delegatorId,
    delegateId: row.delegateId,
    from,
    to,
    status: delegationStatus({ from, to, ended: row.endedAt !== null }, today),
    createdAt: row.createdAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    endedById: row.endedById,
  };
}

function refuseDelegate(message: string): AppError {
  return invalidField('body', 'delegateId', message);
}

/** The delegate decides credits on the caller's behalf from `from` to `to` (UTC dates, inclusive). */
export async function createDelegation(context: UseCaseContext, user: AuthenticatedUser, body: z.infer<typeof CreateDelegationBody>): Promise<DelegationView> {
  if (body.delegateId === user.id) throw refuseDelegate('you cannot delegate to yourself');
  const delegate = await context.db.user.findUnique({ where: { id: body.delegateId } });
  if (!delegate?.active) throw refuseDelegate('no such active user');
  if (!isRole(delegate.role) || !mayReceiveDelegation(delegate.role)) {
    throw refuseDelegate(`the role ${delegate.role} does not approve credits; delegate to a supervisor, accounting or accounting_manager`);
  }
  const row = await context.db.$transaction(async (tx) => {
    const created = await tx.delegation.create({
      data: { id: randomUUID(), delegatorId: user.id, delegateId: body.delegateId, fromDate: new Date(body.from), toDate: new Date(body.to) },
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: 'delegation.created',
      target: { type: 'delegation', id: created.id },
      after: { delegatorId: user.id, delegateId: body.delegateId, from: body.from, to: body.to },
    });
    return created;
  });
  return delegationView(row, todayUtc());
}

function statusFilter(status: DelegationStatus, today: Date): Prisma.DelegationWhereInput {
  switch (status) {
    case 'ended':
      return { endedAt: { not: null } };
    case 'scheduled':
      return { endedAt: null, fromDate: { gt: today } };
    case 'expired':
      return { endedAt: null, toDate: { lt: today } };
    case 'active':
      return { endedAt: null, fromDate: { lte: today }, toDate: { gte: today } };
  }
}

/** Newest first: an admin sees every delegation, anyone else those they gave or received. */
export async function listDelegations(
  context: UseCaseContext,
  user: AuthenticatedUser,
  query: z.infer<typeof ListDelegationsQuery>,
): Promise<z.infer<typeof DelegationListSchema>> {
  const today = todayUtc();
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const rows = await context.db.delegation.findMany({
    where: {
      AND: [
        user.role === 'admin' ? {} : { OR: [{ delegatorId: user.id }, { delegateId: user.id }] },
        query.status ? statusFilter(query.status, new Date(today)) : {},
        afterPosition('createdAt', after),
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
  });
  return pageOf(rows, query.limit, (row) => ({ at: row.createdAt, id: row.id }), (row) => delegationView(row, today));
}

/** Ends a delegation at once: its delegate no longer decides for the delegator. */
export async function endDelegation(context: UseCaseContext, user: AuthenticatedUser, delegationId: string): Promise<DelegationView> {
  const today = todayUtc();
  const row = await context.db.$transaction(async (tx) => {
    const found = await tx.delegation.findUnique({ where: { id: delegationId } });
    if (!found) throw new AppError('not_found', `no delegation ${delegationId}`);
    if (found.delegatorId !== user.id && user.role !== 'admin') throw new AppError('forbidden', 'only the delegator or an admin may end a delegation');
    const before = delegationView(found, today);
    if (before.status === 'ended' || before.status === 'expired') throw new AppError('conflict', `the delegation has already ${before.status === 'ended' ? 'been ended' : 'expired'}`);
    const ended = await tx.delegation.updateMany({ where: { id: delegationId, endedAt: null }, data: { endedAt: new Date(), endedById: user.id } });
    if (ended.count === 0) throw new AppError('conflict', 'the delegation has already been ended');
    const updated = await tx.delegation.findUniqueOrThrow({ where: { id: delegationId } });
    await recordAuditEvent(tx, {
      actor: user,
      action: 'delegation.ended',
      target: { type: 'delegation', id: delegationId },
      before: { status: before.status, endedAt: null },
      after: { status: 'ended', endedAt: updated.endedAt?.toISOString() ?? null },
    });
    return updated;
  });
  return delegationView(row, today);
}
