import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { KEEP_ALIVE_MS } from '../../src/api/server';
import { freePort } from '../../src/embedded/free-port';

// `npm start` stopped the way a terminal stops it: Ctrl-C sends SIGINT to every process of the
// foreground process group at once. The API stops first (answering the requests in flight), then
// the worker, then the servers they use, and nothing is logged as a warning or an error on the way.

const ROOT = path.resolve(__dirname, '..', '..');
const READY_LINE = 'Ctrl-C stops everything';
/** pino's warn, error and fatal; the Temporal server's WARN and ERROR. */
const WARNING_OR_WORSE = /"level":(40|50|60)\b|level=(WARN|ERROR)/;

let dataDir: string;
let started: ChildProcess | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'start-stop-'));
});
afterAll(async () => {
  // Left running by a failed test: a second signal to `npm start` kills its whole process group.
  if (started && started.exitCode === null && started.signalCode === null) {
    const exited = new Promise((resolve) => started!.once('exit', resolve));
    started.kill('SIGINT');
    started.kill('SIGTERM');
    await exited;
  }
  await rm(dataDir, { recursive: true, force: true });
});

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

test('Ctrl-C stops npm start in order: the cases being opened are answered, exit 0, no warning or error logged, everything down', async () => {
  const ports = { api: await freePort(), postgres: await freePort(), temporal: await freePort(32_768), ui: await freePort() };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(ports.api),
    EMBEDDED_PG_PORT: String(ports.postgres),
    TEMPORAL_PORT: String(ports.temporal),
    TEMPORAL_UI_PORT: String(ports.ui),
    LOG_LEVEL: 'info',
  };
  for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_SERVER']) delete env[name];
  // Its own process group, as a shell gives a foreground job: the group is what Ctrl-C signals.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/embedded/start.ts'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  started = child;
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const deadline = Date.now() + 110_000;
  while (!output.includes(READY_LINE) && child.exitCode === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
  expect(output).toContain(READY_LINE);
  const ready = await fetch(`http://127.0.0.1:${ports.api}/readyz`);
  expect(ready.status).toBe(200);
  expect(await accepts(ports.postgres)).toBe(true);
  const key = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/users-create.ts', '--name', 'Ada Agent', '--role', 'agent'], { cwd: ROOT, env, encoding: 'utf8' }).split('\n')[0]!;
  const beforeStop = output.length;

  const opening = Array.from({ length: 5 }, (_, n) =>
    fetch(`http://127.0.0.1:${ports.api}/v1/cases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ customerId: `cust-${n}`, subject: 'Kettle leaks' }),
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as { status?: string } })),
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  const signalledAt = Date.now();
  process.kill(-child.pid!, 'SIGINT');
  for (const answer of await Promise.all(opening)) expect(answer).toEqual({ status: 201, body: expect.objectContaining({ status: 'open' }) });
  expect(await exited).toBe(0);
  started = undefined;
  // fetch keeps its connections alive after the answers: the API closes them rather than wait out
  // their idle timeout (65 s).
  expect(Date.now() - signalledAt).toBeLessThan(KEEP_ALIVE_MS / 2);

  const stopping = output.slice(beforeStop);
  expect(stopping).toContain('Stopping…');
  expect(stopping.split('\n').filter((line) => WARNING_OR_WORSE.test(line) || /\berror\b/i.test(line))).toEqual([]);
  expect(await accepts(ports.postgres)).toBe(false);
  expect(await accepts(ports.temporal)).toBe(false);
  expect(await accepts(ports.api)).toBe(false);
}, 180_000);
