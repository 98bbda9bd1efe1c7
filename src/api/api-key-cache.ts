import { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Logger } from 'pino';
import type { AuthenticatedUser } from '../db/users';

// The user each API key belongs to, kept in memory so that a request does not read the database to
// authenticate. Exact because the database tells every API process when credentials change
// (prisma/migrations/20261206000000_credential_change_notices): on that notice the process forgets
// every key. While the process is not listening (starting, or its listening connection lost) it
// keeps nothing and reads the database on every request, since a notice could go unheard.

const CREDENTIALS_CHANGED = 'credentials_changed';

/** Far more keys than people: past it the cache starts again from nothing. */
const MAX_KEYS = 10_000;
/** A listening connection that does not answer a query this often is taken for lost (a silent network). */
const HEARTBEAT_MS = 10_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;
const RECONNECT_MS = { first: 500, max: 30_000 };

export interface ApiKeyCache {
  /** The key's user: from memory, else from `read` (and kept, unless credentials changed meanwhile). */
  user(keyHash: string, read: () => Promise<AuthenticatedUser | undefined>): Promise<AuthenticatedUser | undefined>;
  /**
   * Runs a change of credentials made by this process, then forgets every key, so that the change
   * holds here before the caller is answered (other processes hear of it from the database).
   */
  changing<T>(change: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Keeps keys in memory while it listens for credential changes on `databaseUrl`. */
export function createApiKeyCache(databaseUrl: string, logger: Logger): ApiKeyCache {
  const users = new Map<string, AuthenticatedUser>();
  let listening = false;
  let closed = false;
  // Moves on with every change heard: a read that began before a change must not be kept after it.
  let generation = 0;
  let connection: pg.Client | undefined;
  // Ends the wait between heartbeats once the connection is lost, to listen again at once.
  let heartbeatWait = new AbortController();

  const forget = () => {
    generation += 1;
    users.clear();
  };
  const lost = (error: unknown) => {
    if (!listening) return;
    listening = false;
    forget();
    heartbeatWait.abort();
    logger.warn({ err: error }, 'API key cache: stopped listening for credential changes; reading keys from the database');
  };

  const listenOnce = async (): Promise<pg.Client> => {
    const client = new pg.Client({
      connectionString: databaseUrl,
      application_name: 'api-key-cache',
      keepAlive: true,
      query_timeout: HEARTBEAT_TIMEOUT_MS,
      // A listener in the background never keeps the process alive by itself.
      stream: () => new Socket().unref(),
    });
    client.on('error', lost);
    client.on('end', () => lost(new Error('the listening connection ended')));
    client.on('notification', forget);
    try {
      await client.connect();
      await client.query(`LISTEN ${CREDENTIALS_CHANGED}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    // Changes made before LISTEN went unheard.
    forget();
    listening = !closed;
    return client;
  };

  const keepListening = async () => {
    let wait = RECONNECT_MS.first;
    while (!closed) {
      try {
        connection = await listenOnce();
        wait = RECONNECT_MS.first;
        heartbeatWait = new AbortController();
        while (listening && !closed) {
          await sleep(HEARTBEAT_MS, undefined, { ref: false, signal: heartbeatWait.signal }).catch(() => undefined);
          if (listening && !closed) await connection.query('SELECT 1');
        }
      } catch (error) {
        // A heartbeat that failed lost a connection that listened (said once, by `lost`); else listening never began.
        if (connection) lost(error);
        else if (!closed) logger.warn({ err: error }, `API key cache: cannot listen for credential changes; trying again in ${wait} ms`);
        await sleep(wait, undefined, { ref: false });
        wait = Math.min(wait * 2, RECONNECT_MS.max);
      } finally {
        await connection?.end().catch(() => undefined);
        connection = undefined;
      }
    }
  };
  void keepListening();

  return {
    async user(keyHash, read) {
      const known = listening ? users.get(keyHash) : undefined;
      if (known) return known;
      const before = generation;
      const user = await read();
      if (user && listening && generation === before) {
        if (users.size >= MAX_KEYS) users.clear();
        users.set(keyHash, user);
      }
      return user;
    },
    async changing(change) {
      try {
        return await change();
      } finally {
        forget();
      }
    },
    async close() {
      closed = true;
      listening = false;
      forget();
      heartbeatWait.abort();
      await connection?.end().catch(() => undefined);
    },
  };
}
