import type { WorkflowHandle } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { AuthenticatedUser } from '../db/users';
import { actorOf, type Actor } from '../domain/actor';

/**
 * Sends a running process an action, as the update its workflow defines for it, on behalf of the
 * caller; answers the process's state after it. The workflow's validator has the last word.
 */
export function sendAction<State, Input extends { by: Actor }>(
  handle: WorkflowHandle,
  update: UpdateDefinition<State, [Input]>,
  caller: AuthenticatedUser,
  input: Omit<Input, 'by'>,
): Promise<State> {
  return handle.executeUpdate(update, { args: [{ by: actorOf(caller), ...input } as Input] });
}
