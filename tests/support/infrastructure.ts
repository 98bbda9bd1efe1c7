import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../../src/db/migrate';
import { createDatabase, dropDatabase, withDatabase } from '../../src/db/server-databases';
import { freePort } from '../../src/embedded/free-port';
import { startEmbeddedPostgres } from '../../src/embedded/postgres';
import { installTemporalCli } from '../../src/temporal/cli';
import { startDevServer } from '../../src/temporal/dev-server';
import { installTemporalServer, startTemporalServer } from '../../src/temporal/server';
import { bundleWorkflows } from '../../src/worker/bundle';

// One PostgreSQL server and one Temporal server per test run, both real: the dev server, or with
// TEST_TEMPORAL=postgres the production server on that PostgreSQL (its own two databases). The server is the one
// named by TEST_DATABASE_URL, or an embedded PostgreSQL. The run migrates a template database;
// each test file works in its own copy of it (tests/support/harness.ts), so policy changes in one
// file never reach another. Every database is dropped at the end.

export interface Infrastructure {
  /** The migrated template database. */
  databaseUrl: string;
  temporalAddress: string;
  workflowBundlePath: string;
  stop(): Promise<void>;
}

export const INFRASTRUCTURE_ENV = {
  databaseUrl: 'TEST_INFRA_DATABASE_URL',
  temporalAddress: 'TEST_INFRA_TEMPORAL_ADDRESS',
  workflowBundlePath: 'TEST_INFRA_WORKFLOW_BUNDLE',
} as const;

export async function startInfrastructure(log: (line: string) => void): Promise<Infrastructure> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'service-engine-test-'));
  const database = `test_${randomBytes(6).toString('hex')}`;
  const stops: Array<() => Promise<void>> = [() => rm(workDir, { recursive: true, force: true })];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch((error: unknown) => log(`teardown: ${String(error)}`));
  };

  try {
    let serverUrl = process.env.TEST_DATABASE_URL;
    if (serverUrl) {
      log(`PostgreSQL: ${new URL(serverUrl).host} (TEST_DATABASE_URL), database ${database}`);
    } else {
      const port = await freePort();
      log(`PostgreSQL: embedded on port ${port}, database ${database}`);
      const embedded = await startEmbeddedPostgres({
        dataDir: path.join(workDir, 'pg'),
        port,
        database: 'postgres',
        persistent: false,
      });
      stops.push(() => embedded.stop());
      serverUrl = embedded.url;
    }
    await createDatabase(serverUrl, database);
    const adminUrl = serverUrl;
    stops.push(() => dropDatabase(adminUrl, database));
    const databaseUrl = withDatabase(serverUrl, database);
    await migrate(databaseUrl);

    const temporalAddress = await startTemporal(serverUrl, database, workDir, log, stops);

    const workflowBundlePath = path.join(workDir, 'workflow-bundle.js');
    await writeFile(workflowBundlePath, await bundleWorkflows(log));

    return { databaseUrl, temporalAddress, workflowBundlePath, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The Temporal server the run uses (TEST_TEMPORAL=dev|postgres), stopped with the rest. */
async function startTemporal(
  serverUrl: string,
  database: string,
  workDir: string,
  log: (line: string) => void,
  stops: Array<() => Promise<void>>,
): Promise<string> {
  const kind = process.env.TEST_TEMPORAL ?? 'dev';
  if (kind === 'postgres') {
    const databases = { main: `${database}_temporal`, visibility: `${database}_temporal_visibility` };
    stops.push(async () => {
      await dropDatabase(serverUrl, databases.main);
      await dropDatabase(serverUrl, databases.visibility);
    });
    const server = await startTemporalServer({
      build: installTemporalServer(log),
      databaseUrl: serverUrl,
      databases,
      workDir: path.join(workDir, 'temporal-server'),
      namespace: 'default',
      port: await freePort(),
      log,
    });
    stops.push(() => server.stop());
    return server.address;
  }
  if (kind !== 'dev') throw new Error(`TEST_TEMPORAL must be dev or postgres, not ${kind}`);
  const cli = installTemporalCli(log);
  log(`Temporal: dev server from ${cli.source}`);
  const devServer = await startDevServer({ cli, namespace: 'default', logLevel: 'never' });
  stops.push(() => devServer.teardown());
  return devServer.address;
}
