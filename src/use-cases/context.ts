import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Database } from '../db/client';

/** What use cases need from the outside world: the database, Temporal and a logger. */
export interface UseCaseContext {
  db: Database;
  temporal: Client;
  taskQueue: string;
  logger: Logger;
}
