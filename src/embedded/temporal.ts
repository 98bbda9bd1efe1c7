import path from 'node:path';
import { temporalUiUrl, type Config } from '../config';
import { installTemporalCli } from '../temporal/cli';
import { startDevServer } from '../temporal/dev-server';
import { installTemporalServer, startTemporalServer } from '../temporal/server';

export interface LocalTemporal {
  address: string;
  /** Where people look at the processes (or why there is no UI). */
  ui: string;
  stop(): Promise<void>;
}

/**
 * The Temporal server of the embedded stack: the dev server on a SQLite file under DATA_DIR, or with
 * TEMPORAL_SERVER=postgres the production server on PostgreSQL (TEMPORAL_DB_URL, default the
 * embedded PostgreSQL).
 */
export async function startLocalTemporal(config: Config, databaseUrl: string, say: (line: string) => void): Promise<LocalTemporal> {
  if (config.TEMPORAL_SERVER === 'postgres') {
    const server = await startTemporalServer({
      build: installTemporalServer(say),
      databaseUrl: config.TEMPORAL_DB_URL ?? databaseUrl,
      workDir: path.resolve(config.DATA_DIR, 'temporal-server'),
      namespace: config.TEMPORAL_NAMESPACE,
      port: config.TEMPORAL_PORT,
      log: say,
    });
    return { address: server.address, ui: 'none with TEMPORAL_SERVER=postgres (docker compose runs temporalio/ui beside the server)', stop: server.stop };
  }
  const cli = installTemporalCli(say);
  say(`Starting the Temporal dev server with ${cli.source}`);
  const devServer = await startDevServer({
    cli,
    namespace: config.TEMPORAL_NAMESPACE,
    port: config.TEMPORAL_PORT,
    uiPort: config.TEMPORAL_UI_PORT,
    dbFilename: path.resolve(config.DATA_DIR, 'temporal.db'),
  });
  return {
    address: devServer.address,
    ui: `${temporalUiUrl(config)}/namespaces/${config.TEMPORAL_NAMESPACE}/workflows`,
    stop: () => devServer.teardown(),
  };
}
