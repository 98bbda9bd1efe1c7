import { creditTeam, euros, requestCredit } from '../support/credits';
import { startTestApp, type TestApp } from '../support/harness';
import { eventually } from '../support/wait';

// Defence in depth behind the boundary's rules: when PostgreSQL itself refuses what a process step
// writes, the step fails at once (no retrying forever), the waiting HTTP call gets a problem, and no
// state runs ahead of the row that proves it. The refusal is caused for real, by a CHECK constraint
// this test adds to its own database.

describe('data the database refuses', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof creditTeam>>;

  beforeAll(async () => {
    app = await startTestApp();
    team = await creditTeam(app);
    await app.db.$executeRawUnsafe(`ALTER TABLE "cases" ADD CONSTRAINT "test_refuses" CHECK ("subject" <> 'Refused by the database')`);
    await app.db.$executeRawUnsafe(`ALTER TABLE "credit_approvals" ADD CONSTRAINT "test_refuses" CHECK ("note" IS NULL OR "note" <> 'Refused by the database')`);
    await app.db.$executeRawUnsafe(`ALTER TABLE "credits" ADD CONSTRAINT "test_refuses" CHECK ("reason" <> 'Refused by the database')`);
  });
  afterAll(() => app.stop());

  it('answers opening a case at once with a 422 problem instead of hanging, and the process does not retry', async () => {
    const started = Date.now();
    const response = await app.request('POST', '/v1/cases', { key: team.agent, body: { customerId: 'cust-refused', subject: 'Refused by the database' } });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 422, title: 'The data cannot be stored' });
    expect(await app.db.case.count({ where: { customerId: 'cust-refused' } })).toBe(0);
  });

  it('keeps a credit pending when its approval row cannot be written, and posts it only with a recorded approval', async () => {
    const credit = await requestCredit(app, team.agent, { customerId: 'cust-refused', amount: euros(20_000), kind: 'refund' });
    expect(credit.body.status).toBe('pending_approval');
    const refused = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, {
      key: team.accounting,
      body: { note: 'Refused by the database' },
    });
    expect(refused.status).toBe(422);
    const after = await app.request('GET', `/v1/credits/${credit.body.id}`, { key: team.accounting });
    expect(after.body.status).toBe('pending_approval');
    expect(after.body.approvals).toEqual([]);
    expect(await app.db.creditApproval.count({ where: { creditId: credit.body.id } })).toBe(0);
    expect(await app.db.ledgerEntry.count({ where: { creditId: credit.body.id } })).toBe(0);

    const approved = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.accounting, body: { note: 'Checked' } });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('posted');
    await eventually(async () => ((await app.db.ledgerEntry.count({ where: { creditId: credit.body.id } })) === 1 ? true : undefined));
    expect(await app.db.creditApproval.count({ where: { creditId: credit.body.id } })).toBe(1);
  });

  it('answers starting any other process the same way: the run failed, and its failure is the answer', async () => {
    const started = Date.now();
    const response = await requestCredit(app, team.agent, { customerId: 'cust-refused', amount: euros(1000), kind: 'goodwill', reason: 'Refused by the database' });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ status: 422, title: 'The data cannot be stored' });
    expect(await app.db.credit.count({ where: { customerId: 'cust-refused', reason: 'Refused by the database' } })).toBe(0);
  });
});
