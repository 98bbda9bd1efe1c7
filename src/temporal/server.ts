import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { freePort } from '../embedded/free-port';
import { stopChild } from '../embedded/stop-child';
import { isExecutable } from './cli';

// The Temporal server production runs (the version of docker-compose.yml), on PostgreSQL, with its
// frontend, history, matching and worker services as separate processes. Built from the Go module
// proxy, because no other way to get it works on machines without Docker.

export const TEMPORAL_SERVER_VERSION = '1.29.1';
const MODULE = `go.temporal.io/server@v${TEMPORAL_SERVER_VERSION}`;
const MAX_PORT = 32_768;
const SERVICES = ['history', 'matching', 'worker', 'frontend'] as const;
export type TemporalService = (typeof SERVICES)[number];

export interface TemporalServerBuild {
  server: string;
  sqlTool: string;
  /** The module's own `schema/postgresql/v12` folder. */
  schemaDir: string;
}

export const HOW_TO_GET_THE_SERVER = [
  `The Temporal server ${TEMPORAL_SERVER_VERSION} is built with Go (https://go.dev/dl):`,
  `  go install go.temporal.io/server/cmd/server@v${TEMPORAL_SERVER_VERSION} and …/cmd/tools/sql@v${TEMPORAL_SERVER_VERSION}`,
  '  npm run temporal:server does both the first time (about 5 minutes).',
].join('\n');

function binDir(): string {
  return process.env.TEMPORAL_SERVER_BIN_DIR ?? path.join(os.homedir(), '.cache', 'temporal-server', TEMPORAL_SERVER_VERSION);
}

function go(args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync('go', args, { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.error) throw new Error(`${HOW_TO_GET_THE_SERVER}\n(go: ${result.error.message})`);
  if (result.status !== 0) throw new Error(`go ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  return result.stdout;
}

/** The server and its SQL tool, built the first time into TEMPORAL_SERVER_BIN_DIR (default ~/.cache/temporal-server/<version>). */
export function installTemporalServer(log: (line: string) => void): TemporalServerBuild {
  const dir = binDir();
  const server = path.join(dir, 'server');
  const sqlTool = path.join(dir, 'sql');
  for (const [binary, command] of [
    [server, 'cmd/server'],
    [sqlTool, 'cmd/tools/sql'],
  ] as const) {
    if (isExecutable(binary)) continue;
    log(`Building the Temporal server: go install go.temporal.io/server/${command}@v${TEMPORAL_SERVER_VERSION} (a few minutes the first time)`);
    go(['install', `go.temporal.io/server/${command}@v${TEMPORAL_SERVER_VERSION}`], { ...process.env, GOBIN: dir });
  }
  const moduleDir = (JSON.parse(go(['mod', 'download', '-json', MODULE])) as { Dir: string }).Dir;
  return { server, sqlTool, schemaDir: path.join(moduleDir, 'schema', 'postgresql', 'v12') };
}

export interface TemporalServerOptions {
  build: TemporalServerBuild;
  /** A PostgreSQL server (any database on it): the server's two databases are made there. */
  databaseUrl: string;
  /** The two databases' names; `temporal` and `temporal_visibility` by default. */
  databases?: { main: string; visibility: string };
  /** Config and service logs go here. */
  workDir: string;
  namespace: string;
  /** The frontend's gRPC port; the other services take free ports. */
  port: number;
  log: (line: string) => void;
}

export interface TemporalServer {
  address: string;
  /** Stops one service (SIGKILL when `kill`); `startService` starts it again (the kill tests use both). */
  stopService(service: TemporalService, kill?: boolean): Promise<void>;
  startService(service: TemporalService): Promise<void>;
  stop(): Promise<void>;
}

/** Creates both databases where missing and brings their schema to the server's version (scripts/temporal-schema.sh, which docker-compose.yml runs too). */
function applySchema(build: TemporalServerBuild, databaseUrl: string, databases: { main: string; visibility: string }): void {
  const url = new URL(databaseUrl);
  const env = {
    ...process.env,
    SQL_PLUGIN: 'postgres12',
    SQL_HOST: url.hostname,
    SQL_PORT: url.port || '5432',
    SQL_USER: decodeURIComponent(url.username),
    SQL_PASSWORD: decodeURIComponent(url.password),
  };
  const script = path.resolve(__dirname, '..', '..', 'scripts', 'temporal-schema.sh');
  const result = spawnSync('sh', [script, build.sqlTool, build.schemaDir, databases.main, databases.visibility], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the Temporal schema could not be applied:\n${result.stderr || result.stdout}`);
}

function datastore(url: URL, database: string, maxConns: number) {
  return {
    sql: {
      pluginName: 'postgres12',
      databaseName: database,
      connectAddr: `${url.hostname}:${url.port || '5432'}`,
      connectProtocol: 'tcp',
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  };
}

/** The server's config (JSON is YAML), as in the module's `config/development-postgres12.yaml`. */
async function writeConfig(options: TemporalServerOptions, databases: { main: string; visibility: string }): Promise<{ configDir: string; ports: Record<TemporalService, number> }> {
  const url = new URL(options.databaseUrl);
  // Temporal keeps membership ports in a smallint column: every port stays under 32768.
  const port = () => freePort(MAX_PORT);
  const ports = { frontend: options.port, history: await port(), matching: await port(), worker: await port() };
  const rpc = async (service: TemporalService) => ({
    grpcPort: ports[service],
    membershipPort: await port(),
    bindOnLocalHost: true,
    ...(service === 'frontend' ? { httpPort: await port() } : {}),
  });
  const config = {
    log: { stdout: true, level: 'warn' },
    persistence: {
      defaultStore: 'default',
      visibilityStore: 'visibility',
      numHistoryShards: 4,
      datastores: { default: datastore(url, databases.main, 20), visibility: datastore(url, databases.visibility, 5) },
    },
    global: { membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' } },
    services: Object.fromEntries(await Promise.all(SERVICES.map(async (service) => [service, { rpc: await rpc(service) }]))),
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: { active: { enabled: true, initialFailoverVersion: 1, rpcName: 'frontend', rpcAddress: `127.0.0.1:${ports.frontend}` } },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    dynamicConfigClient: { filepath: path.join(options.workDir, 'config', 'dynamicconfig.yaml'), pollInterval: '10s' },
  };
  const dynamicConfig = {
    'frontend.enableExecuteMultiOperation': [{ value: true }],
    // A search attribute added at start is usable at once (the product registers its own).
    'system.forceSearchAttributesCacheRefreshOnRead': [{ value: true }],
  };
  const configDir = path.join(options.workDir, 'config');
  await mkdir(configDir, { recursive: true });
  await writeFile(path.join(configDir, 'server.yaml'), JSON.stringify(config, null, 2));
  await writeFile(path.join(configDir, 'dynamicconfig.yaml'), JSON.stringify(dynamicConfig, null, 2));
  return { configDir, ports };
}

/** Resolves once the frontend answers and the namespace is usable; the namespace is registered if missing. */
async function awaitNamespace(address: string, namespace: string, children: Map<TemporalService, ChildProcess>): Promise<void> {
  const deadline = Date.now() + 120_000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const exited = [...children].find(([, child]) => child.exitCode !== null);
    if (exited) throw new Error(`the Temporal ${exited[0]} service exited (code ${exited[1].exitCode}); see its log`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 2_000 });
      try {
        await connection.workflowService
          .registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('3 days') })
          .catch((error: { code?: number }) => {
            if (error.code !== 6) throw error; // ALREADY_EXISTS
          });
        await connection.workflowService.listWorkflowExecutions({ namespace, pageSize: 1 });
        return;
      } finally {
        await connection.close();
      }
    } catch (error) {
      lastError = error;
      await sleep(500);
    }
  }
  throw new Error(`the Temporal server did not become ready in 120 s: ${String(lastError)}`);
}

