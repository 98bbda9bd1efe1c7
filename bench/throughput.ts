import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { WithStartWorkflowOperation } from '@temporalio/client';
import pino from 'pino';
import { ConfigError, runMain } from '../src/config';
import { createDatabase } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { seedDefaultPolicies } from '../src/db/policies';
import { dropDatabase } from '../src/db/server-databases';
import { createUser } from '../src/db/users';
import { actorOf } from '../src/domain/actor';
import { workflowIds } from '../src/domain/workflow-ids';
import { freePort } from '../src/embedded/free-port';
import { startServiceProcess, type ServiceProcess } from '../src/embedded/service-processes';
import { onShutdownSignal } from '../src/shutdown';
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
import { longestWaits, type Approvals } from './approval-waits';
import { benchDatabase } from './database';
import { call, CONCURRENCY, context, inRoundOrder, load, median, pairedRatio, percentile, QUIET_BUSY, QUIET_WINDOW_MS, ROUNDS, STARTS, startsPerSecond, TASK_QUEUE, timedLoad, WARM_UP_STARTS, type Series, type Stack, type Timed } from './load';
import { MINIMAL_TASK_QUEUE } from './minimal/task-queue';
import { minimalStartUpdate, minimalWorkflow } from './minimal/workflow';
import { driveReturns, returnStartSeries, type OpenCase, type ReturnsDriven } from './returns';
import { memoryPerCachedWorkflow } from './worker-memory';
import { scalingRatio, workerScaling, type Scaling } from './worker-scaling';

// `npm run bench:throughput`: how many processes a second the product starts through its API,
// against the raw Temporal client doing the same update-with-start, and against a minimal workflow
// of the same shape (the ceiling), on the dev server and on the production server over PostgreSQL,
// side by side. The worker, the API and the ceiling's worker are processes of their own, as in
// production. Prints one table and the ratios; it is not a test.

const say = (line: string) => console.log(line);

const SERVER_KINDS = ['dev', 'postgres'] as const;
type ServerKind = (typeof SERVER_KINDS)[number];

/** `BENCH_SERVERS`: the servers to measure, comma-separated; both by default. */
function serversToMeasure(value = SERVER_KINDS.join(',')): ServerKind[] {
  const named = value.split(',').map((name) => name.trim());
  const unknown = named.filter((name) => !SERVER_KINDS.includes(name as ServerKind));
  if (unknown.length > 0) throw new ConfigError(`BENCH_SERVERS names ${unknown.map((name) => JSON.stringify(name)).join(', ')}; use ${SERVER_KINDS.join(' and/or ')}`);
  return SERVER_KINDS.filter((kind) => named.includes(kind));
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
  const ceilingWorker = await own(await startServiceProcess('worker', { TEMPORAL_ADDRESS: address }, path.join(__dirname, 'minimal', 'worker.ts')));
  const agent = await createUser(db, { name: 'Ada Agent', role: 'agent' });
  const accounting = await createUser(db, { name: 'Ann Accounting', role: 'accounting' });
  const warehouse = await createUser(db, { name: 'Walt Warehouse', role: 'warehouse' });
  const keyed = (made: typeof agent) => ({ user: made.user, key: made.apiKey });
  return { client, db, api, workers, ceilingWorker, agent: keyed(agent), accounting: keyed(accounting), warehouse: keyed(warehouse), startWorker };
}

let customer = 0;
const nextCustomer = () => `cust-bench-${customer++}`;

/** Cases opened with the raw client, for the processes a series starts on them. */
async function openCases(stack: Stack, count: number): Promise<OpenCase[]> {
  const cases: OpenCase[] = [];
  await load(count, async () => {
    const customerId = nextCustomer();
    cases.push({ caseId: await rawOpenCase(stack, customerId), customerId });
  });
  return cases;
}

/** One round of every start series; the names are the table's rows. */
function startSeries(stack: Stack): Array<[string, Series]> {
  return [
    [
      'ceiling: minimal update-with-start',
      (count) =>
        timedLoad(stack, count, () =>
          stack.client.workflow.executeUpdateWithStart(minimalStartUpdate, {
            startWorkflowOperation: new WithStartWorkflowOperation(minimalWorkflow, { workflowId: randomUUID(), taskQueue: MINIMAL_TASK_QUEUE, workflowIdConflictPolicy: 'FAIL' }),
          }),
        ),
    ],
    ['open a case: raw client', (count) => timedLoad(stack, count, () => rawOpenCase(stack, nextCustomer()))],
    ['open a case: API', (count) => timedLoad(stack, count, () => call(stack, stack.agent.key, '/v1/cases', { customerId: nextCustomer(), subject: 'Kettle leaks' }))],
    [
      'request a credit: raw client',
      async (count) => {
        const cases = await openCases(stack, count);
        return timedLoad(stack, count, (n) => rawCredit(stack, cases[n]!.caseId, cases[n]!.customerId, 1_000, 'goodwill'));
      },
    ],
    [
      'request a credit: API',
      async (count) => {
        const cases = await openCases(stack, count);
        return timedLoad(stack, count, (n) =>
          call(stack, stack.agent.key, '/v1/credits', { customerId: cases[n]!.customerId, caseId: cases[n]!.caseId, amount: { minor: 1_000, currency: 'EUR' }, kind: 'goodwill', reason: 'Late delivery' }),
        );
      },
    ],
    ...returnStartSeries(stack, (count) => openCases(stack, count)),
  ];
}

