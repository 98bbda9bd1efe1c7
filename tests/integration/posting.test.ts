import { createActivities } from '../../activities';
import { creditTeam, euros, requestCredit } from '../support/credits';
import { startTestApp, type TestApp } from '../support/harness';

// The posting activity run again and again, at once, as retries after a crash would run it.
describe('postCreditChange is exactly once', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('writes one ledger entry and moves the balance once, however often it runs', async () => {
    const team = await creditTeam(app);
    const credit = await requestCredit(app, team.agent, { customerId: 'cust-post', amount: euros(3000), kind: 'store_credit' });
    expect(credit.body.status).toBe('posted');
    const activities = createActivities({ db: app.db });
    const posting = {
      creditId: credit.body.id,
      workflowId: credit.body.workflowId,
      caseId: credit.body.caseId,
      customerId: 'cust-post',
      kind: 'store_credit' as const,
      amount: euros(3000),
      at: new Date().toISOString(),
    };
    // The change that posted it, at its revision, as the workflow sent it.
    const { revision } = await app.db.timelineEvent.findFirstOrThrow({ where: { workflowId: posting.workflowId, type: 'credit.posted' } });
    const change = {
      workflowId: posting.workflowId,
      revision: revision ?? 0,
      caseId: posting.caseId,
      event: { type: 'credit.posted', actor: null, detail: null, data: { kind: posting.kind, amount: posting.amount }, at: posting.at },
      row: { table: 'credits' as const, id: posting.creditId, fields: { status: 'posted', queueRole: null, dualControl: false, decidedAt: credit.body.decidedAt, postedAt: posting.at } },
    };
    // As many at once as the client's pool holds (pg's default, 10): more would wait for a connection,
    // and on a busy machine fail on the pool's one-second wait rather than on the posting.
    const results = await Promise.all(Array.from({ length: 10 }, () => activities.postCreditChange({ posting, change })));
    expect(new Set(results.map((result) => result.postedAt))).toEqual(new Set([credit.body.postedAt]));
    expect(await app.db.ledgerEntry.count({ where: { creditId: credit.body.id } })).toBe(1);
    const balance = await app.db.storeCreditBalance.findUniqueOrThrow({
      where: { customerId_currency: { customerId: 'cust-post', currency: 'EUR' } },
    });
    expect(balance.balanceMinor).toBe(3000n);
    expect(await app.db.timelineEvent.count({ where: { caseId: credit.body.caseId, type: 'credit.posted' } })).toBe(1);
    const listed = await app.request('GET', '/v1/credits?customerId=cust-post', { key: team.accounting });
    expect(listed.body.items).toEqual([expect.objectContaining({ id: credit.body.id, status: 'posted' })]);
  });
});
