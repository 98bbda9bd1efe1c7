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

export async function startDevServer(options: DevServerOptions): Promise<TestWorkflowEnvironment> {
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
