import type { Logger } from 'pino';
import type { Database } from '../db/client';
import { purgeExpiredIdempotencyKeys } from './idempotency';

const PURGE_EVERY_MS = 60 * 60_000;

/** Purges expired idempotency keys now and then every hour; returns the function that stops it. */
export function scheduleIdempotencyPurge(db: Database, logger: Logger): () => void {
  const purge = () => {
    purgeExpiredIdempotencyKeys(db).then(
      (count) => {
        if (count > 0) logger.info({ count }, 'expired idempotency keys purged');
      },
      (error: unknown) => logger.warn({ err: error }, 'purging expired idempotency keys failed; next try in an hour'),
    );
  };
  purge();
  const timer = setInterval(purge, PURGE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
