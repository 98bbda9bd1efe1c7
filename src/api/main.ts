import { connectBackends } from '../backends';
import { parseConfig, requireExternal, runMain } from '../config';
import { createLogger } from '../logger';
import { onShutdownSignal } from '../shutdown';
import { installTemporalRuntime } from '../temporal/runtime';
import { startApi } from './service';

// `npm run start:api`: the API alone, on external PostgreSQL and Temporal.
runMain(async () => {
  const config = requireExternal(parseConfig(process.env));
  const logger = createLogger(config.LOG_LEVEL, 'api');
  installTemporalRuntime(logger);
  const backends = await connectBackends(config, { databaseUrl: config.DATABASE_URL, temporalAddress: config.TEMPORAL_ADDRESS });
  const api = await startApi(config, backends, logger);
  logger.info({ url: api.url }, 'API listening');
  onShutdownSignal(async () => {
    await api.stop();
    await backends.close();
  });
});
