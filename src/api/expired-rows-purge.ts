import type { Logger } from 'pino';
import type { Database } from '../db/client';
import { purgeExpiredSessions } from '../db/sessions';
import { purgeExpiredIdempotencyKeys } from './idempotency';

const PURGE_EVERY_MS = 60 * 60_000;

/** Purges expired idempotency keys and sessions now and then every hour; returns the function that stops it. */
export function scheduleExpiredRowsPurge(db: Database, logger: Logger): () => void {
  const purge = () => {
    Promise.all([purgeExpiredIdempotencyKeys(db), purgeExpiredSessions(db)]).then(
      ([idempotencyKeys, sessions]) => {
        if (idempotencyKeys + sessions > 0) logger.info({ idempotencyKeys, sessions }, 'expired idempotency keys and sessions purged');
      },
      (error: unknown) => logger.warn({ err: error }, 'purging expired idempotency keys and sessions failed; next try in an hour'),
    );
  };
  purge();
  const timer = setInterval(purge, PURGE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
