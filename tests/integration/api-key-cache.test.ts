import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { createApiKeyCache, type ApiKeyCache } from '../../src/api/api-key-cache';
import { createDatabase, type Database } from '../../src/db/client';
import { createDatabase as createTestDatabase, databaseName, dropDatabase, withDatabase } from '../../src/db/server-databases';
import { createUser, type AuthenticatedUser } from '../../src/db/users';
import { freePort } from '../../src/embedded/free-port';
import { startServiceProcess, type ServiceProcess } from '../../src/embedded/service-processes';
import { httpRequest } from '../support/http';
import { INFRASTRUCTURE_ENV } from '../support/infrastructure';
import { eventually } from '../support/wait';

// Each API process keeps the user of every API key it has seen in memory. A change of credentials
// (a key revoked, a user deactivated or given another role) holds on the process that made it
// before it answers, and on every other process as soon as PostgreSQL tells it, whoever made the
// change; a process that cannot be told keeps nothing.

/** How soon another process must hold a change: PostgreSQL's notice takes milliseconds. */
const HEARD_WITHIN_MS = 1_000;

describe('API keys across API processes', () => {
  let db: Database;
  let databaseUrl: string;
  let apis: ServiceProcess[];
  let admin: string;
  const cleanup: Array<() => Promise<unknown>> = [];

  const status = async (api: ServiceProcess, key: string, route = '/v1/cases') => (await httpRequest(api.url, 'GET', route, { key })).status;
  /** Milliseconds until `api` answers `route` with `expected` for `key`; fails after HEARD_WITHIN_MS. */
  const msUntil = async (api: ServiceProcess, key: string, expected: number, route = '/v1/cases', withinMs = HEARD_WITHIN_MS) => {
    const begun = Date.now();
    await eventually(async () => ((await status(api, key, route)) === expected ? true : undefined), withinMs, 10);
    return Date.now() - begun;
  };
  /** A user whose key both API processes have just accepted (and so keep). */
  const userSeenByBoth = async (role: AuthenticatedUser['role'], route = '/v1/cases') => {
    const made = await createUser(db, { name: `Kay ${role}`, role });
    for (const api of apis) expect(await status(api, made.apiKey, route)).toBe(200);
    const key = await db.apiKey.findFirstOrThrow({ where: { userId: made.user.id } });
    return { ...made, keyId: key.id };
  };

  beforeAll(async () => {
    const templateUrl = process.env[INFRASTRUCTURE_ENV.databaseUrl];
    const temporalAddress = process.env[INFRASTRUCTURE_ENV.temporalAddress];
    if (!templateUrl || !temporalAddress) throw new Error('run the tests with `npm test` (jest global setup starts PostgreSQL and Temporal)');
    const name = `keys_${randomBytes(5).toString('hex')}`;
    await createTestDatabase(templateUrl, name, databaseName(templateUrl));
    cleanup.push(() => dropDatabase(templateUrl, name));
    databaseUrl = withDatabase(templateUrl, name);
    db = createDatabase(databaseUrl);
    // Polling for a refusal makes many requests and a few 401s a minute from one address.
    const env = { DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress, HOST: '127.0.0.1', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '100000', AUTH_FAILURES_PER_MINUTE: '1000' };
    apis = await Promise.all([0, 1].map(async () => startServiceProcess('api', { ...env, PORT: String(await freePort()) })));
    admin = (await createUser(db, { name: 'Ada Admin', role: 'admin' })).apiKey;
  });

  afterAll(async () => {
    for (const api of apis ?? []) await api.stop();
    await db?.$disconnect();
    for (const step of cleanup) await step();
  });

  it('refuses a key revoked through one process on that process at once, and on the other as soon as it is told', async () => {
    const { user, apiKey, keyId } = await userSeenByBoth('agent');
    expect((await httpRequest(apis[0]!.url, 'POST', `/v1/users/${user.id}/keys/${keyId}/revoke`, { key: admin })).status).toBe(200);
    expect(await status(apis[0]!, apiKey)).toBe(401);
    expect(await msUntil(apis[1]!, apiKey, 401)).toBeLessThan(HEARD_WITHIN_MS);
  });

  it('gives a user their new role on both processes', async () => {
    const { user, apiKey } = await userSeenByBoth('ops', '/v1/audit');
    expect((await httpRequest(apis[1]!.url, 'PUT', `/v1/users/${user.id}/role`, { key: admin, body: { role: 'agent' } })).status).toBe(200);
    expect(await status(apis[1]!, apiKey, '/v1/audit')).toBe(403);
    expect(await msUntil(apis[0]!, apiKey, 403, '/v1/audit')).toBeLessThan(HEARD_WITHIN_MS);
  });

  it('hears a change made in the database by hand', async () => {
    const { user, apiKey } = await userSeenByBoth('agent');
    await db.$executeRaw`UPDATE users SET active = false WHERE id = ${user.id}::uuid`;
    for (const api of apis) expect(await msUntil(api, apiKey, 401)).toBeLessThan(HEARD_WITHIN_MS);
  });

  it('keeps nothing while it cannot be told: a change made while its listening connection is lost holds at once', async () => {
    const { apiKey, keyId } = await userSeenByBoth('agent');
    const listeners = () => db.$queryRaw<Array<{ pid: number }>>`
      SELECT pid FROM pg_stat_activity WHERE application_name = 'api-key-cache' AND datname = current_database()`;
    const lost = await listeners();
    expect(lost).toHaveLength(apis.length);
    for (const { pid } of lost) await db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    await eventually(async () => ((await listeners()).some(({ pid }) => lost.some((gone) => gone.pid === pid)) ? undefined : true), 5_000, 10);
    await db.apiKey.update({ where: { id: keyId }, data: { revokedAt: new Date() } });
    // Listening again takes the processes half a second; the change must hold well before that.
    for (const api of apis) expect(await msUntil(api, apiKey, 401, '/v1/cases', 300)).toBeLessThan(300);
  });
});

