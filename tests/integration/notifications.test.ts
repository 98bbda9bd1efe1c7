import { createNotificationActivities } from '../../activities/notifications';
import { startTestApp, type TestApp } from '../support/harness';
import { startMailbox, type ReceivedMail } from '../support/mailbox';
import { createOrder } from '../support/returns';
import { eventually } from '../support/wait';

// Notifications over a real SMTP server: each recipient (customer, user, role) resolves to the
// addresses the product knows, and the message carries its template's words.
describe('notifications by email', () => {
  let app: TestApp;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let admin: string;

  beforeAll(async () => {
    mailbox = await startMailbox();
    app = await startTestApp({ smtpUrl: mailbox.url });
    admin = await app.userKey('admin');
  });
  afterAll(async () => {
    await app.stop();
    await mailbox.stop();
  });

  const mailTo = (address: string, subject: string) =>
    eventually(async () => mailbox.mails.find((mail: ReceivedMail) => mail.to.includes(address) && mail.raw.includes(subject)));
  const staff = async (name: string, role: string, email?: string) => {
    const created = await app.request('POST', '/v1/users', { key: admin, body: { name, role, ...(email ? { email } : {}) } });
    return { id: created.body.id as string, key: await app.keyFor(created.body.id) };
  };

  it("emails the customer of an order about their return, at the address the order gave", async () => {
    const [agent, sales] = [await staff('Ada Agent', 'agent'), await staff('Sam Sales', 'sales')];
    await app.request('POST', '/v1/orders', {
      key: sales.key,
      body: {
        id: 'ORD-MAIL',
        customerId: 'cust-mail',
        customerEmail: 'mia@example.com',
        deliveredAt: new Date().toISOString(),
        lines: [{ sku: 'LAMP', name: 'Lamp', category: 'kitchen', qty: 1, unitPrice: { minor: 2500, currency: 'EUR' } }],
      },
    });
    const started = await app.request('POST', '/v1/returns', {
      key: agent.key,
      body: { orderId: 'ORD-MAIL', customerId: 'cust-mail', resolution: 'refund', lines: [{ sku: 'LAMP', qty: 1, reason: 'defective', condition: 'opened' }] },
    });
    const mail = await mailTo('mia@example.com', `Return ${started.body.rmaNumber} authorised`);
    expect(mail.raw).toContain(started.body.trackingNumber);
    const row = await eventually(async () => {
      const found = await app.db.notification.findFirst({ where: { template: 'return.authorised', recipient: 'customer:cust-mail' } });
      return found?.status === 'sent' ? found : undefined;
    });
    expect(row.attempts).toBe(1);
  });

  it('marks a message undeliverable when the customer left no address', async () => {
    const [agent, sales] = [await staff('Otto Agent', 'agent'), await staff('Sid Sales', 'sales')];
    await createOrder(app, sales.key, 'ORD-NOMAIL', 'cust-nomail', 1, [{ sku: 'MUG', category: 'kitchen', qty: 1, minor: 900 }]);
    await app.request('POST', '/v1/returns', {
      key: agent.key,
      body: { orderId: 'ORD-NOMAIL', customerId: 'cust-nomail', resolution: 'refund', lines: [{ sku: 'MUG', qty: 1, reason: 'defective', condition: 'opened' }] },
    });
    const row = await eventually(() =>
      app.db.notification.findFirst({ where: { template: 'return.authorised', recipient: 'customer:cust-nomail', status: 'undeliverable' } }).then((found) => found ?? undefined),
    );
    expect(row.sentAt).toBeNull();
  });

  it('emails a handoff owner at their own address', async () => {
    await app.db.user.updateMany({ where: { role: 'agent' }, data: { active: false } });
    const owner = await staff('Bea Agent', 'agent', 'bea@example.com');
    const sales = await staff('Sue Sales', 'sales');
    const created = await app.request('POST', '/v1/handoffs', {
      key: sales.key,
      body: {
        dealId: 'D-MAIL',
        customer: { id: 'cust-deal', name: 'Dana Deal', email: 'dana@example.com', tier: 'standard' },
        products: [{ sku: 'PRESS', name: 'Press', qty: 1 }],
        commitments: [],
        salesRep: 'Sue Sales',
        closedAt: new Date().toISOString(),
      },
    });
    expect(created.body.owner.id).toBe(owner.id);
    await mailTo('bea@example.com', 'New customer handed over: Dana Deal');
    expect(await app.db.customer.findUniqueOrThrow({ where: { id: 'cust-deal' } })).toMatchObject({ name: 'Dana Deal', email: 'dana@example.com' });
  });

  it("sends a role's message to every active member with an address", async () => {
    await staff('Ann Accounting', 'accounting', 'ann@example.com');
    await staff('Abe Accounting', 'accounting', 'abe@example.com');
    await staff('Nia Accounting', 'accounting');
    const gone = await staff('Gil Accounting', 'accounting', 'gil@example.com');
    await app.request('POST', `/v1/users/${gone.id}/deactivate`, { key: admin });
    const { notify } = createNotificationActivities({ db: app.db });
    await notify({
      dedupeKey: 'role-mail-test',
      audience: 'staff',
      recipient: 'role:accounting',
      template: 'credit.decision_due_soon',
      payload: { creditId: 'c-1', caseId: 'case-1', kind: 'refund', amount: { minor: 90_000, currency: 'EUR' }, status: 'pending_approval' },
    });
    // The subject carries € and so is MIME-encoded; the body's ASCII words are not.
    const mail = await mailTo('ann@example.com', 'is waiting for a decision');
    expect(mail.to.sort()).toEqual(['abe@example.com', 'ann@example.com']);
  });

  it("sends an escalation tier's queue message to the active people who work that tier and have an address", async () => {
    await staff('Lea Agent', 'agent', 'lea@example.com');
    await staff('Sol Supervisor', 'supervisor', 'sol@example.com');
    await staff('Wes Warehouse', 'warehouse', 'wes@example.com');
    const { notify } = createNotificationActivities({ db: app.db });
    await notify({
      dedupeKey: 'queue-mail-test',
      audience: 'staff',
      recipient: 'queue:escalations-L2',
      template: 'escalation.escalated',
      payload: { escalationId: 'esc-1', caseId: 'case-1', severity: 'P2', tier: 'L2', reason: 'Customer waited a week' },
    });
    const mail = await mailTo('lea@example.com', 'moved up to L2');
    expect(mail.to.sort()).toEqual(['bea@example.com', 'lea@example.com', 'sol@example.com']);
  });
});
