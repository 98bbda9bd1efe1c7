import type { AuthenticatedUser } from '../db/users';
import { AppError } from '../domain/errors';
import type { ContactRequest } from '../domain/messages/handoff';
import type { HandoffView } from '../schemas/handoffs';
import { fulfilCommitmentUpdate, recordContactUpdate, surveyResponseUpdate, waiveCommitmentUpdate } from '../../workflows/handoff-messages';
import type { UseCaseContext } from './context';
import { handoffHandle, handoffState, toHandoffView } from './handoffs';
import { sendAction } from './send-action';

// The actions that move a running handoff on, each an update of its workflow.

export async function recordContact(
  context: UseCaseContext,
  user: AuthenticatedUser,
  handoffId: string,
  contact: Omit<ContactRequest, 'by'>,
): Promise<HandoffView> {
  const handle = await handoffHandle(context, handoffId);
  const state = await sendAction(handle, recordContactUpdate, user, contact);
  return toHandoffView(context, state, user);
}

export async function settleCommitment(
  context: UseCaseContext,
  user: AuthenticatedUser,
  handoffId: string,
  n: number,
  decision: 'fulfil' | 'waive',
  note: string | null,
): Promise<HandoffView> {
  const handle = await handoffHandle(context, handoffId);
  if (n > (await handoffState(context, handle)).commitments.length) throw new AppError('not_found', `handoff ${handoffId} has no commitment ${n}`);
  const update = decision === 'fulfil' ? fulfilCommitmentUpdate : waiveCommitmentUpdate;
  const state = await sendAction(handle, update, user, { n, note });
  return toHandoffView(context, state, user);
}

export async function answerSurvey(
  context: UseCaseContext,
  user: AuthenticatedUser,
  handoffId: string,
  answer: { score: number; comment: string | null },
): Promise<HandoffView> {
  const handle = await handoffHandle(context, handoffId);
  const state = await sendAction(handle, surveyResponseUpdate, user, answer);
  return toHandoffView(context, state, user);
}
