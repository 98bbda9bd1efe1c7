import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

// Stopping the API while its event loop is busy: the requests already sent wait in the kernel,
// their connections not yet accepted or read. They are answered before the server closes, not reset.

const ROOT = path.resolve(__dirname, '..', '..');

test('requests sent while the server was busy when told to close are all answered, then it exits', async () => {
  const server = spawn(process.execPath, ['--import', 'tsx', 'tests/support/busy-server.ts'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
  const url = await new Promise<string>((resolve) => createInterface({ input: server.stdout! }).once('line', resolve));
  expect(await (await fetch(`${url}/hello`)).text()).toBe('hello');

  const busy = fetch(`${url}/busy?ms=600`).then((response) => response.text());
  await new Promise((resolve) => setTimeout(resolve, 150));
  const waiting = Array.from({ length: 30 }, () =>
    fetch(`${url}/hello`).then(
      (response) => response.text(),
      (error: Error) => `${error.message}: ${(error.cause as Error | undefined)?.message}`,
    ),
  );
  expect(await busy).toBe('closing');
  expect(await Promise.all(waiting)).toEqual(Array.from({ length: 30 }, () => 'hello'));
  expect(await exited).toBe(0);
  await expect(fetch(`${url}/hello`)).rejects.toThrow();
}, 30_000);
