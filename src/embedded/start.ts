import path from 'node:path';
import { parseConfig, runMain } from '../config';
import { ensureConsoleBuilt } from '../console/build';
import { createLogger } from '../logger';
import { startServices } from '../services';
import { onShutdownSignal } from '../shutdown';
import { installTemporalRuntime } from '../temporal/runtime';
import { createDatabase } from '../db/client';
import { resolveDatabase } from './database';
import { seedDemoOrders } from './demo';
import { relayedToOwnProcessGroup } from './own-process-group';
import { startLocalTemporal } from './temporal';

// `npm start`: the whole product on one machine. An embedded PostgreSQL unless DATABASE_URL is set,
// a Temporal server unless TEMPORAL_ADDRESS is set (the dev server, or with TEMPORAL_SERVER=postgres
// the production one on PostgreSQL), then the worker and the API.
if (!relayedToOwnProcessGroup()) runMain(async () => {
  const config = parseConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL, 'service');
  installTemporalRuntime(logger);
  const say = (line: string) => console.log(line);
  const stops: Array<() => Promise<void>> = [];
  onShutdownSignal(async () => {
    say('Stopping…');
    for (const stop of stops.reverse()) await stop();
  });

  const database = await resolveDatabase(config, say);
  stops.push(() => database.stop());

  let temporalAddress = config.TEMPORAL_ADDRESS;
  let temporalUi = config.TEMPORAL_UI_URL ?? 'the UI of your Temporal server (set TEMPORAL_UI_URL for the console\'s links)';
  if (!temporalAddress) {
    const temporal = await startLocalTemporal(config, database.url, say);
    stops.push(() => temporal.stop());
    temporalAddress = temporal.address;
    temporalUi = temporal.ui;
  }

  await ensureConsoleBuilt(say);
  const services = await startServices(config, { databaseUrl: database.url, temporalAddress }, logger, {
    api: true,
    worker: true,
  });
  stops.push(() => services.stop());
  const demoDb = createDatabase(database.url);
  const demoOrders = await seedDemoOrders(demoDb);
  await demoDb.$disconnect();

  say('');
  say(`Console      ${services.apiUrl}/`);
  say(`API          ${services.apiUrl}/v1`);
  say(`API docs     ${services.apiUrl}/docs   (OpenAPI: ${services.apiUrl}/openapi.json)`);
  say(`Temporal UI  ${temporalUi}`);
  say(`Temporal     ${temporalAddress} (namespace ${config.TEMPORAL_NAMESPACE})`);
  say(`PostgreSQL   ${database.url.replace(/:[^:@/]*@/, ':***@')}`);
  say('');
  say(`Demo orders  ${demoOrders.join('\n             ')}`);
  say('');
  say('First admin:  npm run --silent users:create -- --name "Ari Admin" --role admin --email ari@example.com --password-stdin');
  say('Make an API key: npm run --silent users:create -- --name "Ada Agent" --role agent');
  say('Ctrl-C stops everything; data stays under ' + path.resolve(config.DATA_DIR));
  await services.workerDone;
});
