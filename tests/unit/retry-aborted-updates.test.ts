import { ServiceError, type WorkflowStartUpdateInput, type WorkflowStartUpdateOutput } from '@temporalio/client';
import { isAbortedUpdate, retryAbortedUpdates } from '../../src/temporal/retry-aborted-updates';

// The interceptor alone; that updates reach continued runs is shown by tests/integration/handoffs-continue.test.ts.
const status = { NOT_FOUND: 5, RESOURCE_EXHAUSTED: 8, UNAVAILABLE: 14 } as const;

function grpcError(code: number, details: string) {
  return Object.assign(new Error(`${code} ${details}`), { code, details, metadata: {} });
}

const input = { updateName: 'u' } as unknown as WorkflowStartUpdateInput;
const output = { updateId: 'id' } as WorkflowStartUpdateOutput;

describe('retrying updates aborted by a continue-as-new', () => {
  it('recognises the aborted update, bare or wrapped by the SDK', () => {
    const aborted = grpcError(status.UNAVAILABLE, 'workflow update was aborted');
    expect(isAbortedUpdate(aborted)).toBe(true);
    expect(isAbortedUpdate(new ServiceError('Failed to start update', { cause: aborted }))).toBe(true);
    const closing = grpcError(status.RESOURCE_EXHAUSTED, 'workflow operation can not be applied because workflow is closing');
    expect(isAbortedUpdate(closing)).toBe(true);
    expect(isAbortedUpdate(grpcError(status.RESOURCE_EXHAUSTED, 'namespace rate limit exceeded'))).toBe(false);
    expect(isAbortedUpdate(grpcError(status.UNAVAILABLE, 'connection refused'))).toBe(false);
    expect(isAbortedUpdate(grpcError(status.NOT_FOUND, 'aborted'))).toBe(false);
  });

  it('sends an aborted update again, and gives up on anything else', async () => {
    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls < 3) throw grpcError(status.UNAVAILABLE, 'workflow update was aborted');
      return output;
    };
    await expect(retryAbortedUpdates.startUpdate?.(input, flaky)).resolves.toBe(output);
    expect(calls).toBe(3);

    const refused = new Error('validator said no');
    await expect(retryAbortedUpdates.startUpdate?.(input, () => Promise.reject(refused))).rejects.toBe(refused);
  });
});