/** Applies the schema, writes the config, starts the four services and registers the namespace. */
export async function startTemporalServer(options: TemporalServerOptions): Promise<TemporalServer> {
  const databases = options.databases ?? { main: 'temporal', visibility: 'temporal_visibility' };
  applySchema(options.build, options.databaseUrl, databases);
  const { configDir, ports } = await writeConfig(options, databases);
  const children = new Map<TemporalService, ChildProcess>();

  const startService = async (service: TemporalService) => {
    const logFile = createWriteStream(path.join(options.workDir, `${service}.log`), { flags: 'a' });
    const child = spawn(options.build.server, ['--root', options.workDir, '--config', path.relative(options.workDir, configDir), '--env', 'server', '--allow-no-auth', 'start', '--service', service], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(logFile);
    child.stderr?.pipe(logFile);
    children.set(service, child);
  };
  const stopService = async (service: TemporalService, kill = false) => {
    const child = children.get(service);
    children.delete(service);
    if (child) await stopChild(child, kill ? 'SIGKILL' : 'SIGTERM', 15_000);
  };
  const stop = async () => {
    for (const service of [...SERVICES].reverse()) await stopService(service);
  };

  try {
    // History first: the first service to start writes the cluster's metadata, and two at once collide.
    await startService('history');
    await awaitPort(ports.history, () => children.get('history'), path.join(options.workDir, 'history.log'));
    for (const service of SERVICES.slice(1)) await startService(service);
    const address = `127.0.0.1:${options.port}`;
    await awaitNamespace(address, options.namespace, children);
    options.log(`Temporal server ${TEMPORAL_SERVER_VERSION} on PostgreSQL (${databases.main}, ${databases.visibility}); logs in ${options.workDir}`);
    return { address, startService, stopService, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function awaitPort(port: number, child: () => ChildProcess | undefined, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child()?.exitCode !== null) throw new Error(`a Temporal service exited before it listened on ${port}; see ${logFile}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      }).on('error', () => resolve(false));
    });
    if (open) return;
    await sleep(200);
  }
  throw new Error(`no Temporal service listened on ${port} in 60 s; see ${logFile}`);
}
