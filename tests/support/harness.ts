import { randomBytes, randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import pino from 'pino';
import { parseConfig } from '../../src/config';
import { createDatabase, type Database } from '../../src/db/client';
import { createDatabase as createTestDatabase, databaseName, dropDatabase, withDatabase } from '../../src/db/server-databases';
import { hashPassword } from '../../src/db/passwords';
import { createUser, issueApiKey } from '../../src/db/users';
import type { Role } from '../../src/domain/roles';
import { startServices, type RunningServices } from '../../src/services';
import { connectClient } from '../../src/temporal/connection';
import { quietTemporalRuntime } from './runtime';
import { httpRequest, type HttpResponse, type RequestOptions } from './http';
import { INFRASTRUCTURE_ENV } from './infrastructure';

export type { HttpResponse, RequestOptions };

// The product as a user meets it: the real API and worker on the run's PostgreSQL and Temporal
// dev server, called over HTTP. Each test file gets its own database and task queue.

export interface TestApp {
  baseUrl: string;
  taskQueue: string;
  temporalAddress: string;
  db: Database;
  temporal: Client;
  databaseUrl: string;
  userKey(role: Role, name?: string): Promise<string>;
  /** A key for an existing user, as the command line makes one. */
  keyFor(userId: string): Promise<string>;
  /** A person who signs in with this email and password (and has no API key); returns their id. */
  person(role: Role, email: string, password: string, name?: string): Promise<string>;
  /** Signs in; returns the `session=…` pair to send as `Cookie`. */
  signIn(email: string, password: string): Promise<string>;
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<HttpResponse<T>>;
  stop(): Promise<void>;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with \`npm test\` (jest's global setup starts the servers)`);
  return value;
}

/**
 * `worker: false` leaves the task queue to a worker the test runs itself; `smtpUrl` sends notifications
 * there; `env` overrides configuration; `logger` takes the services' logs (warnings only by default).
 */
export async function startTestApp(options: { worker?: boolean; smtpUrl?: string; env?: Record<string, string>; logger?: pino.Logger } = {}): Promise<TestApp> {
  quietTemporalRuntime();
  const templateUrl = requiredEnv(INFRASTRUCTURE_ENV.databaseUrl);
  const database = `file_${randomBytes(6).toString('hex')}`;
  await createTestDatabase(templateUrl, database, databaseName(templateUrl));
  const databaseUrl = withDatabase(templateUrl, database);
  const temporalAddress = requiredEnv(INFRASTRUCTURE_ENV.temporalAddress);
  const config = parseConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`,
    RATE_LIMIT_PER_MINUTE: '100000',
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '100000',
    AUTH_FAILURES_PER_MINUTE: '100000',
    CUSTOMER_REQUESTS_PER_MINUTE: '100000',
    CUSTOMER_FAILURES_PER_MINUTE: '100000',
    SMTP_URL: options.smtpUrl,
    ...options.env,
  });
  const services: RunningServices = await startServices(config, { databaseUrl, temporalAddress }, options.logger ?? pino({ level: 'warn' }), {
    api: true,
    worker: options.worker ?? true,
    workflowBundle: { codePath: requiredEnv(INFRASTRUCTURE_ENV.workflowBundlePath) },
  });
  const db = createDatabase(databaseUrl);
  const temporal = await connectClient(temporalAddress, config.TEMPORAL_NAMESPACE);
  const baseUrl = services.apiUrl ?? '';

  return {
    baseUrl,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    temporalAddress,
    db,
    temporal,
    databaseUrl,
    async userKey(role, name = `Test ${role}`) {
      return (await createUser(db, { name, role })).apiKey;
    },
    async keyFor(userId) {
      return (await issueApiKey(db, userId, null)).key;
    },
    async person(role, email, password, name = `Person ${role}`) {
      return (await createUser(db, { name, role, email, passwordHash: await hashPassword(password) }, { apiKey: false })).user.id;
    },
    async signIn(email, password) {
      const response = await fetch(`${baseUrl}/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: baseUrl },
        body: JSON.stringify({ email, password }),
      });
      const cookie = response.headers.get('set-cookie')?.split(';')[0];
      if (response.status !== 200 || !cookie) throw new Error(`signing in as ${email}: ${response.status} ${await response.text()}`);
      return cookie;
    },
    request: (method, path, options) => httpRequest(baseUrl, method, path, options),
    async stop() {
      await services.stop();
      await temporal.connection.close();
      await db.$disconnect();
      await dropDatabase(templateUrl, database);
    },
  };
}
