import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, type Database } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { seedDefaultPolicies } from '../../src/db/policies';
import { createUser } from '../../src/db/users';
import type { Role } from '../../src/domain/roles';
import { freePort } from '../../src/embedded/free-port';
import { outagePostgres, outageTemporal, type OutageServer } from '../../src/embedded/outage-servers';
import { startServiceProcess, type ServiceProcess } from '../../src/embedded/service-processes';
import { bundleWorkflows } from '../../src/worker/bundle';
import { startMailbox, type ReceivedMail } from '../../tests/support/mailbox';

// The real stack the faults are done to: an embedded PostgreSQL that can be stopped, a Temporal dev
// server (SQLite file) that can be killed, an SMTP server that can be stopped, and the API and two
// workers as processes of their own, as production runs them.

export interface Mailbox extends OutageServer {
  mails: ReceivedMail[];
}

export interface FaultUser {
  id: string;
  key: string;
}

export interface FaultStack {
  apiUrl: string;
  db: Database;
  postgres: OutageServer;
  temporal: OutageServer;
  mailbox: Mailbox;
  workers: ServiceProcess[];
  /** SIGKILLs worker `index` and starts another in its place; resolves once the new one polls. */
  replaceWorker(index: number): Promise<void>;
  /** A new user of the role (with an email, so messages to them are delivered) and their API key. */
  user(role: Role, name?: string): Promise<FaultUser>;
  stop(): Promise<void>;
}

/** An SMTP server that keeps every message and comes back on its port after `down()`. */
async function restartableMailbox(): Promise<Mailbox & { url: string }> {
  let server = await startMailbox();
  const port = Number(new URL(server.url).port);
  let running = true;
  const { mails } = server;
  const down = async () => {
    if (running) await server.stop();
    running = false;
  };
  return {
    url: server.url,
    mails,
    down,
    async up() {
      if (running) return;
      server = await startMailbox(port, { mails });
      running = true;
    },
    remove: down,
  };
}

/** Starts the stack; `workflowBundlePath` is a prebuilt bundle (the tests' run has one), else one is built. */
export async function startFaultStack(log: (line: string) => void, workflowBundlePath?: string): Promise<FaultStack> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'faults-'));
  const postgres = await outagePostgres(workDir, 'service');
  const temporal = await outageTemporal(workDir);
  const mailbox = await restartableMailbox();
  await migrate(postgres.url);
  const db = createDatabase(postgres.url);
  await seedDefaultPolicies(db);
  let bundle = workflowBundlePath;
  if (!bundle) {
    bundle = path.join(workDir, 'workflow-bundle.js');
    await writeFile(bundle, await bundleWorkflows(log));
  }
  const env = {
    DATABASE_URL: postgres.url,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_TASK_QUEUE: 'faults',
    WORKFLOW_BUNDLE_PATH: bundle,
    HOST: '127.0.0.1',
    SMTP_URL: mailbox.url,
    // A message waits 1, 2, 4 … s between attempts, so that it goes soon after the mail server is back.
    NOTIFY_RETRY_SECONDS: '1',
    NOTIFY_MAX_ATTEMPTS: '20',
    RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
  };
  const startWorker = () => startServiceProcess('worker', env);
  const workers = await Promise.all([startWorker(), startWorker()]);
  const api = await startServiceProcess('api', { ...env, PORT: String(await freePort()) });
  let users = 0;
  log(`stack: PostgreSQL ${postgres.url}, Temporal ${temporal.address}, SMTP ${mailbox.url}, API ${api.url}, 2 workers`);
  return {
    apiUrl: api.url,
    db,
    postgres,
    temporal,
    mailbox,
    workers,
    async replaceWorker(index) {
      await workers[index]?.stop('SIGKILL');
      workers[index] = await startWorker();
    },
    async user(role, name = `Faults ${role}`) {
      users += 1;
      const created = await createUser(db, { name, role, email: `${role}-${users}@example.com` });
      return { id: created.user.id, key: created.apiKey };
    },
    async stop() {
      await api.stop();
      for (const worker of workers) await worker.stop();
      await db.$disconnect();
      await mailbox.remove();
      await temporal.remove();
      await postgres.remove();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
