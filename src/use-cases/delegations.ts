import { randomUUID } from 'node:crypto';
import type { ApiContext } from '../api/context';
import { AppError } from '../api/errors';
import type { CreateDelegationBody } from '../api/schemas/credits';
import type { z } from '../api/zod';
import type { AuthenticatedUser } from '../db/users';

/** An out-of-office: the delegate decides credits on the caller's behalf from `from` to `to` (UTC dates). */
export async function createDelegation(context: ApiContext, user: AuthenticatedUser, body: z.infer<typeof CreateDelegationBody>) {
  if (body.delegateId === user.id) {
    throw new AppError('validation', 'body delegateId: you cannot delegate to yourself', [
      { in: 'body', field: 'delegateId', message: 'you cannot delegate to yourself' },
    ]);
  }
  const delegate = await context.db.user.findUnique({ where: { id: body.delegateId } });
  if (!delegate?.active) {
    throw new AppError('validation', 'body delegateId: no such active user', [
      { in: 'body', field: 'delegateId', message: 'no such active user' },
    ]);
  }
  const created = await context.db.delegation.create({
    data: { id: randomUUID(), delegatorId: user.id, delegateId: body.delegateId, fromDate: new Date(body.from), toDate: new Date(body.to) },
  });
  return { id: created.id, delegatorId: created.delegatorId, delegateId: created.delegateId, from: body.from, to: body.to };
}
