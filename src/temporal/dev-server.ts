import { TestWorkflowEnvironment } from '@temporalio/testing';
import { HOW_TO_GET_THE_CLI, type TemporalCli } from './cli';

// A Temporal dev server (`temporal server start-dev`), in memory or on a SQLite file.

export interface DevServerOptions {
  cli: TemporalCli;
  namespace: string;
  port?: number;
  uiPort?: number;
  /** SQLite file; in memory when absent. */
  dbFilename?: string;
  /** The server's own log level. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'never';
}

/**
 * One partition per task queue instead of the default four. A dev server's task queues have one or
 * two worker processes polling them; with four partitions a task could land in a partition no poll
 * was waiting on and be forwarded from there: a minimal workflow started at about 32 a second with
 * bursts of 51, by chance. With one: 56 to 63, steadily (README, Performance).
 */
const ONE_PARTITION = ['matching.numTaskqueueReadPartitions', 'matching.numTaskqueueWritePartitions'].flatMap((key) => ['--dynamic-config-value', `${key}=1`]);

/**
 * The SDK gives the server a fixed 5 s to answer; its first start on a new SQLite file, on a machine
 * busy with other starts (PostgreSQL's initdb, a test run's other servers), can take longer.
 */
const START_ATTEMPTS = 3;
const STARTED_TOO_SLOWLY = /did not start within/;

export async function startDevServer(options: DevServerOptions): Promise<TestWorkflowEnvironment> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (attempt === START_ATTEMPTS || !STARTED_TOO_SLOWLY.test((error as Error).message)) throw error;
    }
  }
}

async function startOnce(options: DevServerOptions): Promise<TestWorkflowEnvironment> {
  try {
    return await TestWorkflowEnvironment.createLocal({
      server: {
        executable: options.cli.executable,
        namespace: options.namespace,
        ip: '127.0.0.1',
        port: options.port,
        ui: options.uiPort !== undefined,
        uiPort: options.uiPort,
        dbFilename: options.dbFilename,
        log: { format: 'pretty', level: options.logLevel ?? 'warn' },
        extraArgs: ONE_PARTITION,
      },
    });
  } catch (error) {
    if (options.cli.executable.type === 'cached-download') {
      throw new Error(`${HOW_TO_GET_THE_CLI}\n(the download failed: ${(error as Error).message})`, { cause: error });
    }
    throw error;
  }
}
