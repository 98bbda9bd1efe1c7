import { WithStartWorkflowOperation, WorkflowFailedError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { UpdateDefinition, Workflow, WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import { processSearchAttributes } from '../../workflows/search-attributes';
import type { UseCaseContext } from './context';

export interface ProcessStart<W extends Workflow> {
  /** From the business key (src/domain/workflow-ids.ts), so a repeated request never starts a second process. */
  workflowId: string;
  args: Parameters<W>;
  caseId: string;
  customerId: string;
  /** The process status its search attribute starts with. */
  status: string;
  /** A start that finds the process running: `USE_EXISTING` answers with it, `FAIL` refuses. */
  whenRunning: WorkflowIdConflictPolicy;
  /** A start that finds the process finished; the namespace's default when unset. */
  whenFinished?: WorkflowIdReusePolicy;
}

/**
 * Starts a process's workflow together with its start update (update-with-start), with the search
 * attributes every process carries, and answers what the update answers: the state once the
 * process has settled its first step.
 */
export async function startProcess<State, W extends Workflow>(
  context: UseCaseContext,
  workflow: W,
  startUpdate: UpdateDefinition<State, []>,
  start: ProcessStart<W>,
): Promise<State> {
  try {
    return await startWithUpdate(context, workflow, startUpdate, start);
  } catch (error) {
    throw await runFailureBehind(context, start.workflowId, error);
  }
}

const RUN_ENDED_FIRST = /completed before the Update completed/i;

/**
 * A start update that fails because its run failed first (a step the database refused) says only
 * that; the run's own failure says why, and is what the caller is answered with.
 */
async function runFailureBehind(context: UseCaseContext, workflowId: string, error: unknown): Promise<unknown> {
  if (!(error instanceof WorkflowUpdateFailedError) || !RUN_ENDED_FIRST.test(`${error.message} ${error.cause?.message ?? ''}`)) return error;
  const ended = await context.temporal.workflow
    .getHandle(workflowId)
    .result()
    .then(
      () => undefined,
      (failure: unknown) => failure,
    );
  return ended instanceof WorkflowFailedError ? ended : error;
}

function startWithUpdate<State, W extends Workflow>(
  context: UseCaseContext,
  workflow: W,
  startUpdate: UpdateDefinition<State, []>,
  start: ProcessStart<W>,
): Promise<State> {
  return context.temporal.workflow.executeUpdateWithStart(startUpdate, {
    // Typed at the call: `args` are the workflow's parameters (ProcessStart<W>).
    startWorkflowOperation: new WithStartWorkflowOperation<Workflow>(workflow, {
      workflowId: start.workflowId,
      taskQueue: context.taskQueue,
      workflowIdConflictPolicy: start.whenRunning,
      ...(start.whenFinished ? { workflowIdReusePolicy: start.whenFinished } : {}),
      args: start.args,
      typedSearchAttributes: processSearchAttributes(start),
    }),
  });
}
