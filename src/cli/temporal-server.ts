import { parseConfig, runMain } from '../config';
import { resolveDatabase } from '../embedded/database';
import { startLocalTemporal } from '../embedded/temporal';
import { onShutdownSignal } from '../shutdown';

// `npm run temporal:server`: the production Temporal server on PostgreSQL (TEMPORAL_DB_URL, default
// the embedded PostgreSQL of `npm start`), built the first time, until Ctrl-C.
runMain(async () => {
  const config = { ...parseConfig(process.env), TEMPORAL_SERVER: 'postgres' as const };
  const say = (line: string) => console.log(line);
  const database = config.TEMPORAL_DB_URL ? undefined : await resolveDatabase(config, say);
  const temporal = await startLocalTemporal(config, config.TEMPORAL_DB_URL ?? database?.url ?? '', say);
  onShutdownSignal(async () => {
    await temporal.stop();
    await database?.stop();
  });
  say(`Temporal     ${temporal.address} (namespace ${config.TEMPORAL_NAMESPACE})`);
  say(`Use it:      TEMPORAL_ADDRESS=${temporal.address} npm start   (or TEMPORAL_SERVER=postgres npm start, which starts one itself)`);
  await new Promise<never>(() => undefined);
});
