import { Worker, type WorkerOptions } from '@temporalio/worker';
import type { Logger } from 'pino';
import { createActivities } from '../../activities';
import type { ConnectedBackends } from '../backends';
import { ACTIVITY_POOL_WAIT_MS, createDatabase } from '../db/client';
import { customerLinkBase, type Config } from '../config';
import { loadLinkKeys } from '../customer-links/keys';
import { createCustomerLinks } from '../customer-links/links';
import { connectWorker } from '../temporal/connection';
import { messageHostOf, startNotificationSender } from './notification-sender';
import { createTransport } from './notification-transport';

export interface RunningWorker {
  /** Settles when the worker stops, by shutdown or by a fatal error. */
  done: Promise<void>;
  stop(): Promise<void>;
}

/**
 * The worker on connected backends: the workflows and the activities on the task queue, and the
 * sender that delivers the notifications outbox.
 * `workflowBundle` is a prebuilt bundle (tests build one per run); otherwise they are bundled here.
 */
export async function startWorker(
  config: Config,
  { temporalAddress, databaseUrl, db }: ConnectedBackends,
  logger: Logger,
  workflowBundle?: WorkerOptions['workflowBundle'],
): Promise<RunningWorker> {
  const links = createCustomerLinks(await loadLinkKeys(db, config), customerLinkBase(config), config.CUSTOMER_LINK_TTL_DAYS * 86_400_000);
  const connection = await connectWorker(temporalAddress);
  const activityDb = createDatabase(databaseUrl, ACTIVITY_POOL_WAIT_MS);
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    activities: createActivities({ db: activityDb }),
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: require.resolve('../../workflows') }),
  });
  const done = worker.run();
  const sender = startNotificationSender({
    db,
    transport: createTransport(config.SMTP_URL, config.SMTP_FROM, logger, links),
    policy: { maxAttempts: config.NOTIFY_MAX_ATTEMPTS, firstDelayMs: config.NOTIFY_RETRY_SECONDS * 1000 },
    messageHost: messageHostOf(config.SMTP_FROM),
    logger,
  });
  return {
    done,
    async stop() {
      await sender.stop();
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done.catch((error: unknown) => logger.error({ err: error }, 'worker stopped with an error'));
      await connection.close();
      await activityDb.$disconnect();
    },
  };
}
