import { creditTeam, euros, requestCredit } from '../support/credits';
import { openCase } from '../support/cases';
import { startTestApp, type TestApp } from '../support/harness';

describe("a customer's history in one place", () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof creditTeam>>;

  beforeAll(async () => {
    app = await startTestApp();
    team = await creditTeam(app);
  });
  afterAll(() => app.stop());

  it('shows any agent who answers every case and process of the customer, newest first, with their recent contacts', async () => {
    const first = await openCase(app, team.agent, { customerId: 'cust-history', subject: 'Kettle leaks', category: 'defect' });
    const credit = await requestCredit(app, team.agent, { customerId: 'cust-history', caseId: first.id, amount: euros(1_000), kind: 'goodwill' });
    const escalation = await app.request('POST', '/v1/escalations', {
      key: team.agent,
      body: { caseId: first.id, severity: 'P4', category: 'defect', reason: 'Leaks again' },
    });
    const second = await openCase(app, team.agent, { customerId: 'cust-history', subject: 'Kettle leaks again', category: 'defect' });
    await openCase(app, team.agent, { customerId: 'cust-someone-else', subject: 'Not hers' });

    // Otto never worked her cases: he answers the third call and sees the first two at once.
    const history = await app.request('GET', '/v1/customers/cust-history', { key: team.otherAgent });
    expect(history.status).toBe(200);
    expect(history.body).toMatchObject({ customerId: 'cust-history', contactsLast90Days: 2 });
    expect(history.body.history.map((entry: { kind: string; id: string }) => [entry.kind, entry.id])).toEqual([
      ['case', second.id],
      ['escalation', escalation.body.id],
      ['credit', credit.body.id],
      ['case', first.id],
    ]);
    expect(history.body.history[3]).toEqual({
      kind: 'case',
      id: first.id,
      caseId: first.id,
      status: 'open',
      at: first.openedAt,
      title: 'Kettle leaks (defect)',
      href: `/v1/cases/${first.id}`,
    });
    expect(history.body.history[2]).toMatchObject({ caseId: first.id, status: 'posted', title: 'goodwill: Late delivery', href: `/v1/credits/${credit.body.id}` });
  });

  it('answers an empty history for a customer not seen before, and refuses a bad id or a role that does not answer customers', async () => {
    const unknown = await app.request('GET', '/v1/customers/cust-new', { key: team.ops });
    expect(unknown.body).toEqual({ customerId: 'cust-new', name: null, contactsLast90Days: 0, history: [] });
    const bad = await app.request('GET', `/v1/customers/${encodeURIComponent('no spaces')}`, { key: team.agent });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ in: 'path', field: 'id' })]);
    expect((await app.request('GET', '/v1/customers/cust-history', { key: team.accounting })).status).toBe(403);
  });
});
