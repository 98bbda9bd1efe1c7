import { getExternalWorkflowHandle, patched, workflowInfo } from '@temporalio/workflow';
import { workflowIds } from '../src/domain/workflow-ids';
import { activities } from './activities';
import { processFinishedSignal } from './case-messages';

// Added while workflows were running: their histories finish without it.
const FINAL_STATE_PATCH = 'record-final-state';
/** Histories recorded before it finished without telling their case. */
const TELL_CASE_PATCH = 'tell-case-when-finished';

/**
 * Keeps the state a process finished with in PostgreSQL, where the API reads it once Temporal's
 * retention has removed the workflow, and tells the process's case (whose owner is notified);
 * returns that state as the workflow's result.
 */
export async function finishWith<State extends { caseId: string; status: string }>(process: string, state: State): Promise<State> {
  if (patched(FINAL_STATE_PATCH)) {
    await activities.recordFinalState({ workflowId: workflowInfo().workflowId, process, state, finishedAt: new Date().toISOString() });
  }
  if (patched(TELL_CASE_PATCH)) await tellCase(process, state);
  return state;
}

async function tellCase(process: string, state: { caseId: string; status: string }): Promise<void> {
  const id = String((state as Record<string, unknown>)[`${process}Id`]);
  try {
    await getExternalWorkflowHandle(workflowIds.case(state.caseId)).signal(processFinishedSignal, { process, id, status: state.status });
  } catch {
    // A closed case has no owner to tell: the process finishes all the same.
  }
}
