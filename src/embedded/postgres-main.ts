import { runMain } from '../config';
import { onShutdownSignal, stopWhenParentEnds } from '../shutdown';
import { startEmbeddedPostgres, type EmbeddedPostgresOptions } from './postgres';

// Runs the embedded PostgreSQL with the options given as JSON in the first argument, prints
// `{"url":…}` once it accepts connections, and stops it on SIGTERM or once the process that started
// it has gone (stdin closed; src/embedded/postgres-process.ts).
runMain(async () => {
  const options = JSON.parse(process.argv[2] ?? '') as EmbeddedPostgresOptions;
  const server = await startEmbeddedPostgres(options);
  stopWhenParentEnds();
  onShutdownSignal(() => server.stop());
  console.log(JSON.stringify({ url: server.url }));
});
