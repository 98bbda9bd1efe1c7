import { Prisma } from './client';

// Whether a database error says the server cannot be reached now (down, restarting, the connection
// cut or not made in time), as opposed to a refusal of the request itself.

/** Prisma's codes for a server it cannot reach or that closed the connection. */
const UNREACHABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** The driver adapter's kinds for the same. */
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, starting up). */
const UNAVAILABLE_SQLSTATE = /^(08|57P)/;
/** The pg pool's own errors, which carry no code. */
const POOL_MESSAGES = /timeout exceeded when trying to connect|Connection terminated|connection timeout/i;

interface AdapterCause {
  kind?: string;
  originalCode?: string;
}

function adapterCause(error: Prisma.PrismaClientKnownRequestError): AdapterCause | undefined {
  const meta = error.meta as { driverAdapterError?: { cause?: AdapterCause } } | undefined;
  return meta?.driverAdapterError?.cause;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (UNREACHABLE_CODES.has(error.code)) return true;
    const cause = adapterCause(error);
    return UNREACHABLE_KINDS.has(cause?.kind ?? '') || UNAVAILABLE_SQLSTATE.test(cause?.originalCode ?? '');
  }
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientUnknownRequestError) return POOL_MESSAGES.test(error.message);
  return error instanceof Error && POOL_MESSAGES.test(error.message);
}
