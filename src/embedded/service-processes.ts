import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { stopChild } from './stop-child';

// The API and the worker as production runs them: separate operating-system processes
// (`npm run start:api`, `npm run start:worker`), here started with node directly so that the
// process id is the worker's own (Temporal names a worker `<pid>@<host>`).

const ROOT = path.resolve(__dirname, '..', '..');
const ENTRY = { api: 'src/api/main.ts', worker: 'src/worker/main.ts' } as const;

export type ServiceKind = keyof typeof ENTRY;

const OUTPUT_KEPT = 20;

export interface ServiceProcess {
  /** The worker's identity in workflow histories. */
  identity: string;
  pid: number;
  /** The API's base URL. */
  url: string;
  /** The last lines it logged at level error or fatal, oldest first. */
  lastErrors(): string[];
  /** SIGKILL (a crash) or SIGTERM (a deploy); resolves when the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the API or the worker (or another entry file that logs "worker running" once it polls) and
 * resolves once it is ready.
 */
export async function startServiceProcess(kind: ServiceKind, env: Record<string, string>, entry: string = ENTRY[kind]): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The last lines it wrote, to say why it did not start, and its last errors; a long run logs far more than that.
  const output: string[] = [];
  const errors: string[] = [];
  const keep = (line: string) => {
    output.push(line);
    if (output.length > OUTPUT_KEPT) output.shift();
    if (/^\{"level":(50|60),/.test(line)) errors.push(line);
    if (errors.length > OUTPUT_KEPT) errors.shift();
  };
  const ready = new Promise<void>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      keep(line);
      if (/"msg":"(worker running|API listening)"/.test(line)) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => keep(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the ${kind} process exited (${code}) before it was ready:\n${output.join('\n')}`)));
  });
  // Unreferenced: the child keeps this process alive while it starts; once it is ready the timer must not.
  await Promise.race([ready, sleep(60_000, undefined, { ref: false }).then(() => Promise.reject(new Error(`the ${kind} process was not ready in 60 s`)))]);
  return {
    identity: `${child.pid}@${os.hostname()}`,
    pid: child.pid ?? 0,
    url: `http://127.0.0.1:${env.PORT ?? ''}`,
    lastErrors: () => [...errors],
    stop: (signal = 'SIGTERM') => stopChild(child, signal, 20_000),
  };
}
