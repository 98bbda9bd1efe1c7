import { WithStartWorkflowOperation } from '@temporalio/client';
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
export function startProcess<State, W extends Workflow>(
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
