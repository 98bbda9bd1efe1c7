import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import { createDatabase, type Database } from '../../src/db/client';
import { createDatabase as createTestDatabase, databaseName, dropDatabase, withDatabase } from '../../src/db/server-databases';
import { createUser } from '../../src/db/users';
import { workflowIds } from '../../src/domain/workflow-ids';
import { freePort } from '../../src/embedded/free-port';
import { connectClient } from '../../src/temporal/connection';
import { installTemporalServer, startTemporalServer, type TemporalServer } from '../../src/temporal/server';
import { httpRequest, type HttpResponse, type RequestOptions } from '../support/http';
import { INFRASTRUCTURE_ENV } from '../support/infrastructure';
import { quietTemporalRuntime } from '../support/runtime';
import { startServiceProcess, type ServiceProcess } from '../../src/embedded/service-processes';
import { eventually } from '../support/wait';

// Production's shape on one machine: the Temporal server on PostgreSQL with its services as
// separate processes, two worker processes and two API processes on one task queue. Whatever
// process dies, every credit that was asked for ends posted, once.

const euros = (minor: number) => ({ minor, currency: 'EUR' });

describe('two workers and two API processes on the production Temporal server', () => {
  let server: TemporalServer;
  let workers: ServiceProcess[];
  let apis: ServiceProcess[];
  let db: Database;
  let temporal: Client;
  let env: Record<string, string>;
  let keys: { agent: string; accounting: string };
  const cleanup: Array<() => Promise<unknown>> = [];

  const call = (api: ServiceProcess, method: string, route: string, options: RequestOptions): Promise<HttpResponse> =>
    httpRequest(api.url, method, route, options);
  /**
   * A start as a careful client sends it: with an Idempotency-Key, sent again with the same key after
   * the Retry-After of a 503 (this machine's other test files can make the processes slow to answer).
   */
  const startWithRetries = async (api: ServiceProcess, route: string, options: RequestOptions, idempotencyKey = randomUUID(), triesLeft = 5): Promise<HttpResponse> => {
    const answer = await call(api, 'POST', route, { ...options, headers: { ...options.headers, 'idempotency-key': idempotencyKey } });
    if (answer.status !== 503 || triesLeft === 1) return answer;
    await sleep(Number(answer.headers.get('retry-after') ?? 1) * 1000);
    return startWithRetries(api, route, options, idempotencyKey, triesLeft - 1);
  };
  const startWorker = () => startServiceProcess('worker', env);
  const startApi = async () => startServiceProcess('api', { ...env, PORT: String(await freePort()) });

  /** Asks for a 900.00 refund, which waits for accounting; answers its id. */
  const pendingRefund = async (api: ServiceProcess, n: number): Promise<string> => {
    const asked = await call(api, 'POST', '/v1/credits', {
      key: keys.agent,
      body: { customerId: `cust-scale-${n}`, amount: euros(90_000), kind: 'refund', reason: 'Broken on arrival' },
    });
    expect({ status: asked.status, credit: asked.body.status }).toEqual({ status: 201, credit: 'pending_approval' });
    return asked.body.id as string;
  };

  /** Approves until an answer says the credit is decided, as a client does after a 5xx or a lost connection. */
  const approve = async (api: ServiceProcess, creditId: string): Promise<void> => {
    await eventually(async () => {
      const answer = await call(api, 'POST', `/v1/credits/${creditId}/approve`, { key: keys.accounting, body: {} }).catch(() => undefined);
      if (answer?.status === 200) return true;
      const read = await call(api, 'GET', `/v1/credits/${creditId}`, { key: keys.accounting }).catch(() => undefined);
      return read?.status === 200 && read.body.status !== 'pending_approval' ? true : undefined;
    }, 90_000);
  };

  /** Waits until the first of the credits has posted, and answers how many had: the kill below lands mid-run. */
  const firstPosted = (creditIds: string[]) =>
    eventually(async () => {
      const posted = await db.credit.count({ where: { id: { in: creditIds }, status: 'posted' } });
      return posted > 0 ? posted : undefined;
    });

  /** Every credit posted, with exactly one ledger entry each. */
  const expectPostedOnce = async (creditIds: string[]) => {
    const rows = await eventually(async () => {
      const credits = await db.credit.findMany({ where: { id: { in: creditIds } }, select: { status: true } });
      return credits.length === creditIds.length && credits.every((credit) => credit.status === 'posted') ? credits : undefined;
    }, 90_000);
    expect(rows).toHaveLength(creditIds.length);
    const entries = await db.ledgerEntry.groupBy({ by: ['creditId'], where: { creditId: { in: creditIds } }, _count: true });
    expect(entries.map((entry) => entry._count)).toEqual(creditIds.map(() => 1));
  };

  beforeAll(async () => {
    quietTemporalRuntime();
    const templateUrl = process.env[INFRASTRUCTURE_ENV.databaseUrl];
    const bundle = process.env[INFRASTRUCTURE_ENV.workflowBundlePath];
    if (!templateUrl || !bundle) throw new Error('run the tests with `npm test` (jest global setup starts PostgreSQL)');
    const name = `scale_${randomBytes(5).toString('hex')}`;
    await createTestDatabase(templateUrl, name, databaseName(templateUrl));
    const databases = { main: `${name}_temporal`, visibility: `${name}_temporal_visibility` };
    cleanup.push(() => dropDatabase(templateUrl, name), () => dropDatabase(templateUrl, databases.main), () => dropDatabase(templateUrl, databases.visibility));
    const workDir = await mkdtemp(path.join(os.tmpdir(), 'scale-out-'));
    cleanup.push(() => rm(workDir, { recursive: true, force: true }));
    server = await startTemporalServer({
      build: installTemporalServer((line) => console.log(line)),
      databaseUrl: templateUrl,
      databases,
      workDir,
      namespace: 'default',
      port: await freePort(),
      log: () => undefined,
    });
    cleanup.unshift(() => server.stop());
    const databaseUrl = withDatabase(templateUrl, name);
    env = {
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: server.address,
      TEMPORAL_TASK_QUEUE: 'scale-out',
      WORKFLOW_BUNDLE_PATH: bundle,
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '100000',
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '100000',
    };
    workers = await Promise.all([startWorker(), startWorker()]);
    apis = await Promise.all([startApi(), startApi()]);
    db = createDatabase(databaseUrl);
    temporal = await connectClient(server.address, 'default');
    const [agent, accounting] = await Promise.all([createUser(db, { name: 'Ada Agent', role: 'agent' }), createUser(db, { name: 'Ann Accounting', role: 'accounting' })]);
    keys = { agent: agent.apiKey, accounting: accounting.apiKey };
  });

  afterAll(async () => {
    for (const service of [...(apis ?? []), ...(workers ?? [])]) await service.stop();
    await temporal?.connection.close();
    await db?.$disconnect();
    for (const step of cleanup) await step().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
  });

  it('spreads concurrent processes over both workers', async () => {
    const credits = await Promise.all(
      Array.from({ length: 24 }, async (_, n) => {
        const asked = await startWithRetries(apis[n % 2]!, '/v1/credits', {
          key: keys.agent,
          body: { customerId: `cust-spread-${n}`, amount: euros(1_000), kind: 'goodwill', reason: 'Late delivery' },
        });
        expect({ status: asked.status, credit: asked.body.status, detail: asked.body.detail }).toEqual({ status: 201, credit: 'posted', detail: undefined });
        return asked.body.id as string;
      }),
    );
    const identities = new Set<string>();
    for (const creditId of credits) {
      const history = await temporal.workflow.getHandle(workflowIds.credit(creditId)).fetchHistory();
      for (const event of history.events ?? []) {
        const identity = event.workflowTaskCompletedEventAttributes?.identity ?? event.activityTaskStartedEventAttributes?.identity;
        if (identity) identities.add(identity);
      }
    }
    expect([...identities].sort()).toEqual(workers.map((worker) => worker.identity).sort());
    await expectPostedOnce(credits);
  });

  it('agrees between the API processes: an approval sent to one is read from the other', async () => {
    const creditId = await pendingRefund(apis[0]!, 1000);
    const approved = await call(apis[1]!, 'POST', `/v1/credits/${creditId}/approve`, { key: keys.accounting, body: { note: 'Checked' } });
    expect({ status: approved.status, credit: approved.body.status }).toEqual({ status: 200, credit: 'posted' });
    const read = await call(apis[0]!, 'GET', `/v1/credits/${creditId}`, { key: keys.agent });
    expect(read.body).toMatchObject({ status: 'posted', approvals: approved.body.approvals });
  });

  it('loses nothing when a worker is killed mid-run', async () => {
    const credits = await Promise.all(Array.from({ length: 16 }, (_, n) => pendingRefund(apis[n % 2]!, 2000 + n)));
    const approvals = Promise.all(credits.map((creditId, n) => approve(apis[n % 2]!, creditId)));
    const postedBeforeKill = await firstPosted(credits);
    await workers[0]!.stop('SIGKILL');
    expect(postedBeforeKill).toBeLessThan(credits.length);
    await approvals;
    await expectPostedOnce(credits);
    workers[0] = await startWorker();
  });

  it('loses nothing when the history service is killed and restarted mid-run', async () => {
    const credits = await Promise.all(Array.from({ length: 16 }, (_, n) => pendingRefund(apis[n % 2]!, 3000 + n)));
    const approvals = Promise.all(credits.map((creditId, n) => approve(apis[n % 2]!, creditId)));
    const postedBeforeKill = await firstPosted(credits);
    await server.stopService('history', true);
    expect(postedBeforeKill).toBeLessThan(credits.length);
    await sleep(3_000);
    await server.startService('history');
    await approvals;
    await expectPostedOnce(credits);
  });
});
