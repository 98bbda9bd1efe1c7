import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { READY, STACK_ENV } from './stack-description';


/** Starts tests/e2e/support/stack.ts and hands its description to the journeys; stops it after them by closing its stdin. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  // Node itself (with tsx's loader), not npx: the stack stops when its stdin closes.
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/e2e/support/stack.ts'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (text) => {
      if (text.startsWith(READY)) resolve(text.slice(READY.length));
    });
    child.once('exit', (code) => reject(new Error(`the e2e stack stopped before it was ready (exit ${code})`)));
  });
  process.env[STACK_ENV] = line;
  return async () => {
    child.stdin?.end();
    await exited;
  };
}
