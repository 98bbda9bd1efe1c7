import { WithStartWorkflowOperation, type WorkflowStartOptions } from '@temporalio/client';
import type { UpdateDefinition, Workflow } from '@temporalio/common';
import { processSearchAttributes } from '../../workflows/search-attributes';
import type { TestApp } from './harness';

/**
 * Starts a process's workflow with its start update, as the API does, but with arguments the API
 * never sends (a tiny history bound): for tests and recorded histories of continue-as-new.
 */
export function startWorkflowDirectly<W extends Workflow, Ret>(
  app: TestApp,
  workflow: W,
  startUpdate: UpdateDefinition<Ret, []>,
  start: { workflowId: string; args: Parameters<W>; caseId: string; customerId: string; status: string },
): Promise<Ret> {
  // The arguments' type depends on the workflow's, which TypeScript cannot check for any W.
  const options = {
    workflowId: start.workflowId,
    taskQueue: app.taskQueue,
    workflowIdConflictPolicy: 'FAIL',
    args: start.args,
    typedSearchAttributes: processSearchAttributes(start),
  } as unknown as WorkflowStartOptions<W> & { workflowIdConflictPolicy: 'FAIL' };
  return app.temporal.workflow.executeUpdateWithStart(startUpdate, {
    startWorkflowOperation: new WithStartWorkflowOperation(workflow, options),
  });
}
