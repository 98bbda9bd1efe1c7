import { isGrpcServiceError, WorkflowNotFoundError } from '@temporalio/client';
import type { TestApp } from './harness';
import { eventually } from './wait';

/** gRPC's NOT_FOUND: the delete came after the server had finished removing it. */
const GRPC_NOT_FOUND = 5;

/**
 * Does to a finished workflow what the namespace's retention does: removes it and its history. The
 * server deletes in the background, so the request is repeated until the workflow is gone.
 */
export async function forgetWorkflow(app: TestApp, workflowId: string): Promise<void> {
  await app.temporal.workflow.getHandle(workflowId).result();
  const request = { namespace: app.temporal.options.namespace, workflowExecution: { workflowId } };
  await eventually(
    async () => {
      try {
        await app.temporal.workflow.getHandle(workflowId).describe();
      } catch (error) {
        if (error instanceof WorkflowNotFoundError) return true;
        throw error;
      }
      try {
        await app.temporal.workflowService.deleteWorkflowExecution(request);
      } catch (error) {
        if (isGrpcServiceError(error) && error.code === GRPC_NOT_FOUND) return true;
        throw error;
      }
      return undefined;
    },
    90_000,
    2000,
  );
}