/**
 * Approval latency, API against a raw update of the same decision, on credits waiting for accounting:
 * one load in which every other approval goes through the API, so that both meet the same server,
 * worker and cache at the same moments.
 */
async function approvals(stack: Stack): Promise<Approvals> {
  const credits: string[] = [];
  await load(2 * STARTS, async (n) => {
    const customerId = `cust-approve-${randomUUID()}`;
    credits[n] = await rawCredit(stack, await rawOpenCase(stack, customerId), customerId, 90_000, 'refund');
  });
  const { latencies } = await load(2 * STARTS, async (n) => {
    if (n % 2 === 0) return call(stack, stack.accounting.key, `/v1/credits/${credits[n]}/approve`, {});
    return stack.client.workflow
      .getHandle(workflowIds.credit(credits[n]!))
      .executeUpdate(decideCreditUpdate, { args: [{ by: actorOf(stack.accounting.user), decision: 'approve', onBehalfOf: null, note: null }] });
  });
  const slowest = latencies.indexOf(Math.max(...latencies));
  return {
    api: latencies.filter((_, n) => n % 2 === 0),
    raw: latencies.filter((_, n) => n % 2 === 1),
    slowest: { ms: latencies[slowest]!, through: slowest % 2 === 0 ? 'API' : 'raw update', waits: await longestWaits(stack, credits[slowest]!) },
  };
}

interface ServerFigures {
  figures: Map<string, Timed[]>;
  scalings: Scaling[];
  latency: Approvals;
  driven: ReturnsDriven;
  memory: { workflows: number; kilobytesEach: number };
}

const failedStarts = (rounds: Timed[]) => rounds.reduce((sum, round) => sum + round.failures.length, 0);

/** The last lines: each ratio against its goal, then the returns driven and the worker's memory. */
function goalLines(kind: ServerKind, { figures, scalings, latency, driven, memory }: ServerFigures): string[] {
  const goal = (name: string, value: number, met: boolean, target: string) => `${name} ${value.toFixed(2)} (goal ${target}: ${met ? 'met' : 'NOT met'})`;
  const pairGoal = (name: string, api: Timed[], raw: Timed[]) => {
    const ratio = pairedRatio(api, raw);
    const failed = failedStarts(api) + failedStarts(raw);
    return `${goal(name, ratio, ratio >= 0.9 && failed === 0, '>= 0.90')}${failed > 0 ? ` (${failed} starts failed)` : ''}`;
  };
  const apiOverRaw = (start: string) => pairGoal(`API/raw ${start}`, figures.get(`${start}: API`)!, figures.get(`${start}: raw client`)!);
  const p99 = percentile(latency.api, 99) / percentile(latency.raw, 99);
  const rawOverCeiling = pairedRatio(figures.get('open a case: raw client')!, figures.get('ceiling: minimal update-with-start')!);
  return [
    `${kind}: ${['open a case', 'request a credit', 'start a return'].map(apiOverRaw).join('; ')}`,
    `${kind}: ${goal('approve p99 API/raw', p99, p99 <= 2, '<= 2')} (p50 ${percentile(latency.api, 50).toFixed(0)} / ${percentile(latency.raw, 50).toFixed(0)} ms, p99 ${percentile(latency.api, 99).toFixed(0)} / ${percentile(latency.raw, 99).toFixed(0)} ms); ${goal('raw/ceiling', rawOverCeiling, rawOverCeiling >= 0.9, '>= 0.90')}`,
    `${kind}: the slowest approval (${latency.slowest.through}) took ${(latency.slowest.ms / 1000).toFixed(1)} s; its longest waits: ${latency.slowest.waits.join(', ')}`,
    ...scalings.map((scaling) => {
      if (scaling.two.length === 0) return `${kind}: 2 workers/1 worker (${scaling.name}): ${scaling.limit}`;
      const lines = [`${goal(`2 workers/1 worker (${scaling.name})`, scalingRatio(scaling), scalingRatio(scaling) >= 1.6, '>= 1.6 where the server is not the limit')}; ${scaling.limit}`];
      if (scaling.held) lines.push(pairGoal(`API/raw open a case, 1 worker at ${scaling.name}`, scaling.one, scaling.rawOne));
      return `${kind}: ${lines.join('; ')}`;
    }),
    `${kind}: ${driven.returns} returns started at once and driven to a posted refund in ${driven.seconds.toFixed(1)} s (${driven.perSecond.toFixed(1)}/s), ${driven.lost} lost (${driven.retries} requests answered 503 and sent again); worker RSS ${memory.kilobytesEach.toFixed(0)} KB per cached running workflow (${memory.workflows} cases)`,
  ];
}

