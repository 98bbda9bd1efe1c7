import { NativeConnection, Worker } from '@temporalio/worker';
import { MINIMAL_TASK_QUEUE } from './task-queue';

// The ceiling's worker, a process of its own as the product's worker is.
async function main(): Promise<void> {
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS });
  const worker = await Worker.create({
    connection,
    taskQueue: MINIMAL_TASK_QUEUE,
    workflowsPath: require.resolve('./workflow'),
    activities: { noop: async () => undefined },
  });
  console.log(JSON.stringify({ msg: 'worker running' }));
  await worker.run();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
