import { isGrpcServiceError, type WorkflowClientInterceptor, type WorkflowStartUpdateOutput } from '@temporalio/client';
import { FailureType } from '../domain/failures';

// An update that reaches a workflow while its run continues as new is aborted by the server before
// it is accepted: it changed nothing, so it is sent again, to the new run. The server says so with
// "workflow update was aborted" (UNAVAILABLE) or, once the run is closing, "workflow operation can
// not be applied because workflow is closing" (RESOURCE_EXHAUSTED). A run waiting to continue as new
// refuses updates in their validator (`HandingOver`, workflows/continue-as-new.ts): refused, they
// changed nothing either.

const RESOURCE_EXHAUSTED = 8;
const UNAVAILABLE = 14;
/** How long an aborted update is sent again: a new run can take seconds to start on a loaded server. */
const RETRY_FOR_MS = 10_000;

export function isAbortedUpdate(error: unknown): boolean {
  const grpc = isGrpcServiceError(error) ? error : (error as { cause?: unknown } | undefined)?.cause;
  if (!isGrpcServiceError(grpc)) return false;
  const message = grpc.details || grpc.message;
  return (grpc.code === UNAVAILABLE && /aborted/i.test(message)) || (grpc.code === RESOURCE_EXHAUSTED && /workflow is closing/i.test(message));
}

function refusedWhileHandingOver(output: WorkflowStartUpdateOutput): boolean {
  return output.outcome?.failure?.applicationFailureInfo?.type === FailureType.handingOver;
}

export const retryAbortedUpdates: WorkflowClientInterceptor = {
  async startUpdate(input, next) {
    const giveUpAt = Date.now() + RETRY_FOR_MS;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const output = await next(input);
        if (Date.now() > giveUpAt || !refusedWhileHandingOver(output)) return output;
      } catch (error) {
        if (Date.now() > giveUpAt || !isAbortedUpdate(error)) throw error;
      }
      // Gives the server a moment to start the new run.
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * attempt, 1000)));
    }
  },
};
