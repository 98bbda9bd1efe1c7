import { DEFAULT_POLICIES } from '../../src/domain/policies';
import { startTestApp, type TestApp } from '../support/harness';
import { createOrder, returnTeam } from '../support/returns';
import { eventually } from '../support/wait';

// An RMA that waits seconds, in this file's own database.
describe('an unreturned RMA', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof returnTeam>>;

  beforeAll(async () => {
    app = await startTestApp();
    team = await returnTeam(app);
    const admin = await app.userKey('admin');
    const fast = { ...DEFAULT_POLICIES.returns, reminderAfter: 'PT2S', expiresAfter: 'PT4S' };
    expect((await app.request('PUT', '/v1/policies/returns', { key: admin, body: fast })).status).toBe(201);
    await createOrder(app, team.sales, 'ORD-EXP', 'cust-exp', 3, [{ sku: 'RUG', category: 'home', qty: 1, minor: 12_000 }]);
  });
  afterAll(() => app.stop());

  it('reminds the customer, then expires and frees the quantity for another return', async () => {
    const started = await app.request('POST', '/v1/returns', {
      key: team.agent,
      body: { orderId: 'ORD-EXP', customerId: 'cust-exp', resolution: 'store_credit', lines: [{ sku: 'RUG', qty: 1, reason: 'not_as_described', condition: 'opened' }] },
    });
    expect(started.body.status).toBe('awaiting_item');
    const expired = await eventually(async () => {
      const read = await app.request('GET', `/v1/returns/${started.body.id}`, { key: team.agent });
      return read.body.status === 'expired' ? read.body : undefined;
    });
    expect(expired).toMatchObject({ currentStep: null, closedAt: expect.any(String) });
    const late = await app.request('POST', `/v1/returns/${started.body.id}/receipt`, { key: team.warehouse, body: { lines: [{ sku: 'RUG', qty: 1 }] } });
    expect(late.status).toBe(409);

    const sent = await eventually(async () => {
      const found = await app.db.notification.findMany({ where: { dedupeKey: { startsWith: started.body.workflowId } }, orderBy: { id: 'asc' } });
      return found.length === 3 ? found : undefined;
    });
    expect(sent.map((notification) => notification.template)).toEqual(['return.authorised', 'return.reminder', 'return.expired']);
    const step = await app.db.stepRecord.findFirstOrThrow({ where: { workflowId: started.body.workflowId, step: 'await_item' } });
    expect(step).toMatchObject({ warnedAt: expect.any(Date), breachedAt: expect.any(Date), completedAt: expect.any(Date) });

    const again = await app.request('POST', '/v1/returns', {
      key: team.agent,
      body: { orderId: 'ORD-EXP', customerId: 'cust-exp', resolution: 'refund', lines: [{ sku: 'RUG', qty: 1, reason: 'not_as_described', condition: 'opened' }] },
    });
    expect(again.body).toMatchObject({ status: 'awaiting_item', workflowId: `return-${again.body.id}` });
  });
});
