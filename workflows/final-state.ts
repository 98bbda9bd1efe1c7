import { patched, workflowInfo } from '@temporalio/workflow';
import { activities } from './activities';

// Added while workflows were running: their histories finish without it.
const FINAL_STATE_PATCH = 'record-final-state';

/**
 * Keeps the state a process finished with in PostgreSQL, where the API reads it once Temporal's
 * retention has removed the workflow; returns that state as the workflow's result.
 */
export async function finishWith<State extends object>(process: string, state: State): Promise<State> {
  if (patched(FINAL_STATE_PATCH)) {
    await activities.recordFinalState({ workflowId: workflowInfo().workflowId, process, state, finishedAt: new Date().toISOString() });
  }
  return state;
}
