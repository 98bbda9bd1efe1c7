import { connectBackends } from '../backends';
import { parseConfig, requireExternal, runMain } from '../config';
import { createLogger } from '../logger';
import { onShutdownSignal } from '../shutdown';
import { installTemporalRuntime } from '../temporal/runtime';
import { startWorker } from './worker';

// `npm run start:worker`: the worker alone, on external PostgreSQL and Temporal.
runMain(async () => {
  const config = requireExternal(parseConfig(process.env));
  const logger = createLogger(config.LOG_LEVEL, 'worker');
  installTemporalRuntime(logger);
  const backends = await connectBackends(config, { databaseUrl: config.DATABASE_URL, temporalAddress: config.TEMPORAL_ADDRESS });
  const worker = await startWorker(config, backends, logger, config.WORKFLOW_BUNDLE_PATH ? { codePath: config.WORKFLOW_BUNDLE_PATH } : undefined);
  logger.info({ taskQueue: config.TEMPORAL_TASK_QUEUE }, 'worker running');
  onShutdownSignal(async () => {
    await worker.stop();
    await backends.close();
  });
  await worker.done;
});
