import type { Logger } from 'pino';
import type { WorkerOptions } from '@temporalio/worker';
import { createTransport } from '../activities/notifications';
import { buildApp } from './api/app';
import { scheduleIdempotencyPurge } from './api/idempotency-purge';
import { listen } from './api/server';
import { prepareBackends } from './bootstrap';
import type { Config } from './config';
import { createDatabase } from './db/client';
import { connectClient, connectWorker } from './temporal/connection';
import { createWorker } from './worker/worker';

// Composes the API and the worker on given PostgreSQL and Temporal servers. Used by every entry
// point (`npm start`, `start:api`, `start:worker`) and by the tests.

export interface Backends {
  databaseUrl: string;
  temporalAddress: string;
}

export interface ServiceOptions {
  api: boolean;
  worker: boolean;
  workflowBundle?: WorkerOptions['workflowBundle'];
}

export interface RunningServices {
  apiUrl: string | undefined;
  /** Settles when the worker stops, by shutdown or by a fatal error. */
  workerDone: Promise<void>;
  stop(): Promise<void>;
}

export async function startServices(
  config: Config,
  backends: Backends,
  logger: Logger,
  options: ServiceOptions,
): Promise<RunningServices> {
  const namespace = config.TEMPORAL_NAMESPACE;
  const db = createDatabase(backends.databaseUrl);
  const client = await connectClient(backends.temporalAddress, namespace);
  await prepareBackends(backends.databaseUrl, db, client);
  const stops: Array<() => Promise<void>> = [];

  let workerDone: Promise<void> = Promise.resolve();
  if (options.worker) {
    const connection = await connectWorker(backends.temporalAddress);
    const worker = await createWorker({
      connection,
      namespace,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      db,
      transport: createTransport(config.SMTP_URL, config.SMTP_FROM, logger),
      workflowBundle: options.workflowBundle,
    });
    workerDone = worker.run();
    stops.push(async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await workerDone.catch((error: unknown) => logger.error({ err: error }, 'worker stopped with an error'));
      await connection.close();
    });
  }

  let apiUrl: string | undefined;
  if (options.api) {
    const app = buildApp(
      { db, temporal: client, taskQueue: config.TEMPORAL_TASK_QUEUE, logger },
      {
        bodyLimit: config.BODY_LIMIT,
        rateLimits: {
          perUser: config.RATE_LIMIT_PER_MINUTE,
          perAddress: config.RATE_LIMIT_PER_ADDRESS_PER_MINUTE,
          authFailuresPerAddress: config.AUTH_FAILURES_PER_MINUTE,
        },
      },
    );
    const server = await listen(app, config.PORT, config.HOST);
    apiUrl = server.url;
    const stopPurge = scheduleIdempotencyPurge(db, logger);
    stops.unshift(async () => {
      stopPurge();
      await server.close();
    });
  }

  return {
    apiUrl,
    workerDone,
    async stop() {
      for (const stop of stops) await stop();
      await client.connection.close();
      await db.$disconnect();
    },
  };
}

/** Stops on SIGINT or SIGTERM, once. */
export function onShutdownSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
