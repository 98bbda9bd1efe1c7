import { parseConfig, requireExternal, runMain } from '../config';
import { createLogger } from '../logger';
import { onShutdownSignal, startServices } from '../services';
import { installTemporalRuntime } from '../temporal/runtime';

// `npm run start:worker`: the worker alone, on external PostgreSQL and Temporal.
runMain(async () => {
  const config = requireExternal(parseConfig(process.env));
  const logger = createLogger(config.LOG_LEVEL, 'worker');
  installTemporalRuntime(logger);
  const services = await startServices(
    config,
    { databaseUrl: config.DATABASE_URL, temporalAddress: config.TEMPORAL_ADDRESS },
    logger,
    { api: false, worker: true, workflowBundle: config.WORKFLOW_BUNDLE_PATH ? { codePath: config.WORKFLOW_BUNDLE_PATH } : undefined },
  );
  logger.info({ taskQueue: config.TEMPORAL_TASK_QUEUE }, 'worker running');
  onShutdownSignal(() => services.stop());
  await services.workerDone;
});
