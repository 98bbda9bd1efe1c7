import { spawn } from 'node:child_process';
import { stopWhenParentEnds } from '../shutdown';

// A terminal's Ctrl-C sends SIGINT to every process of its foreground process group at once: the
// Temporal dev server and the embedded PostgreSQL, children of `npm start`, would stop while the
// worker and the API that use them were still stopping (and log that they cannot reach them). So
// `npm start` runs the product in a process group of its own and only relays the signal: the
// product stops the API and the worker first, then the servers. A second Ctrl-C kills the group.

const IN_OWN_GROUP = 'SERVICE_IN_OWN_PROCESS_GROUP';

/**
 * In the process a terminal started: runs this script again in a process group of its own, relays
 * SIGINT and SIGTERM to it, exits as it exits, and answers true (the caller then does nothing else).
 * In that second process: stops it (SIGTERM) if the first one ends without saying so, and answers false.
 */
export function relayedToOwnProcessGroup(): boolean {
  if (process.env[IN_OWN_GROUP]) {
    stopWhenParentEnds();
    return false;
  }
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    env: { ...process.env, [IN_OWN_GROUP]: '1' },
    stdio: ['pipe', 'inherit', 'inherit'],
    detached: true,
  });
  let signalled = false;
  const relay = () => {
    if (signalled) process.kill(-child.pid!, 'SIGKILL');
    else child.kill('SIGTERM');
    signalled = true;
  };
  process.on('SIGINT', relay);
  process.on('SIGTERM', relay);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return true;
}
