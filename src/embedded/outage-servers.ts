import { rm } from 'node:fs/promises';
import path from 'node:path';
import { installTemporalCli } from '../temporal/cli';
import { startDevServer } from '../temporal/dev-server';
import { freePort } from './free-port';
import { startPostgresProcess } from './postgres-process';

// The servers behind the product as the outage tests and `npm run faults` need them: each can go
// down and come back on the same port with the same data, as after a crash or a restart.

export interface OutageServer {
  /** Down (PostgreSQL: a fast shutdown; Temporal: SIGKILL). */
  down(): Promise<void>;
  /** Back on the same port with the same data. */
  up(): Promise<void>;
  /** Down for good, its data removed. */
  remove(): Promise<void>;
}

/** Starts a server now, and again after each `down()`; answers the first one with its controls. */
async function restartable<Server>(start: () => Promise<Server>, stop: (server: Server) => Promise<void>, removeData: () => Promise<void>): Promise<OutageServer & { first: Server }> {
  const first = await start();
  let running: Server | undefined = first;
  const down = async () => {
    if (running !== undefined) await stop(running);
    running = undefined;
  };
  return {
    first,
    down,
    async up() {
      running ??= await start();
    },
    async remove() {
      await down();
      await removeData();
    },
  };
}

/** An embedded PostgreSQL under `workDir`, in a process of its own; `url` names `database` on it. */
export async function outagePostgres(workDir: string, database: string): Promise<OutageServer & { url: string }> {
  const options = { dataDir: path.join(workDir, 'pg'), port: await freePort(), database, persistent: true };
  const server = await restartable(
    () => startPostgresProcess(options),
    (running) => running.stop(),
    () => rm(options.dataDir, { recursive: true, force: true }),
  );
  return { ...server, url: server.first.url };
}

/** A Temporal dev server on a SQLite file under `workDir`. */
export async function outageTemporal(workDir: string, namespace = 'default'): Promise<OutageServer & { address: string }> {
  const dbFilename = path.join(workDir, 'temporal.db');
  const options = { cli: installTemporalCli(), namespace, port: await freePort(), dbFilename, logLevel: 'never' as const };
  const server = await restartable(
    () => startDevServer(options),
    (running) => running.teardown(),
    async () => {
      for (const suffix of ['', '-wal', '-shm']) await rm(`${dbFilename}${suffix}`, { force: true });
    },
  );
  return { ...server, address: server.first.address };
}
