import pino from 'pino';
import { createNotificationActivities } from '../../activities/notifications';
import { createCustomerLinks } from '../../src/customer-links/links';
import { createDatabase } from '../../src/db/client';
import { rememberCustomer } from '../../src/db/customers';
import { startNotificationSender } from '../../src/worker/notification-sender';
import { createTransport } from '../../src/worker/notification-transport';
import { creditTeam, euros, requestCredit } from '../support/credits';
import { startTestApp, type TestApp } from '../support/harness';
import { startMailbox, type ReceivedMail } from '../support/mailbox';
import { eventually } from '../support/wait';

// The notifications outbox on the real stack with a real SMTP server that the tests stop and start
// again on its port: no request waits on the mail server, a message is delivered once when it is
// back, a message that keeps failing ends failed and is sent again on request, and several senders
// on one database never deliver one message twice.
describe('the notifications outbox', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof creditTeam>>;
  let ops: string;
  let port: number;
  /** Every life of the mail server, the current one last. */
  const mailboxes: Array<Awaited<ReturnType<typeof startMailbox>>> = [];
  const current = () => mailboxes.at(-1) as (typeof mailboxes)[number];
  const mailsTo = (address: string): ReceivedMail[] => mailboxes.flatMap((mailbox) => mailbox.mails.filter((mail) => mail.to.includes(address)));
  let mailUp = true;
  const stopMail = async () => {
    await current().stop();
    mailUp = false;
  };
  const startMail = async () => {
    if (mailUp) return;
    mailboxes.push(await startMailbox(port));
    mailUp = true;
  };

  beforeAll(async () => {
    mailboxes.push(await startMailbox());
    port = Number(new URL(current().url).port);
    app = await startTestApp({ smtpUrl: current().url, env: { NOTIFY_MAX_ATTEMPTS: '3', NOTIFY_RETRY_SECONDS: '2' } });
    team = await creditTeam(app);
    ops = await app.userKey('ops', 'Oli Ops');
    // A first credit warms the worker, so that the timings below are those of a running service.
    await requestCredit(app, team.agent, { customerId: 'cust-warm', amount: euros(1000), kind: 'goodwill' });
  });
  // Each test finds the mail server up, whatever the one before left.
  beforeEach(() => startMail());
  afterAll(async () => {
    await app.stop();
    if (mailUp) await current().stop();
  });

  const notificationOf = async (recipient: string) => {
    const listed = await app.request('GET', `/v1/notifications?recipient=${encodeURIComponent(recipient)}`, { key: ops });
    expect(listed.status).toBe(200);
    return listed.body.items[0] as Record<string, any> | undefined;
  };
  const postedCredit = async (customerId: string, email: string) => {
    await rememberCustomer(app.db, { id: customerId, email });
    const started = Date.now();
    const credit = await requestCredit(app, team.agent, { customerId, amount: euros(4000), kind: 'goodwill' });
    return { credit, tookMs: Date.now() - started };
  };
  const attemptsOf = (id: string) => app.db.notificationAttempt.findMany({ where: { notificationId: BigInt(id) }, orderBy: { id: 'asc' } });

  it('answers an auto-approved credit as fast while the mail server is down (not a second slower), and delivers its message once when it is back', async () => {
    const up = await postedCredit('cust-up', 'up@example.com');
    await stopMail();
    const { credit, tookMs } = await postedCredit('cust-down', 'down@example.com');
    expect(credit.status).toBe(201);
    expect(credit.body.status).toBe('posted');
    // The same request with the mail server up is the measure: on an idle machine both take a few hundred ms.
    expect(tookMs).toBeLessThan(up.tookMs + 1000);

    const waiting = await eventually(async () => {
      const found = await notificationOf('customer:cust-down');
      return found && found.attempts >= 1 ? found : undefined;
    });
    expect(waiting).toMatchObject({ template: 'credit.posted', status: 'pending', sentAt: null, lastError: expect.stringContaining('ECONNREFUSED') });
    expect(Date.parse(waiting.nextAttemptAt)).toBeGreaterThan(Date.now() - 1000);
    expect((await attemptsOf(waiting.id))[0]).toMatchObject({ outcome: 'failed', error: expect.stringContaining('ECONNREFUSED') });

    await startMail();
    const sent = await eventually(async () => {
      const found = await notificationOf('customer:cust-down');
      return found?.status === 'sent' ? found : undefined;
    });
    expect(sent).toMatchObject({ nextAttemptAt: null, sentAt: expect.any(String) });
    expect((await attemptsOf(sent.id)).map((attempt) => attempt.outcome)).toEqual([...Array(sent.attempts - 1).fill('failed'), 'sent']);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const mails = mailsTo('down@example.com');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.raw).toContain(`Message-ID: <notification-${sent.id}@localhost>`);
    expect(mails[0]?.raw).toContain('We have issued a');
  });

  it("ends a message that keeps failing as failed after the policy's attempts, and sends it once when ops retries it", async () => {
    await stopMail();
    const { credit } = await postedCredit('cust-fail', 'fail@example.com');
    expect(credit.status).toBe(201);
    const failed = await eventually(async () => {
      const found = await notificationOf('customer:cust-fail');
      return found?.status === 'failed' ? found : undefined;
    });
    expect(failed).toMatchObject({ attempts: 3, nextAttemptAt: null, sentAt: null });
    expect((await attemptsOf(failed.id)).map((attempt) => attempt.outcome)).toEqual(['failed', 'failed', 'failed']);
    const listed = await app.request('GET', '/v1/notifications?status=failed', { key: ops });
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(failed.id);
    const pending = await app.request('GET', '/v1/notifications?status=pending&recipient=customer:cust-fail', { key: ops });
    expect(pending.body.items).toEqual([]);

    await startMail();
    const retried = await app.request('POST', `/v1/notifications/${failed.id}/retry`, { key: ops });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id: failed.id, status: 'pending', attempts: 0 });
    const sent = await eventually(async () => {
      const found = await notificationOf('customer:cust-fail');
      return found?.status === 'sent' ? found : undefined;
    });
    expect(sent.attempts).toBe(1);
    expect(mailsTo('fail@example.com')).toHaveLength(1);

    const again = await app.request('POST', `/v1/notifications/${failed.id}/retry`, { key: ops });
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('is sent');
    expect((await app.request('POST', '/v1/notifications/999999/retry', { key: ops })).status).toBe(404);
    expect((await app.request('POST', '/v1/notifications/not-an-id/retry', { key: ops })).body.errors).toEqual([
      expect.objectContaining({ in: 'path', field: 'id' }),
    ]);
  });

  it("delivers every message once with several workers' senders on one database", async () => {
    const key = 'a test key of at least thirty-two characters';
    const links = createCustomerLinks({ signing: key, verifying: [key] }, 'http://localhost', 60_000);
    const databases = [createDatabase(app.databaseUrl), createDatabase(app.databaseUrl)];
    const senders = databases.map((db) =>
      startNotificationSender({
        db,
        transport: createTransport(current().url, 'service@example.com', pino({ level: 'silent' }), links),
        policy: { maxAttempts: 3, firstDelayMs: 2000 },
        messageHost: 'example.com',
        logger: pino({ level: 'silent' }),
      }),
    );
    try {
      const { notify } = createNotificationActivities({ db: app.db });
      const recipients = Array.from({ length: 30 }, (_, index) => `many-${index}@example.com`);
      await Promise.all(
        recipients.map((recipient) =>
          notify({
            dedupeKey: `outbox-race:${recipient}`,
            audience: 'customer',
            recipient,
            template: 'credit.posted',
            payload: { creditId: 'c-race', caseId: 'case-race', kind: 'goodwill', amount: euros(500), status: 'posted' },
          }),
        ),
      );
      await eventually(async () => ((await app.db.notification.count({ where: { recipient: { in: recipients }, status: 'sent' } })) === 30 ? true : undefined));
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(recipients.map((recipient) => mailsTo(recipient).length)).toEqual(recipients.map(() => 1));
      const attempts = await app.db.notificationAttempt.count({ where: { notification: { recipient: { in: recipients } } } });
      expect(attempts).toBe(30);
    } finally {
      await Promise.all(senders.map((sender) => sender.stop()));
      await Promise.all(databases.map((db) => db.$disconnect()));
    }
  });

  it('sends a message only to the addresses not yet recorded as sent, as after a sender that crashed before marking it', async () => {
    const admin = await app.userKey('admin');
    await app.request('POST', '/v1/users', { key: admin, body: { name: 'Ray Accounting', role: 'accounting', email: 'ray@example.com' } });
    await app.request('POST', '/v1/users', { key: admin, body: { name: 'Rue Accounting', role: 'accounting', email: 'rue@example.com' } });
    // What a crash leaves: the message pending, one of its addresses handed to SMTP and marked sent.
    const now = new Date();
    await app.db.notification.create({
      data: {
        dedupeKey: 'outbox-crash',
        audience: 'staff',
        recipient: 'role:accounting',
        template: 'credit.decision_due_soon',
        payload: { creditId: 'c-crash', caseId: 'case-crash', kind: 'refund', amount: euros(90_000), status: 'pending_approval' },
        status: 'pending',
        createdAt: now,
        nextAttemptAt: now,
        deliveries: { create: { address: 'ray@example.com', createdAt: now, sentAt: now } },
      },
    });
    await eventually(async () => ((await notificationOf('role:accounting'))?.status === 'sent' ? true : undefined));
    expect(mailsTo('rue@example.com')).toHaveLength(1);
    expect(mailsTo('rue@example.com')[0]?.to).toEqual(['rue@example.com']);
    expect(mailsTo('ray@example.com')).toHaveLength(0);
  });
});
