import pino, { type Logger } from 'pino';

/** Lines wait at most this long to go out while fewer than BATCH_BYTES have gathered. */
const FLUSH_EVERY_MS = 500;
const BATCH_BYTES = 4_096;
const ERROR_LEVEL = 50;

// Lines go out asynchronously and in batches: a request's line is written after its answer, with
// the others of the last half second, instead of a write to stdout on every request (each write
// cost the API about as much CPU as its database read of the caller). An error goes out at once,
// with what gathered before it; pino flushes what is left on exit.
export function createLogger(level: string, name: string): Logger {
  const destination = pino.destination({ sync: false, minLength: BATCH_BYTES, periodicFlush: FLUSH_EVERY_MS });
  return pino(
    {
      level,
      name,
      redact: ['req.headers.authorization'],
      hooks: {
        logMethod(args, write, lineLevel) {
          write.apply(this, args);
          if (lineLevel >= ERROR_LEVEL) destination.flush();
        },
      },
    },
    destination,
  );
}
