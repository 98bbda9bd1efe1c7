import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import pino from 'pino';
import { runMain } from '../src/config';
import { createDatabase, type Database } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { seedDefaultPolicies } from '../src/db/policies';
import { dropDatabase } from '../src/db/server-databases';
import { createUser, type AuthenticatedUser } from '../src/db/users';
import { actorOf } from '../src/domain/actor';
import { workflowIds } from '../src/domain/workflow-ids';
import { freePort } from '../src/embedded/free-port';
import { startServiceProcess, type ServiceProcess } from '../src/embedded/service-processes';
import { installTemporalCli } from '../src/temporal/cli';
import { connectClient, ensureSearchAttributes } from '../src/temporal/connection';
import { startDevServer } from '../src/temporal/dev-server';
import { installTemporalRuntime } from '../src/temporal/runtime';
import { installTemporalServer, startTemporalServer } from '../src/temporal/server';
import { startProcess } from '../src/use-cases/start-process';
import { bundleWorkflows } from '../src/worker/bundle';
import { caseWorkflow } from '../workflows/case';
import { caseStartUpdate } from '../workflows/case-messages';
import { creditWorkflow } from '../workflows/credit';
import { creditStartUpdate, decideCreditUpdate } from '../workflows/credit-messages';
import { benchDatabase } from './database';
import { MINIMAL_TASK_QUEUE } from './minimal/task-queue';
import { minimalStartUpdate, minimalWorkflow } from './minimal/workflow';

// `npm run bench:throughput`: how many processes a second the product starts through its API,
// against the raw Temporal client doing the same update-with-start, and against a minimal workflow
// of the same shape (the ceiling), on the dev server and on the production server over PostgreSQL,
// side by side. The worker, the API and the ceiling's worker are processes of their own, as in
// production. Prints one table and the ratios; it is not a test.

const STARTS = Number(process.env.BENCH_STARTS ?? 150);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TASK_QUEUE = 'service-processes';
const say = (line: string) => console.log(line);

type ServerKind = 'dev' | 'postgres';

interface Stack {
  client: Client;
  db: Database;
  api: ServiceProcess;
  workers: ServiceProcess[];
  agent: { user: AuthenticatedUser; key: string };
  accounting: { user: AuthenticatedUser; key: string };
  startWorker(): Promise<ServiceProcess>;
}

/** Runs `count` operations, `CONCURRENCY` at a time; answers operations per second and each one's latency in ms. */
async function load(count: number, operation: (n: number) => Promise<unknown>): Promise<{ perSecond: number; latencies: number[] }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let n = next++; n < count; n = next++) {
        const begun = performance.now();
        await operation(n);
        latencies.push(performance.now() - begun);
      }
    }),
  );
  return { perSecond: count / ((performance.now() - started) / 1000), latencies };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? NaN;
const median = (values: number[]) => percentile(values, 50);

