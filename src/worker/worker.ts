import { Worker, type WorkerOptions } from '@temporalio/worker';
import type { Logger } from 'pino';
import { createActivities } from '../../activities';
import { createTransport } from '../../activities/notifications';
import type { ConnectedBackends } from '../backends';
import type { Config } from '../config';
import { connectWorker } from '../temporal/connection';

export interface RunningWorker {
  /** Settles when the worker stops, by shutdown or by a fatal error. */
  done: Promise<void>;
  stop(): Promise<void>;
}

/**
 * The worker on connected backends: the workflows and the activities on the task queue.
 * `workflowBundle` is a prebuilt bundle (tests build one per run); otherwise they are bundled here.
 */
export async function startWorker(
  config: Config,
  { temporalAddress, db }: ConnectedBackends,
  logger: Logger,
  workflowBundle?: WorkerOptions['workflowBundle'],
): Promise<RunningWorker> {
  const connection = await connectWorker(temporalAddress);
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    activities: createActivities({ db, transport: createTransport(config.SMTP_URL, config.SMTP_FROM, logger) }),
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: require.resolve('../../workflows') }),
  });
  const done = worker.run();
  return {
    done,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done.catch((error: unknown) => logger.error({ err: error }, 'worker stopped with an error'));
      await connection.close();
    },
  };
}
