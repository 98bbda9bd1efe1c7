import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** Sends `signal` to a child still running and resolves once it has exited: SIGKILL after `graceMs`. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  // Unreferenced: the child keeps this process alive until it exits, and a timer left over after
  // that must not (it held jest's workers open for the whole grace).
  await Promise.race([exited, sleep(graceMs, undefined, { ref: false }).then(() => child.kill('SIGKILL'))]);
}
