/** Stops on SIGINT or SIGTERM, once. */
export function onShutdownSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = () => {
    if (stopping) return;
    stopping = true;
    // Nothing else may hold the event loop open by now (the worker has stopped, and a child
    // process's handle can be unreferenced): without this the process could end before the last
    // stop has run, leaving the Temporal dev server or PostgreSQL behind.
    setInterval(() => undefined, 1_000);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

/** For a child whose parent holds its stdin open while it runs: once the parent has gone, stop as on SIGTERM. */
export function stopWhenParentEnds(): void {
  process.stdin.once('end', () => process.kill(process.pid, 'SIGTERM')).resume();
}
