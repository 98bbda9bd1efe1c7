import type { WorkflowHandle } from '@temporalio/client';
import type { AuthenticatedUser } from '../db/users';
import { AppError } from '../domain/errors';
import { workflowIds } from '../domain/workflow-ids';
import type { CreditView } from '../schemas/credits';
import { decideCreditUpdate, recallCreditUpdate } from '../../workflows/credit-messages';
import type { UseCaseContext } from './context';
import { deciderFor } from './credit-deciders';
import { toCreditView } from './credits';
import { sendAction } from './send-action';

// The actions that move a pending credit on, each an update of its workflow.

function creditHandle(context: UseCaseContext, creditId: string): WorkflowHandle {
  return context.temporal.workflow.getHandle(workflowIds.credit(creditId));
}

export async function decideCredit(
  context: UseCaseContext,
  user: AuthenticatedUser,
  creditId: string,
  decision: 'approve' | 'reject',
  note: string | null,
): Promise<CreditView> {
  // The workflow's validator has the last word; this read only picks whose authority to act with.
  const row = await context.db.credit.findUnique({ where: { id: creditId }, include: { approvals: true } });
  if (!row) throw new AppError('not_found', `no credit ${creditId}`);
  const allowed = await (await deciderFor(context, user))(row);
  const onBehalfOf = allowed?.onBehalfOf ?? null;
  const decided = await sendAction(creditHandle(context, creditId), decideCreditUpdate, user, { decision, onBehalfOf, note });
  return toCreditView(decided, user);
}

export async function recallCredit(context: UseCaseContext, user: AuthenticatedUser, creditId: string): Promise<CreditView> {
  if (!(await context.db.credit.count({ where: { id: creditId } }))) throw new AppError('not_found', `no credit ${creditId}`);
  const recalled = await sendAction(creditHandle(context, creditId), recallCreditUpdate, user, {});
  return toCreditView(recalled, user);
}
