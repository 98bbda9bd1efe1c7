import { isGrpcServiceError, type WorkflowClientInterceptor } from '@temporalio/client';

// An update that reaches a workflow while its run continues as new is aborted by the server before
// it is accepted: it changed nothing, so it is sent again, to the new run.

const UNAVAILABLE = 14;
const ATTEMPTS = 5;

export function isAbortedUpdate(error: unknown): boolean {
  const grpc = isGrpcServiceError(error) ? error : (error as { cause?: unknown } | undefined)?.cause;
  return isGrpcServiceError(grpc) && grpc.code === UNAVAILABLE && /aborted/i.test(grpc.details || grpc.message);
}

export const retryAbortedUpdates: WorkflowClientInterceptor = {
  async startUpdate(input, next) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await next(input);
      } catch (error) {
        if (attempt === ATTEMPTS || !isAbortedUpdate(error)) throw error;
      }
    }
  },
};
