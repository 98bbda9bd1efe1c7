import pino, { type Logger } from 'pino';

// Lines go out asynchronously: a request's line is written after its answer, batched with others
// under load, instead of a write to stdout on every request. pino flushes what is left on exit.
export function createLogger(level: string, name: string): Logger {
  return pino({ level, name, redact: ['req.headers.authorization'] }, pino.destination({ sync: false }));
}
