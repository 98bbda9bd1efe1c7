import { creditTeam, euros, requestCredit } from '../support/credits';
import { startTestApp, type TestApp } from '../support/harness';
import { forgetWorkflow } from '../support/retention';
import { createOrder } from '../support/returns';

// Temporal removes a finished workflow after the namespace's retention; its process stays readable.
describe('finished processes after Temporal has forgotten them', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof creditTeam>> & { warehouse: string; sales: string };

  beforeAll(async () => {
    app = await startTestApp();
    team = { ...(await creditTeam(app)), warehouse: await app.userKey('warehouse'), sales: await app.userKey('sales') };
  });
  afterAll(() => app.stop());

  /** Reads the finished process, forgets its workflow, and checks that it reads the same. */
  const readsTheSameAfterRetention = async (path: string, workflowId: string, key: string) => {
    await app.temporal.workflow.getHandle(workflowId).result();
    const before = await app.request('GET', path, { key });
    expect(before.status).toBe(200);
    await forgetWorkflow(app, workflowId);
    const after = await app.request('GET', path, { key });
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);
    return after.body;
  };

  it('answers a posted credit with its final state, and refuses actions on it with a 409', async () => {
    const credit = await requestCredit(app, team.agent, { customerId: 'cust-gone', amount: euros(3000), kind: 'goodwill' });
    const read = await readsTheSameAfterRetention(`/v1/credits/${credit.body.id}`, credit.body.workflowId, team.accounting);
    expect(read).toMatchObject({ status: 'posted', amount: { minor: 3000, currency: 'EUR' }, currentStep: null });
    const recall = await app.request('POST', `/v1/credits/${credit.body.id}/recall`, { key: team.agent, body: {} });
    expect(recall.status).toBe(409);
    expect(recall.body.detail).toBe('the process has already finished');
  });

  it('answers a closed escalation with its history', async () => {
    const opened = await app.request('POST', '/v1/cases', { key: team.agent, body: { customerId: 'cust-gone', subject: 'Noisy fan' } });
    const raised = await app.request('POST', '/v1/escalations', {
      key: team.agent,
      body: { caseId: opened.body.id, severity: 'P4', category: 'hardware', reason: 'Second unit' },
    });
    for (const [action, body] of [['acknowledge', {}], ['resolve', { resolutionCode: 'replaced' }], ['confirm', {}]] as const) {
      expect((await app.request('POST', `/v1/escalations/${raised.body.id}/${action}`, { key: team.agent, body })).status).toBe(200);
    }
    const read = await readsTheSameAfterRetention(`/v1/escalations/${raised.body.id}`, raised.body.workflowId, team.supervisor);
    expect(read).toMatchObject({ status: 'closed', resolutionCode: 'replaced' });
    expect(read.history.map((entry: { type: string }) => entry.type)).toEqual([
      'escalation.raised',
      'escalation.acknowledged',
      'escalation.resolved',
      'escalation.confirmed',
    ]);
  });

  it('answers a cancelled return', async () => {
    await createOrder(app, team.sales, 'ORD-GONE', 'cust-gone', 3, [{ sku: 'LAMP', category: 'kitchen', qty: 1, minor: 2500 }]);
    const started = await app.request('POST', '/v1/returns', {
      key: team.agent,
      body: { orderId: 'ORD-GONE', customerId: 'cust-gone', resolution: 'refund', lines: [{ sku: 'LAMP', qty: 1, reason: 'changed_mind', condition: 'unopened' }] },
    });
    const cancelled = await app.request('POST', `/v1/returns/${started.body.id}/cancel`, { key: team.agent, body: { reason: 'Kept it' } });
    expect(cancelled.body.status).toBe('cancelled');
    const read = await readsTheSameAfterRetention(`/v1/returns/${started.body.id}`, started.body.workflowId, team.agent);
    expect(read).toMatchObject({ status: 'cancelled', rmaNumber: started.body.rmaNumber, nextActions: [] });
  });
});
