import type { WorkerOptions } from '@temporalio/worker';
import type { Logger } from 'pino';
import { startApi } from './api/service';
import { connectBackends, type Backends } from './backends';
import type { Config } from './config';
import { startWorker } from './worker/worker';

// The API and the worker in one process, on given PostgreSQL and Temporal servers: `npm start`
// and the tests. Each alone: src/api/main.ts, src/worker/main.ts.

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

export async function startServices(config: Config, backends: Backends, logger: Logger, options: ServiceOptions): Promise<RunningServices> {
  const connected = await connectBackends(config, backends);
  const worker = options.worker ? await startWorker(config, connected, logger, options.workflowBundle) : undefined;
  const api = options.api ? await startApi(config, connected, logger) : undefined;
  return {
    apiUrl: api?.url,
    workerDone: worker?.done ?? Promise.resolve(),
    async stop() {
      await api?.stop();
      await worker?.stop();
      await connected.close();
    },
  };
}
