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
      },
    });
  } catch (error) {
    if (options.cli.executable.type === 'cached-download') {
      throw new Error(`${HOW_TO_GET_THE_CLI}\n(the download failed: ${(error as Error).message})`, { cause: error });
    }
    throw error;
  }
}
