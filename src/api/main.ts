import { parseConfig, requireExternal, runMain } from '../config';
import { createLogger } from '../logger';
import { onShutdownSignal, startServices } from '../services';
import { installTemporalRuntime } from '../temporal/runtime';

// `npm run start:api`: the API alone, on external PostgreSQL and Temporal.
runMain(async () => {
  const config = requireExternal(parseConfig(process.env));
  const logger = createLogger(config.LOG_LEVEL, 'api');
  installTemporalRuntime(logger);
  const services = await startServices(
    config,
    { databaseUrl: config.DATABASE_URL, temporalAddress: config.TEMPORAL_ADDRESS },
    logger,
    { api: true, worker: false },
  );
  logger.info({ url: services.apiUrl }, 'API listening');
  onShutdownSignal(() => services.stop());
});