async function call(stack: Stack, key: string, route: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${stack.api.url}${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  if (response.status >= 300) throw new Error(`POST ${route}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

function context(stack: Stack) {
  return { db: stack.db, temporal: stack.client, taskQueue: TASK_QUEUE, logger: pino({ level: 'silent' }) };
}

/** Opens a case the way `POST /v1/cases` does, with the raw client. */
async function rawOpenCase(stack: Stack, customerId: string): Promise<string> {
  const caseId = randomUUID();
  await startProcess(context(stack), caseWorkflow, caseStartUpdate, {
    workflowId: workflowIds.case(caseId),
    args: [{ caseId, customerId, subject: 'Kettle leaks', channel: 'phone', category: null, openedBy: actorOf(stack.agent.user) }],
    caseId,
    customerId,
    status: 'open',
    whenRunning: 'USE_EXISTING',
  });
  return caseId;
}

/** Requests a credit on an open case the way `POST /v1/credits` does, with the raw client. */
async function rawCredit(stack: Stack, caseId: string, customerId: string, minor: number, kind: 'goodwill' | 'refund'): Promise<string> {
  const creditId = randomUUID();
  await startProcess(context(stack), creditWorkflow, creditStartUpdate, {
    workflowId: workflowIds.credit(creditId),
    args: [{ creditId, customerId, caseId, kind, amount: { minor, currency: 'EUR' }, reason: 'Late delivery', requestedBy: actorOf(stack.agent.user), source: null }],
    caseId,
    customerId,
    status: 'checking',
    whenRunning: 'USE_EXISTING',
  });
  return creditId;
}

async function startStack(kind: ServerKind, workDir: string, bundlePath: string, stops: Array<() => Promise<unknown>>): Promise<Stack> {
  const database = await benchDatabase();
  stops.push(() => database.drop());
  await migrate(database.url);
  let address: string;
  if (kind === 'dev') {
    const dev = await startDevServer({ cli: installTemporalCli(say), namespace: 'default', logLevel: 'never' });
    stops.push(() => dev.teardown());
    address = dev.address;
  } else {
    const name = new URL(database.url).pathname.slice(1);
    const databases = { main: `${name}_temporal`, visibility: `${name}_temporal_visibility` };
    stops.push(async () => {
      await dropDatabase(database.serverUrl, databases.main);
      await dropDatabase(database.serverUrl, databases.visibility);
    });
    const server = await startTemporalServer({
      build: installTemporalServer(say),
      databaseUrl: database.serverUrl,
      databases,
      workDir: path.join(workDir, `temporal-${kind}`),
      namespace: 'default',
      port: await freePort(32_768),
      log: () => undefined,
    });
    stops.push(() => server.stop());
    address = server.address;
  }
  const client = await connectClient(address, 'default');
  await ensureSearchAttributes(client);
  const db = createDatabase(database.url);
  await seedDefaultPolicies(db);
  stops.push(async () => {
    await client.connection.close();
    await db.$disconnect();
  });
  const env = {
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: address,
    TEMPORAL_TASK_QUEUE: TASK_QUEUE,
    WORKFLOW_BUNDLE_PATH: bundlePath,
    HOST: '127.0.0.1',
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
  };
  const own = async (service: ServiceProcess) => {
    stops.push(() => service.stop());
    return service;
  };
  const startWorker = async () => own(await startServiceProcess('worker', env));
  const workers = [await startWorker()];
  const api = await own(await startServiceProcess('api', { ...env, PORT: String(await freePort()) }));
  await own(await startServiceProcess('worker', { TEMPORAL_ADDRESS: address }, path.join(__dirname, 'minimal', 'worker.ts')));
  const agent = await createUser(db, { name: 'Ada Agent', role: 'agent' });
  const accounting = await createUser(db, { name: 'Ann Accounting', role: 'accounting' });
  return { client, db, api, workers, agent: { user: agent.user, key: agent.apiKey }, accounting: { user: accounting.user, key: accounting.apiKey }, startWorker };
}

/** One round of every start series; the names are the table's rows. */
function startSeries(stack: Stack): Array<[string, () => Promise<number>]> {
  let customer = 0;
  const nextCustomer = () => `cust-bench-${customer++}`;
  const openCases: Array<{ caseId: string; customerId: string }> = [];
  const prepareCases = async () => {
    openCases.length = 0;
    await load(STARTS, async () => {
      const customerId = nextCustomer();
      openCases.push({ caseId: await rawOpenCase(stack, customerId), customerId });
    });
  };
  return [
    [
      'ceiling: minimal update-with-start',
      async () =>
        (
          await load(STARTS, () =>
            stack.client.workflow.executeUpdateWithStart(minimalStartUpdate, {
              startWorkflowOperation: new WithStartWorkflowOperation(minimalWorkflow, { workflowId: randomUUID(), taskQueue: MINIMAL_TASK_QUEUE, workflowIdConflictPolicy: 'FAIL' }),
            }),
          )
        ).perSecond,
    ],
    ['open a case: raw client', async () => (await load(STARTS, () => rawOpenCase(stack, nextCustomer()))).perSecond],
    ['open a case: API', async () => (await load(STARTS, () => call(stack, stack.agent.key, '/v1/cases', { customerId: nextCustomer(), subject: 'Kettle leaks' }))).perSecond],
    [
      'request a credit: raw client',
      async () => {
        await prepareCases();
        return (await load(STARTS, (n) => rawCredit(stack, openCases[n]!.caseId, openCases[n]!.customerId, 1_000, 'goodwill'))).perSecond;
      },
    ],
    [
      'request a credit: API',
      async () => {
        await prepareCases();
        const cases = [...openCases];
        return (
          await load(STARTS, (n) =>
            call(stack, stack.agent.key, '/v1/credits', { customerId: cases[n]!.customerId, caseId: cases[n]!.caseId, amount: { minor: 1_000, currency: 'EUR' }, kind: 'goodwill', reason: 'Late delivery' }),
          )
        ).perSecond;
      },
    ],
  ];
}

/** Approval latency, API against a raw update of the same decision, on credits waiting for accounting. */
async function approvals(stack: Stack): Promise<{ api: number[]; raw: number[] }> {
  const pending = async () => {
    const credits: string[] = [];
    await load(STARTS, async (n) => {
      const customerId = `cust-approve-${randomUUID()}`;
      credits[n] = await rawCredit(stack, await rawOpenCase(stack, customerId), customerId, 90_000, 'refund');
    });
    return credits;
  };
  const forApi = await pending();
  const forRaw = await pending();
  const api = await load(STARTS, (n) => call(stack, stack.accounting.key, `/v1/credits/${forApi[n]}/approve`, {}));
  const raw = await load(STARTS, (n) =>
    stack.client.workflow
      .getHandle(workflowIds.credit(forRaw[n]!))
      .executeUpdate(decideCreditUpdate, { args: [{ by: actorOf(stack.accounting.user), decision: 'approve', onBehalfOf: null, note: null }] }),
  );
  return { api: api.latencies, raw: raw.latencies };
}

runMain(async () => {
  installTemporalRuntime(pino({ level: 'warn' }));
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'bench-throughput-'));
  const bundlePath = path.join(workDir, 'workflow-bundle.js');
  await writeFile(bundlePath, await bundleWorkflows(() => undefined));
  say(`${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GB; ${STARTS} starts per series at concurrency ${CONCURRENCY}, ${ROUNDS} alternating rounds, median`);
  const rows: Array<[string, string, number[]]> = [];
  const ratios: string[] = [];
  for (const kind of ['dev', 'postgres'] as const) {
    const stops: Array<() => Promise<unknown>> = [];
    try {
      const stack = await startStack(kind, workDir, bundlePath, stops);
      const series = startSeries(stack);
      const figures = new Map<string, number[]>(series.map(([name]) => [name, []]));
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const [name, run] of series) figures.get(name)!.push(await run());
      }
      for (const [name, values] of figures) rows.push([kind, name, values]);
      const twoWorkers = await (async () => {
        stack.workers.push(await stack.startWorker());
        const values: number[] = [];
        const apiOpen = series.find(([name]) => name === 'open a case: API')![1];
        for (let round = 0; round < ROUNDS; round += 1) values.push(await apiOpen());
        return values;
      })();
      rows.push([kind, 'open a case: API, 2 workers', twoWorkers]);
      const latency = await approvals(stack);
      const m = (name: string) => median(figures.get(name)!);
      ratios.push(
        `${kind}: API/raw open a case ${(m('open a case: API') / m('open a case: raw client')).toFixed(2)}, ` +
          `API/raw request a credit ${(m('request a credit: API') / m('request a credit: raw client')).toFixed(2)}, ` +
          `raw/ceiling ${(m('open a case: raw client') / m('ceiling: minimal update-with-start')).toFixed(2)}, ` +
          `2 workers/1 worker ${(median(twoWorkers) / m('open a case: API')).toFixed(2)}, ` +
          `approve p50 API ${percentile(latency.api, 50).toFixed(0)} ms / raw ${percentile(latency.raw, 50).toFixed(0)} ms, ` +
          `p99 API ${percentile(latency.api, 99).toFixed(0)} ms / raw ${percentile(latency.raw, 99).toFixed(0)} ms (${(percentile(latency.api, 99) / percentile(latency.raw, 99)).toFixed(2)}×)`,
      );
    } finally {
      for (const stop of stops.reverse()) await stop().catch((error: unknown) => say(`stopping: ${String(error)}`));
    }
  }
  say('');
  say(`${'server'.padEnd(9)}${'series (starts/s)'.padEnd(38)}${Array.from({ length: ROUNDS }, (_, n) => `round ${n + 1}`.padStart(9)).join('')}${'median'.padStart(9)}`);
  for (const [kind, name, values] of rows) {
    say(`${kind.padEnd(9)}${name.padEnd(38)}${values.map((value) => value.toFixed(1).padStart(9)).join('')}${median(values).toFixed(1).padStart(9)}`);
  }
  say('');
  for (const line of ratios) say(line);
  await rm(workDir, { recursive: true, force: true });
});
