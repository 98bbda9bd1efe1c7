import type { UpdateDefinition } from '@temporalio/common';
import type { AuthenticatedUser } from '../db/users';
import type { Actor } from '../domain/actor';
import type { InspectionRequest, ReceiptRequest, ReturnState } from '../domain/messages/return';
import type { ReturnView } from '../schemas/returns';
import { cancelReturnUpdate, grantExceptionUpdate, inspectItemsUpdate, receiveItemsUpdate } from '../../workflows/return-messages';
import type { UseCaseContext } from './context';
import { returnHandle, toReturnView } from './returns';
import { sendAction } from './send-action';

// The actions that move a running return on, each an update of its workflow.

async function actOnReturn<Input extends { by: Actor }>(
  context: UseCaseContext,
  caller: AuthenticatedUser,
  returnId: string,
  update: UpdateDefinition<ReturnState, [Input]>,
  input: Omit<Input, 'by'>,
): Promise<ReturnView> {
  const handle = await returnHandle(context, returnId);
  return toReturnView(await sendAction(handle, update, caller, input), handle.workflowId, caller);
}

/** The warehouse records what arrived, no more than was authorised. */
export function receiveItems(context: UseCaseContext, caller: AuthenticatedUser, returnId: string, lines: ReceiptRequest['lines']): Promise<ReturnView> {
  return actOnReturn(context, caller, returnId, receiveItemsUpdate, { lines });
}

/** The warehouse grades each received line. */
export function inspectItems(context: UseCaseContext, caller: AuthenticatedUser, returnId: string, lines: InspectionRequest['lines']): Promise<ReturnView> {
  return actOnReturn(context, caller, returnId, inspectItemsUpdate, { lines });
}

/** A supervisor lets lines refused for the return window or final sale through. */
export function grantReturnException(
  context: UseCaseContext,
  caller: AuthenticatedUser,
  returnId: string,
  exception: { reason: string; skus: string[] },
): Promise<ReturnView> {
  return actOnReturn(context, caller, returnId, grantExceptionUpdate, exception);
}

export function cancelReturn(context: UseCaseContext, caller: AuthenticatedUser, returnId: string, reason: string | null): Promise<ReturnView> {
  return actOnReturn(context, caller, returnId, cancelReturnUpdate, { reason });
}
