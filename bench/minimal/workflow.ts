import { condition, defineUpdate, proxyActivities, setHandler } from '@temporalio/workflow';

// The ceiling of the throughput benchmark: the shape of opening a case (an update sent with the
// start that waits on one activity), with nothing else.

export const minimalStartUpdate = defineUpdate<string>('minimalStart');

const { noop } = proxyActivities<{ noop(): Promise<void> }>({ startToCloseTimeout: '10 seconds' });

export async function minimalWorkflow(): Promise<void> {
  let started = false;
  setHandler(minimalStartUpdate, async () => {
    await noop();
    started = true;
    return 'started';
  });
  await condition(() => started);
}