describe('the API key cache', () => {
  let db: Database;
  let cache: ApiKeyCache;
  const cleanup: Array<() => Promise<unknown>> = [];
  const ada: AuthenticatedUser = { id: '00000000-0000-4000-8000-00000000000a', name: 'Ada', role: 'agent' };

  /** Looks `keyHash` up; answers whether the database was read for it. */
  const readsDatabase = async (keyHash: string, read: () => Promise<AuthenticatedUser | undefined> = async () => ada) => {
    let wasRead = false;
    await cache.user(keyHash, async () => {
      wasRead = true;
      return read();
    });
    return wasRead;
  };
  /** Tells every listening process that credentials changed, as any write to a key or a user does. */
  const changeCredentials = () => db.$executeRaw`UPDATE users SET active = active WHERE false`;

  beforeAll(async () => {
    const templateUrl = process.env[INFRASTRUCTURE_ENV.databaseUrl];
    if (!templateUrl) throw new Error('run the tests with `npm test` (jest global setup starts PostgreSQL)');
    const name = `cache_${randomBytes(5).toString('hex')}`;
    await createTestDatabase(templateUrl, name, databaseName(templateUrl));
    cleanup.push(() => dropDatabase(templateUrl, name));
    const databaseUrl = withDatabase(templateUrl, name);
    db = createDatabase(databaseUrl);
    cache = createApiKeyCache(databaseUrl, pino({ level: 'silent' }));
    // Listening: a key read once is then answered from memory.
    await eventually(
      async () => {
        await readsDatabase('warm');
        return (await readsDatabase('warm')) ? undefined : true;
      },
      5_000,
      20,
    );
  });

  afterAll(async () => {
    await cache?.close();
    await db?.$disconnect();
    for (const step of cleanup) await step();
  });

  it('answers a key from memory once read, and reads it again after credentials change', async () => {
    expect(await readsDatabase('first')).toBe(true);
    expect(await readsDatabase('first')).toBe(false);
    await changeCredentials();
    await eventually(async () => ((await readsDatabase('first')) ? true : undefined), 2_000, 10);
    expect(await readsDatabase('first')).toBe(false);
  });

  it('does not keep a read that began before a change it heard of while reading', async () => {
    expect(await readsDatabase('before-change')).toBe(true);
    let finishRead!: () => void;
    const slowRead = cache.user('racing', () => new Promise<AuthenticatedUser>((resolve) => (finishRead = () => resolve(ada))));
    await changeCredentials();
    // The change is heard: the key read before it is no longer kept.
    await eventually(async () => ((await readsDatabase('before-change')) ? true : undefined), 2_000, 10);
    finishRead();
    expect(await slowRead).toEqual(ada);
    expect(await readsDatabase('racing')).toBe(true);
  });

  it('keeps no unknown key', async () => {
    expect(await readsDatabase('unknown', async () => undefined)).toBe(true);
    expect(await readsDatabase('unknown', async () => undefined)).toBe(true);
  });

  it('forgets every key after a change this process makes, before it answers', async () => {
    expect(await readsDatabase('own-change')).toBe(true);
    await cache.changing(async () => undefined);
    expect(await readsDatabase('own-change')).toBe(true);
  });
});
