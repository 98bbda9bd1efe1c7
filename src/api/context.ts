import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Database } from '../db/client';

/** What the API's routes need from the outside world. */
export interface ApiContext {
  db: Database;
  temporal: Client;
  taskQueue: string;
  logger: Logger;
}
