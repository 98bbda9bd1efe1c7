import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { WorkflowUpdateStage, type Client } from '@temporalio/client';
import pino from 'pino';
import { parseConfig } from '../../src/config';
import { createDatabase, type Database } from '../../src/db/client';
import { createUser, type AuthenticatedUser } from '../../src/db/users';
import { actorOf } from '../../src/domain/actor';
import { outagePostgres, outageTemporal, type OutageServer } from '../../src/embedded/outage-servers';
import { startServices, type RunningServices } from '../../src/services';
import { connectClient } from '../../src/temporal/connection';
import { decideCreditUpdate } from '../../workflows/credit-messages';
import { euros } from '../support/credits';
import { httpRequest, type HttpResponse, type RequestOptions } from '../support/http';
import { INFRASTRUCTURE_ENV } from '../support/infrastructure';
import { quietTemporalRuntime } from '../support/runtime';
import { eventually } from '../support/wait';

// PostgreSQL and Temporal really go down here (this file's own servers): the API answers at once
// with a problem document saying so, /readyz names what is down, a process in the middle of a step
// carries on once its database is back, and a finished process stays readable without Temporal.

/** A client that waits longer than this for an answer has met a hang, not a degraded service. */
const ANSWER_WITHIN_MS = 2_000;

describe('degraded, not hung, while a server behind the API is down', () => {
  let workDir: string;
  let postgres: OutageServer & { url: string };
  let temporalServer: OutageServer & { address: string };
  let services: RunningServices;
  let db: Database;
  let temporal: Client;
  let agent: string;
  let accounting: { user: AuthenticatedUser; key: string };

  const call = (method: string, route: string, options: RequestOptions = {}): Promise<HttpResponse> => httpRequest(services.apiUrl ?? '', method, route, options);
  /** A call while a server is down: the client gives up when no answer came in time. */
  const callDuringOutage = (method: string, route: string, options: RequestOptions = {}) => call(method, route, { ...options, giveUpAfterMs: ANSWER_WITHIN_MS });
  const refund = (customerId: string) => ({ key: agent, body: { customerId, amount: euros(90_000), kind: 'refund', reason: 'Broken on arrival' } });
  const askRefund = (customerId: string) => call('POST', '/v1/credits', refund(customerId));
  const expectUnavailable = (answer: HttpResponse, detail: RegExp) => {
    expect(answer.status).toBe(503);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.headers.get('retry-after')).toBe('5');
    expect(answer.body).toMatchObject({ type: '/problems/unavailable', status: 503, detail: expect.stringMatching(detail) });
  };

  beforeAll(async () => {
    quietTemporalRuntime();
    workDir = await mkdtemp(path.join(os.tmpdir(), 'degraded-'));
    postgres = await outagePostgres(workDir, 'service');
    temporalServer = await outageTemporal(workDir);
    const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', TEMPORAL_TASK_QUEUE: 'degraded' });
    services = await startServices(config, { databaseUrl: postgres.url, temporalAddress: temporalServer.address }, pino({ level: 'silent' }), {
      api: true,
      worker: true,
      workflowBundle: { codePath: process.env[INFRASTRUCTURE_ENV.workflowBundlePath] ?? '' },
    });
    db = createDatabase(postgres.url);
    temporal = await connectClient(temporalServer.address, 'default');
    agent = (await createUser(db, { name: 'Ada Agent', role: 'agent' })).apiKey;
    const { user, apiKey } = await createUser(db, { name: 'Ann Accounting', role: 'accounting' });
    accounting = { user, key: apiKey };
  });

  afterAll(async () => {
    await services?.stop();
    await temporal?.connection.close();
    await db?.$disconnect();
    await temporalServer?.remove();
    await postgres?.remove();
    await rm(workDir, { recursive: true, force: true });
  });

  it('answers 503 while PostgreSQL is down, says so on /readyz, and finishes the step it was in once it is back', async () => {
    const asked = await askRefund('cust-db-down');
    expect(asked.body.status).toBe('pending_approval');
    const handle = temporal.workflow.getHandle(asked.body.workflowId);

    await postgres.down();
    expectUnavailable(await callDuringOutage('GET', `/v1/credits/${asked.body.id}`, { key: accounting.key }), /database/);
    expectUnavailable(await callDuringOutage('POST', '/v1/credits', refund('cust-db-down-2')), /database/);
    expectUnavailable(await callDuringOutage('POST', `/v1/credits/${asked.body.id}/approve`, { key: accounting.key, body: {} }), /database/);
    const ready = await callDuringOutage('GET', '/readyz');
    expect({ status: ready.status, body: ready.body }).toEqual({ status: 503, body: { status: 'not_ready', checks: { database: 'unreachable', temporal: 'ok' } } });

    // An approval the workflow took just before (it needs no database to accept one): its posting
    // step fails against the stopped database and is tried again.
    const decision = { decision: 'approve' as const, by: actorOf(accounting.user), onBehalfOf: null, note: null };
    const approving = await handle.startUpdate(decideCreditUpdate, { args: [decision], waitForStage: WorkflowUpdateStage.ACCEPTED });
    await eventually(async () => {
      const pending = (await handle.describe()).raw.pendingActivities ?? [];
      return pending.some((activity) => (activity.attempt ?? 0) >= 2) ? true : undefined;
    });

    await postgres.up();
    expect((await approving.result()).status).toBe('posted');
    const read = await eventually(async () => {
      const answer = await call('GET', `/v1/credits/${asked.body.id}`, { key: accounting.key });
      return answer.status === 200 ? answer : undefined;
    });
    expect(read.body).toMatchObject({ status: 'posted', approvals: [{ approver: { id: accounting.user.id } }] });
    const ledger = await call('GET', '/v1/ledger?customerId=cust-db-down', { key: accounting.key });
    expect(ledger.body.entries.map((entry: { creditId: string }) => entry.creditId)).toEqual([asked.body.id]);
    expect((await call('GET', '/readyz')).status).toBe(200);
  });

  it('answers 503 to starts while Temporal is down, reads finished processes from PostgreSQL, and starts again once it is back', async () => {
    const finished = await call('POST', '/v1/credits', {
      key: agent,
      body: { customerId: 'cust-temporal-down', amount: euros(2_000), kind: 'goodwill', reason: 'Late delivery' },
    });
    expect(finished.body.status).toBe('posted');
    await temporal.workflow.getHandle(finished.body.workflowId).result();
    const before = await call('GET', `/v1/credits/${finished.body.id}`, { key: accounting.key });
    const running = await askRefund('cust-temporal-down');
    expect(running.body.status).toBe('pending_approval');

    await temporalServer.down();
    const after = await callDuringOutage('GET', `/v1/credits/${finished.body.id}`, { key: accounting.key });
    expect({ status: after.status, body: after.body }).toEqual({ status: 200, body: before.body });
    expectUnavailable(await callDuringOutage('GET', `/v1/credits/${running.body.id}`, { key: accounting.key }), /Temporal/);
    expectUnavailable(await callDuringOutage('POST', '/v1/credits', refund('cust-temporal-down-2')), /Temporal/);
    expectUnavailable(await callDuringOutage('POST', `/v1/credits/${running.body.id}/approve`, { key: accounting.key, body: {} }), /Temporal/);
    const ready = await callDuringOutage('GET', '/readyz');
    expect({ status: ready.status, body: ready.body }).toEqual({ status: 503, body: { status: 'not_ready', checks: { database: 'ok', temporal: 'unreachable' } } });

    await temporalServer.up();
    // The first approval may meet the worker still reconnecting; a client sends it again after a 503.
    await eventually(async () => {
      const answer = await call('POST', `/v1/credits/${running.body.id}/approve`, { key: accounting.key, body: {} });
      return answer.status === 503 ? undefined : answer.status;
    }, 60_000);
    const approved = await call('GET', `/v1/credits/${running.body.id}`, { key: accounting.key });
    expect(approved.body).toMatchObject({ status: 'posted', approvals: [{ approver: { id: accounting.user.id } }] });
    const started = await askRefund('cust-temporal-down-3');
    expect({ status: started.status, credit: started.body.status }).toEqual({ status: 201, credit: 'pending_approval' });
    expect((await call('GET', '/readyz')).status).toBe(200);
  });
});
