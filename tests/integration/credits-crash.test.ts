import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { creditTeam, euros, requestCredit } from '../support/credits';
import { startTestApp, type TestApp } from '../support/harness';
import { INFRASTRUCTURE_ENV } from '../support/infrastructure';

// The worker runs as its own process (`npm run start:worker`) and is killed with SIGKILL while
// approvals are being applied and credits posted; a new one takes over. Money must post once.
jest.setTimeout(300_000);

function startWorker(app: TestApp): Promise<ChildProcess> {
  const child = spawn('npx', ['tsx', 'src/worker/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: app.databaseUrl,
      TEMPORAL_ADDRESS: app.temporalAddress,
      TEMPORAL_TASK_QUEUE: app.taskQueue,
      // The run's prebuilt bundle: a worker that bundles first takes many seconds to come back.
      WORKFLOW_BUNDLE_PATH: process.env[INFRASTRUCTURE_ENV.workflowBundlePath],
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('worker running')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => resolve());
    // The worker runs under npx: kill the whole process group.
    process.kill(-(child.pid ?? 0), 'SIGKILL');
  });
}

describe('posting survives a worker killed mid-flight', () => {
  let app: TestApp;
  let worker: ChildProcess;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    worker = await startWorker(app);
  });
  afterAll(async () => {
    await kill(worker);
    await app.stop();
  });

  it('leaves exactly one ledger entry per credit whatever the moment of the crash', async () => {
    const team = await creditTeam(app);
    const delays = [0, 40, 120, 300];
    const credits: string[] = [];
    for (const delay of delays) {
      const credit = await requestCredit(app, team.agent, { customerId: 'cust-crash', amount: euros(60_000), kind: 'store_credit' });
      expect(credit.body.status).toBe('pending_approval');
      credits.push(credit.body.id);
      const approving = app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.accounting, body: {} });
      await sleep(delay);
      await kill(worker);
      worker = await startWorker(app);
      const approved = await approving;
      expect(approved.status).toBe(200);
      await app.temporal.workflow.getHandle(credit.body.workflowId).result();
    }

    const ledger = await app.request('GET', '/v1/ledger?customerId=cust-crash', { key: team.accounting });
    expect(ledger.body.entries.map((entry: { creditId: string }) => entry.creditId).sort()).toEqual([...credits].sort());
    expect(ledger.body.storeCreditBalances).toEqual([euros(60_000 * delays.length)]);
    for (const id of credits) {
      const read = await app.request('GET', `/v1/credits/${id}`, { key: team.accounting });
      expect(read.body).toMatchObject({ status: 'posted', approvals: [{ role: 'accounting' }] });
    }
  });
});