runMain(async () => {
  const servers = serversToMeasure(process.env.BENCH_SERVERS);
  installTemporalRuntime(pino({ level: 'warn' }));
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'bench-throughput-'));
  const bundlePath = path.join(workDir, 'workflow-bundle.js');
  await writeFile(bundlePath, await bundleWorkflows(() => undefined));
  say(`${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GB; ${STARTS} starts per series at concurrency ${CONCURRENCY}, ${ROUNDS} alternating rounds, median`);
  const rows: Array<[string, string, Timed[]]> = [];
  const lastLines: string[] = [];
  // What the current server's stack started, stopped last first: when the run ends, fails, or is
  // told to stop (a SIGTERM to this process alone would otherwise leave its servers running).
  const stops: Array<() => Promise<unknown>> = [];
  let stopping: Promise<void> | undefined;
  const stopStack = () =>
    (stopping ??= (async () => {
      for (let stop = stops.pop(); stop; stop = stops.pop()) await stop().catch((error: unknown) => say(`stopping: ${String(error)}`));
    })().finally(() => (stopping = undefined)));
  onShutdownSignal(async () => {
    stops.unshift(() => rm(workDir, { recursive: true, force: true }));
    await stopStack();
  });
  for (const kind of servers) {
    try {
      const stack = await startStack(kind, workDir, bundlePath, stops);
      const memory = await memoryPerCachedWorkflow(stack.workers[0]!, (count) => openCases(stack, count));
      const series = startSeries(stack);
      const figures = new Map<string, Timed[]>(series.map(([name]) => [name, []]));
      for (const [, run] of series) await run(WARM_UP_STARTS);
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const [name, run] of inRoundOrder(series, round)) figures.get(name)!.push(await run(STARTS));
      }
      for (const [name, values] of figures) rows.push([kind, name, values]);
      const latency = await approvals(stack);
      const driven = await driveReturns(stack, (count) => openCases(stack, count));
      const run = (name: string) => series.find(([seriesName]) => seriesName === name)![1];
      const scalings = await workerScaling(
        stack,
        { raw: run('open a case: raw client'), api: run('open a case: API') },
        { raw: figures.get('open a case: raw client')!, api: figures.get('open a case: API')! },
      );
      for (const scaling of scalings.filter(({ two }) => two.length > 0)) {
        if (scaling.held) {
          rows.push([kind, `open a case: raw client, 1 worker, ${scaling.name}`, scaling.rawOne]);
          rows.push([kind, `open a case: API, 1 worker, ${scaling.name}`, scaling.one]);
        }
        rows.push([kind, `open a case: API, 2 workers${scaling.held ? `, ${scaling.name}` : ''}`, scaling.two]);
      }
      lastLines.push(...goalLines(kind, { figures, scalings, latency, driven, memory }));
    } finally {
      await stopStack();
    }
  }
  say('');
  const cpuHeadings = ['API ms', 'workers ms', 'busy'].map((heading) => heading.padStart(11)).join('');
  say(`${'server'.padEnd(9)}${'series (starts/s)'.padEnd(46)}${Array.from({ length: ROUNDS }, (_, n) => `round ${n + 1}`.padStart(9)).join('')}${'median'.padStart(9)}${cpuHeadings}`);
  for (const [kind, name, timed] of rows) {
    const values = startsPerSecond(timed);
    const cpu = [median(timed.map((round) => round.apiCpuMs)), median(timed.map((round) => round.workerCpuMs))].map((ms) => ms.toFixed(1).padStart(11)).join('');
    const busy = `${(median(timed.map((round) => round.machineBusy)) * 100).toFixed(0)}%`.padStart(11);
    say(`${kind.padEnd(9)}${name.padEnd(46)}${values.map((value) => value.toFixed(1).padStart(9)).join('')}${median(values).toFixed(1).padStart(9)}${cpu}${busy}`);
  }
  say("(API ms, workers ms: CPU time the API process and the worker processes spent per start; busy: the machine's CPU in use; medians of the rounds)");
  const longestQuietWait = Math.max(...rows.flatMap(([, , timed]) => timed.map((round) => round.quietAfterSeconds)));
  say(`(each round began once the machine had been under ${QUIET_BUSY * 100}% busy for ${QUIET_WINDOW_MS / 1000} s, which took up to ${longestQuietWait.toFixed(0)} s after the series before it)`);
  for (const [kind, name, timed] of rows) {
    const failures = timed.flatMap((round) => round.failures);
    if (failures.length > 0) say(`${kind} ${name}: ${failures.length} starts failed (not counted in starts/s); the first: ${failures[0]}`);
  }
  say('');
  for (const line of lastLines) say(line);
  await rm(workDir, { recursive: true, force: true });
});
