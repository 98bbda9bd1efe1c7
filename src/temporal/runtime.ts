import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import type { Logger } from 'pino';

const LEVELS: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

/**
 * Sends the Temporal SDK's own logs (worker, bundler, core) to the product's logger, warnings and up.
 * The SDK would shut its workers down on SIGINT and SIGTERM by itself; each process stops them in
 * its own order instead (src/shutdown.ts), after the API has answered the requests in flight, which
 * may wait on the worker.
 */
export function installTemporalRuntime(logger: Logger): void {
  Runtime.install({
    shutdownSignals: [],
    logger: new DefaultLogger('WARN', ({ level, message, meta }) => logger[LEVELS[level]]({ temporal: meta }, message)),
  });
}
