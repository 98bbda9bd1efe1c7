import { signLinkToken } from '../../src/customer-links/token';
import { SELF_SERVICE_ACTOR } from '../../src/use-cases/self-service-actor';
import { dealBody, handOver, handoffWhen } from '../support/handoffs';
import type { TestApp } from '../support/harness';
import { linkToken } from '../support/mailbox';
import { createOrder } from '../support/returns';
import { startSelfServiceStack, type SelfServiceStack } from '../support/self-service';
import { eventually } from '../support/wait';

// The customer's side over HTTP, with a real SMTP server to take the links from: a survey answered
// once through its link, a return started, followed and refunded, an exception asked for, and the
// one answer every bad link or wrong order/email pair gets, rate limited per address.
describe('customer self-service', () => {
  let stack: SelfServiceStack;
  let app: TestApp;
  let mailbox: SelfServiceStack['mailbox'];
  let team: SelfServiceStack['team'];
  let staff: SelfServiceStack['staff'];
  const publicCall = (method: string, path: string, body?: unknown, address?: string) => stack.publicCall(method, path, body, address);

  beforeAll(async () => {
    stack = await startSelfServiceStack({ CUSTOMER_FAILURES_PER_MINUTE: '5' });
    ({ app, mailbox, team, staff } = stack);
  });
  afterAll(() => stack.stop());

  it('takes a survey answer from its link once: a 3 opens a recovery escalation in tier L1', async () => {
    const created = await handOver(app, team.sales, dealBody({ customer: { id: 'cust-survey', name: 'Sia Survey', email: 'sia@example.com', tier: 'standard' } }));
    await handoffWhen(app, team.supervisor, created.body.id, (handoff) => handoff.survey?.status === 'sent');
    const token = await eventually(async () => linkToken(mailbox.mails, 'sia@example.com', 'survey'));

    const survey = await publicCall('GET', `surveys/${token}`);
    expect(survey.body).toEqual({ customerName: 'Sia Survey', closesAt: expect.any(String) });
    const answered = await publicCall('POST', `surveys/${token}`, { score: 3, comment: 'Slow install' });
    expect(answered.body).toEqual({ score: 3, category: 'detractor', channel: 'self_service' });

    const handoff = await handoffWhen(app, team.supervisor, created.body.id, (read) => read.survey?.escalationId);
    expect(handoff.survey).toMatchObject({
      status: 'answered',
      score: 3,
      followUp: 'recovery_escalation',
      answeredBy: { id: SELF_SERVICE_ACTOR.id, name: 'Customer (self-service)' },
      channel: 'self_service',
    });
    // The escalation is a child process that writes its own row; the handoff knows its id first.
    const queued = await eventually(async () => {
      const queue = await app.request('GET', '/v1/escalations?tier=L1', { key: team.supervisor });
      return queue.body.items.find((item: { id: string }) => item.id === handoff.survey.escalationId);
    });
    expect(queued).toMatchObject({ category: 'handoff.detractor', tier: 'L1' });
    const theCase = await app.request('GET', `/v1/cases/${created.body.caseId}`, { key: team.supervisor });
    expect(theCase.body.timeline).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'handoff.survey_answered', actorId: SELF_SERVICE_ACTOR.id, by: 'Customer (self-service)', data: expect.objectContaining({ detail: '3 (detractor)' }) })]));

    for (const again of [await publicCall('POST', `surveys/${token}`, { score: 9 }), await publicCall('GET', `surveys/${token}`)]) {
      expect(again.status).toBe(404);
      expect(again.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('returns a line through the portal, with the RMA at once and the refund on the status page', async () => {
    await createOrder(app, staff.sales, 'ORD-SELF-1', 'cust-portal', 3, [
      { sku: 'KETTLE', category: 'kitchen', qty: 1, minor: 3_999 },
      { sku: 'MUG-SALE', category: 'kitchen', qty: 2, minor: 500, finalSale: true },
    ]);
    await app.db.customer.upsert({ where: { id: 'cust-portal' }, create: { id: 'cust-portal', email: 'pia@example.com', updatedAt: new Date() }, update: { email: 'pia@example.com' } });

    const order = await publicCall('POST', 'order-lookups', { orderId: 'ORD-SELF-1', email: 'PIA@example.com' });
    expect(order.status).toBe(200);
    expect(order.body.lines).toEqual([
      expect.objectContaining({ sku: 'KETTLE', eligible: true, returnableQty: 1, exceptionPossible: false }),
      expect.objectContaining({ sku: 'MUG-SALE', eligible: false, ineligibleCode: 'final_sale', exceptionPossible: true }),
    ]);
    expect(order.body.resolutions).toEqual(['refund', 'store_credit', 'exchange']);

    const started = await publicCall('POST', `orders/${order.body.token}/returns`, { lines: [{ sku: 'KETTLE', qty: 1, reason: 'defective', condition: 'opened' }], resolution: 'refund' });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'awaiting_item', rmaNumber: expect.any(String), labelReference: expect.any(String) });
    const statusToken = /\/c\/returns\/([\w.-]+)$/.exec(started.body.statusUrl)?.[1] ?? '';
    const returned = await app.db.return.findFirstOrThrow({ where: { orderId: 'ORD-SELF-1' } });
    expect((await app.db.case.findUniqueOrThrow({ where: { id: returned.caseId } })).channel).toBe('self_service');

    await app.request('POST', `/v1/returns/${returned.id}/receipt`, { key: staff.warehouse, body: { lines: [{ sku: 'KETTLE', qty: 1 }] } });
    await app.request('POST', `/v1/returns/${returned.id}/inspection`, { key: staff.warehouse, body: { lines: [{ sku: 'KETTLE', grade: 'defective_confirmed' }] } });
    const status = await eventually(async () => {
      const read = await publicCall('GET', `returns/${statusToken}`);
      return read.body.status === 'refunded' ? read.body : undefined;
    });
    expect(status.amount).toEqual({ minor: 3_999, currency: 'EUR' });
    expect(status.steps.map((step: { step: string; at: string | null }) => [step.step, step.at !== null])).toEqual([
      ['requested', true],
      ['authorised', true],
      ['received', true],
      ['inspected', true],
      ['resolved', true],
    ]);
    const creditToken = await eventually(async () => linkToken(mailbox.mails, 'pia@example.com', 'credits'));
    expect((await publicCall('GET', `credits/${creditToken}`)).body).toMatchObject({ kind: 'refund', amount: { minor: 3_999, currency: 'EUR' }, status: 'posted' });
    expect(linkToken(mailbox.mails, 'pia@example.com', 'returns')).toBeDefined();

    const exception = await publicCall('POST', `orders/${order.body.token}/exception-requests`, { lines: [{ sku: 'MUG-SALE', qty: 2 }], reason: 'damaged', note: 'Both arrived cracked' });
    expect(exception.status).toBe(201);
    const opened = await app.request('GET', `/v1/cases/${exception.body.reference}`, { key: team.supervisor });
    expect(opened.body).toMatchObject({ channel: 'self_service', owner: { name: expect.stringMatching(/Agent/) }, openedBy: { name: 'Customer (self-service)' } });
    expect(opened.body.timeline[0]).toMatchObject({ type: 'case.opened', by: 'Customer (self-service)' });
    const transfer = opened.body.timeline.find((event: { type: string }) => event.type === 'case.transferred');
    expect(transfer.data.reason).toContain('2 × mug-sale (MUG-SALE): final sale');
    expect(transfer.data.reason).toContain('Both arrived cracked');
    const refusedLine = await publicCall('POST', `orders/${order.body.token}/exception-requests`, { lines: [{ sku: 'KETTLE', qty: 1 }], reason: 'damaged' });
    expect(refusedLine.body.errors).toEqual([expect.objectContaining({ field: 'lines.0.sku' })]);
  });

  it('makes one return of the same submission sent five times at once, with the same RMA in every answer', async () => {
    await createOrder(app, staff.sales, 'ORD-SELF-3', 'cust-twice', 2, [{ sku: 'TOASTER', category: 'kitchen', qty: 2, minor: 2_500 }]);
    await app.db.customer.upsert({ where: { id: 'cust-twice' }, create: { id: 'cust-twice', email: 'tia@example.com', updatedAt: new Date() }, update: { email: 'tia@example.com' } });
    const order = await publicCall('POST', 'order-lookups', { orderId: 'ORD-SELF-3', email: 'tia@example.com' }, '10.0.0.3');
    const submission = { lines: [{ sku: 'TOASTER', qty: 1, reason: 'changed_mind', condition: 'unopened' }], resolution: 'store_credit' };

    const answers = await Promise.all(Array.from({ length: 5 }, () => publicCall('POST', `orders/${order.body.token}/returns`, submission, '10.0.0.3')));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((answer) => answer.body.rmaNumber)).size).toBe(1);
    expect(answers[0]?.body.rmaNumber).toEqual(expect.any(String));
    expect(await app.db.return.count({ where: { orderId: 'ORD-SELF-3' } })).toBe(1);

    const other = await publicCall('POST', `orders/${order.body.token}/returns`, { ...submission, resolution: 'exchange' }, '10.0.0.3');
    expect(other.status).toBe(201);
    expect(other.body.rmaNumber).not.toBe(answers[0]?.body.rmaNumber);
  });

  it('keeps an exception request with no active agent: its text on the case, the request unassigned in tier L1, the case with a supervisor', async () => {
    await createOrder(app, staff.sales, 'ORD-SELF-4', 'cust-alone', 3, [{ sku: 'VASE-SALE', category: 'home', qty: 1, minor: 1_500, finalSale: true }]);
    await app.db.customer.upsert({ where: { id: 'cust-alone' }, create: { id: 'cust-alone', email: 'ava@example.com', updatedAt: new Date() }, update: { email: 'ava@example.com' } });
    const order = await publicCall('POST', 'order-lookups', { orderId: 'ORD-SELF-4', email: 'ava@example.com' }, '10.0.0.4');
    const agents = await app.db.user.findMany({ where: { role: 'agent', active: true }, select: { id: true } });
    await app.db.user.updateMany({ where: { id: { in: agents.map((agent) => agent.id) } }, data: { active: false } });
    const requested = await publicCall('POST', `orders/${order.body.token}/exception-requests`, { lines: [{ sku: 'VASE-SALE', qty: 1 }], reason: 'damaged', note: 'It came in pieces' }, '10.0.0.4');
    await app.db.user.updateMany({ where: { id: { in: agents.map((agent) => agent.id) } }, data: { active: true } });
    expect(requested.status).toBe(201);

    const theCase = (await app.request('GET', `/v1/cases/${requested.body.reference}`, { key: team.supervisor })).body;
    expect(theCase).toMatchObject({ channel: 'self_service', owner: { name: 'Sue Supervisor' }, openedBy: { id: SELF_SERVICE_ACTOR.id } });
    const raised = theCase.timeline.find((event: { type: string }) => event.type === 'escalation.raised');
    expect(raised.data.detail).toContain('1 × vase-sale (VASE-SALE): final sale');
    expect(raised.data.detail).toContain('It came in pieces');

    const queue = await app.request('GET', '/v1/escalations?tier=L1', { key: staff.agent });
    expect(queue.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ caseId: requested.body.reference, category: 'return_exception', tier: 'L1', assigneeId: null })]),
    );
  });

  it("keeps the customer's own account out of the people: not listed, not read, not changed", async () => {
    const people = await app.request('GET', '/v1/users', { key: team.admin });
    expect(people.status).toBe(200);
    expect(people.body.items.map((user: { id: string }) => user.id)).not.toContain(SELF_SERVICE_ACTOR.id);
    expect(people.body.items.map((user: { name: string }) => user.name)).not.toContain('Customer (self-service)');
    const attempts = [
      await app.request('GET', `/v1/users/${SELF_SERVICE_ACTOR.id}`, { key: team.admin }),
      await app.request('POST', `/v1/users/${SELF_SERVICE_ACTOR.id}/role`, { key: team.admin, body: { role: 'supervisor' } }),
      await app.request('POST', `/v1/users/${SELF_SERVICE_ACTOR.id}/deactivate`, { key: team.admin }),
    ];
    expect(attempts.map((attempt) => attempt.status)).toEqual([404, 404, 404]);
    expect(await app.db.user.findUniqueOrThrow({ where: { id: SELF_SERVICE_ACTOR.id } })).toMatchObject({ active: false, role: 'agent', email: null, passwordHash: null });
  });

  it('answers every bad link and wrong order/email pair alike, and rate limits them per address', async () => {
    await createOrder(app, staff.sales, 'ORD-SELF-2', 'cust-guess', 1, [{ sku: 'LAMP', category: 'home', qty: 1, minor: 1_000 }]);
    const foreignKey = 'a key this product never had, long enough';
    const expired = signLinkToken(foreignKey, { purpose: 'return_status', objectId: 'x', expiresAt: Date.now() - 1000 });
    const address = '10.9.9.9';
    const answers = [
      await publicCall('POST', 'order-lookups', { orderId: 'ORD-SELF-2', email: 'someone@example.com' }, address),
      await publicCall('POST', 'order-lookups', { orderId: 'NO-SUCH-ORDER', email: 'someone@example.com' }, address),
      await publicCall('GET', 'returns/not-a-token', undefined, address),
      await publicCall('GET', `returns/${expired}`, undefined, address),
      await publicCall('GET', 'credits/abc.def', undefined, address),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404]);
    expect(new Set(answers.map((answer) => answer.body.detail)).size).toBe(1);
    expect(answers[2]?.body.instance).toBe('/v1/public/returns/[redacted]');

    const limited = await publicCall('POST', 'order-lookups', { orderId: 'ORD-SELF-2', email: 'other@example.com' }, address);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect((await publicCall('POST', 'order-lookups', { orderId: 'NO-SUCH-ORDER', email: 'a@example.com' }, '10.9.9.10')).status).toBe(404);
  });
});
