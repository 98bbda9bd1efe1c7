import { Prisma } from '../../src/db/client';
import { creditTeam, euros, requestCredit } from '../support/credits';
import { startTestApp, type TestApp } from '../support/harness';

describe('credits', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof creditTeam>>;

  beforeAll(async () => {
    app = await startTestApp();
    team = await creditTeam(app);
  });
  afterAll(() => app.stop());

  const ledger = (customerId: string) => app.request('GET', `/v1/ledger?customerId=${customerId}`, { key: team.accounting });

  it("posts an agent's 40.00 goodwill credit at once, on a case opened for it", async () => {
    const credit = await requestCredit(app, team.agent, { customerId: 'cust-goodwill', amount: euros(4000), kind: 'goodwill' });
    expect(credit.status).toBe(201);
    expect(credit.body).toMatchObject({
      status: 'posted',
      amount: { minor: 4000, currency: 'EUR' },
      requestedBy: { name: 'Ada Agent' },
      queueRole: null,
      approvals: [],
      policyVersion: 1,
    });
    const book = await ledger('cust-goodwill');
    expect(book.body.entries).toEqual([expect.objectContaining({ creditId: credit.body.id, kind: 'goodwill', amount: euros(4000) })]);
    expect(book.body.storeCreditBalances).toEqual([euros(4000)]);

    const theCase = await app.request('GET', `/v1/cases/${credit.body.caseId}`, { key: team.agent });
    expect(theCase.body.customerId).toBe('cust-goodwill');
    expect(theCase.body.timeline.map((event: { type: string }) => event.type)).toEqual([
      'case.opened',
      'credit.requested',
      'credit.approved_by_policy',
      'credit.posted',
    ]);
  });

  it('queues goodwill above the 100.00 cap over 90 days', async () => {
    await requestCredit(app, team.supervisor, { customerId: 'cust-cap', amount: euros(8000), kind: 'goodwill' });
    const second = await requestCredit(app, team.supervisor, { customerId: 'cust-cap', amount: euros(3000), kind: 'goodwill' });
    expect(second.body).toMatchObject({ status: 'pending_approval', routeReason: 'above the goodwill cap for this customer' });
  });

  it('counts goodwill still waiting for approval against the cap', async () => {
    const queued = await requestCredit(app, team.agent, { customerId: 'cust-cap-pending', amount: euros(8000), kind: 'goodwill' });
    expect(queued.body).toMatchObject({ status: 'pending_approval', routeReason: "above the requester's authority" });
    const next = await requestCredit(app, team.supervisor, { customerId: 'cust-cap-pending', amount: euros(3000), kind: 'goodwill' });
    expect(next.body).toMatchObject({ status: 'pending_approval', routeReason: 'above the goodwill cap for this customer' });
    const atOnce = await Promise.all(
      Array.from({ length: 4 }, () => requestCredit(app, team.supervisor, { customerId: 'cust-cap-race', amount: euros(4000), kind: 'goodwill' })),
    );
    expect(atOnce.filter((credit) => credit.body.status === 'posted').length).toBeLessThanOrEqual(2);
    expect((await ledger('cust-cap-race')).body.storeCreditBalances[0]?.minor ?? 0).toBeLessThanOrEqual(10_000);
  });

  it('converges on one credit when a request is retried with its Idempotency-Key after a failure', async () => {
    const headers = { 'idempotency-key': 'credit-retry-1' };
    const body = { customerId: 'cust-retry', amount: euros(2500), kind: 'store_credit', reason: 'Late delivery' };
    const first = await app.request('POST', '/v1/credits', { key: team.agent, body, headers });
    // As a request that failed after starting the credit would have left it: no stored answer for the key.
    await app.db.idempotencyKey.updateMany({ where: { key: 'credit-retry-1' }, data: { state: 'failed', statusCode: null, responseBody: Prisma.DbNull } });
    const retry = await app.request('POST', '/v1/credits', { key: team.agent, body, headers });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.body.caseId).toBe(first.body.caseId);
    expect(await app.db.credit.count({ where: { customerId: 'cust-retry' } })).toBe(1);
    expect(await app.db.case.count({ where: { customerId: 'cust-retry' } })).toBe(1);
    expect((await ledger('cust-retry')).body.entries).toHaveLength(1);
  });

  it('sends a 900.00 refund to accounting, refuses its requester, hides it from another agent, and posts it once', async () => {
    const credit = await requestCredit(app, team.agent, { customerId: 'cust-900', amount: euros(90_000), kind: 'refund' });
    expect(credit.body).toMatchObject({ status: 'pending_approval', queueRole: 'accounting', dualControl: false });
    expect(credit.body.currentStep).toMatchObject({ name: 'approval', ownerRole: 'accounting', dueAt: expect.any(String) });
    expect(credit.body.nextActions.map((action: { action: string }) => action.action)).toEqual(['recall']);
    // The requester's case offers the same: recall, never a decision on their own credit.
    const onCase = await app.request('GET', `/v1/cases/${credit.body.caseId}`, { key: team.agent });
    const linked = onCase.body.processes.find((process: { id: string }) => process.id === credit.body.id);
    expect(linked.nextActions.map((action: { action: string }) => action.action)).toEqual(['recall']);

    const own = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.agent, body: {} });
    expect(own.status).toBe(403);
    expect(own.body.detail).toMatch(/requester/);
    // Not their case, and above their authority: to another agent the credit does not exist.
    const agent = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.otherAgent, body: {} });
    expect(agent.status).toBe(404);
    const supervisor = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.supervisor, body: {} });
    expect(supervisor.status).toBe(403);

    const queue = async (key: string) =>
      (await app.request('GET', '/v1/credits?status=pending_approval', { key })).body.items.map((item: { id: string }) => item.id);
    expect(await queue(team.accounting)).toContain(credit.body.id);
    expect(await queue(team.supervisor)).not.toContain(credit.body.id);
    expect(await queue(team.agent)).not.toContain(credit.body.id);

    const approved = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, {
      key: team.accounting,
      body: { note: 'Courier confirmed the loss' },
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'posted',
      approvals: [{ approver: { name: 'Ann Accounting' }, role: 'accounting', note: 'Courier confirmed the loss', onBehalfOf: null }],
    });
    const again = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.manager, body: {} });
    expect(again.status).toBe(409);

    const book = await ledger('cust-900');
    expect(book.body.entries).toHaveLength(1);
    expect(await app.db.refundInstruction.count({ where: { creditId: credit.body.id } })).toBe(1);
    const steps = await app.db.stepRecord.findMany({ where: { workflowId: credit.body.workflowId }, orderBy: { id: 'asc' } });
    expect(steps.map((step) => [step.step, step.completedAt !== null])).toEqual([
      ['policy_check', true],
      ['approval', true],
      ['post', true],
    ]);
  });

  it('needs accounting and an accounting manager, two people, for a 7,500.00 refund', async () => {
    const credit = await requestCredit(app, team.agent, { customerId: 'cust-7500', amount: euros(750_000), kind: 'refund' });
    expect(credit.body).toMatchObject({ status: 'pending_approval', dualControl: true, queueRole: 'accounting' });

    const first = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.accounting, body: {} });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'pending_approval', approvals: [{ role: 'accounting' }] });
    const twice = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.accounting, body: {} });
    expect(twice.status).toBe(403);
    expect(twice.body.detail).toMatch(/already approved/);
    const secondAccounting = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.otherAccounting, body: {} });
    expect(secondAccounting.status).toBe(403);
    expect(secondAccounting.body.detail).toMatch(/accounting manager/);
    expect((await ledger('cust-7500')).body.entries).toHaveLength(0);

    const second = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.manager, body: {} });
    expect(second.body).toMatchObject({ status: 'posted', approvals: [{ role: 'accounting' }, { role: 'accounting_manager' }] });
    expect((await ledger('cust-7500')).body.entries).toEqual([expect.objectContaining({ amount: euros(750_000) })]);
  });

  it('rejects only with a reason, and a rejected credit takes no more decisions', async () => {
    const credit = await requestCredit(app, team.agent, { customerId: 'cust-reject', amount: euros(20_000), kind: 'store_credit' });
    const noReason = await app.request('POST', `/v1/credits/${credit.body.id}/reject`, { key: team.supervisor, body: {} });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ in: 'body', field: 'reason' })]);
    const rejected = await app.request('POST', `/v1/credits/${credit.body.id}/reject`, {
      key: team.supervisor,
      body: { reason: 'Already refunded by the carrier' },
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejection: { reason: 'Already refunded by the carrier', by: { name: 'Sue Supervisor' } } });
    const late = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.accounting, body: {} });
    expect(late.status).toBe(409);
    expect((await ledger('cust-reject')).body.entries).toEqual([]);
  });

  it('lets only the requester recall a pending credit', async () => {
    const credit = await requestCredit(app, team.agent, { customerId: 'cust-recall', amount: euros(20_000), kind: 'refund' });
    const other = await app.request('POST', `/v1/credits/${credit.body.id}/recall`, { key: team.supervisor, body: {} });
    expect(other.status).toBe(403);
    const recalled = await app.request('POST', `/v1/credits/${credit.body.id}/recall`, { key: team.agent, body: {} });
    expect(recalled.body).toMatchObject({ status: 'recalled', nextActions: [] });
    const again = await app.request('POST', `/v1/credits/${credit.body.id}/recall`, { key: team.agent, body: {} });
    expect(again.status).toBe(409);
  });

  it('records a delegate decision on behalf of the delegator, and never for their own request', async () => {
    const managerId = (await app.db.user.findFirstOrThrow({ where: { name: 'Max Manager' } })).id;
    const abeId = (await app.db.user.findFirstOrThrow({ where: { name: 'Abe Accounting' } })).id;
    const today = new Date().toISOString().slice(0, 10);
    const delegation = await app.request('POST', '/v1/delegations', { key: team.manager, body: { delegateId: abeId, from: today, to: today } });
    expect(delegation.status).toBe(201);

    const credit = await requestCredit(app, team.agent, { customerId: 'cust-delegated', amount: euros(600_000), kind: 'refund' });
    await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.accounting, body: {} });
    const queue = await app.request('GET', '/v1/credits?status=pending_approval', { key: team.otherAccounting });
    expect(queue.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: credit.body.id, onBehalfOf: managerId })]));
    const byDelegate = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.otherAccounting, body: {} });
    expect(byDelegate.body).toMatchObject({
      status: 'posted',
      approvals: [{ role: 'accounting' }, { approver: { name: 'Abe Accounting' }, onBehalfOf: { name: 'Max Manager' }, role: 'accounting_manager' }],
    });

    const own = await requestCredit(app, team.otherAccounting, { customerId: 'cust-delegated', amount: euros(600_000), kind: 'refund' });
    const selfApproval = await app.request('POST', `/v1/credits/${own.body.id}/approve`, { key: team.otherAccounting, body: {} });
    expect(selfApproval.status).toBe(403);
    expect(selfApproval.body.detail).toMatch(/requester/);
  });

  it('gives one decision and one ledger entry when 50 approvals arrive at once', async () => {
    const credit = await requestCredit(app, team.agent, { customerId: 'cust-race', amount: euros(90_000), kind: 'store_credit' });
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.accounting, body: {} })),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status !== 200).every((status) => status === 409 || status === 403)).toBe(true);
    expect(await app.db.creditApproval.count({ where: { creditId: credit.body.id } })).toBe(1);
    const book = await ledger('cust-race');
    expect(book.body.entries).toHaveLength(1);
    expect(book.body.storeCreditBalances).toEqual([euros(90_000)]);
  });

  it.each([
    ['a fractional amount', { amount: { minor: 12.5, currency: 'EUR' } }, 'amount.minor'],
    ['a zero amount', { amount: euros(0) }, 'amount.minor'],
    ['an amount as a string', { amount: { minor: '100', currency: 'EUR' } }, 'amount.minor'],
    ['a made-up currency', { amount: { minor: 100, currency: 'EURO' } }, 'amount.currency'],
    ['another currency than the policy', { amount: { minor: 100, currency: 'USD' } }, 'amount.currency'],
    ['an unknown kind', { kind: 'cash' }, 'kind'],
    ['an unknown case', { caseId: '00000000-0000-4000-8000-000000000000' }, 'caseId'],
  ])('refuses %s with a 400 naming %s, and writes nothing', async (_label, override, field) => {
    const response = await requestCredit(app, team.agent, { customerId: 'cust-bad', amount: euros(100), kind: 'refund', ...override });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ in: 'body', field })]);
    expect(await app.db.credit.count({ where: { customerId: 'cust-bad' } })).toBe(0);
    expect(await app.db.case.count({ where: { customerId: 'cust-bad' } })).toBe(0);
  });

  it('pages the approval queue oldest first with a cursor, skipping what the caller may not decide', async () => {
    const asked = [];
    for (const minor of [60_000, 70_000, 80_000]) asked.push((await requestCredit(app, team.agent, { customerId: 'cust-pages', amount: euros(minor), kind: 'refund' })).body.id);
    const page = (key: string, cursor?: string) =>
      app.request('GET', `/v1/credits?status=pending_approval&customerId=cust-pages&limit=2${cursor ? `&cursor=${cursor}` : ''}`, { key });
    const first = await page(team.accounting);
    expect(first.body.items.map((item: { id: string }) => item.id)).toEqual(asked.slice(0, 2));
    const second = await page(team.accounting, first.body.nextCursor);
    expect({ ids: second.body.items.map((item: { id: string }) => item.id), nextCursor: second.body.nextCursor }).toEqual({ ids: asked.slice(2), nextCursor: null });
    // The requester decides none of them: an empty queue, on every page.
    expect((await page(team.agent)).body).toEqual({ items: [], nextCursor: null });
    const forged = await page(team.accounting, 'bm90LWEtY3Vyc29y');
    expect(forged.status).toBe(400);
  });

  it('shows the ledger to accounting and ops only', async () => {
    expect((await app.request('GET', '/v1/ledger?customerId=cust-900', { key: team.ops })).status).toBe(200);
    expect((await app.request('GET', '/v1/ledger?customerId=cust-900', { key: team.agent })).status).toBe(403);
    expect((await app.request('GET', '/v1/ledger', { key: team.ops })).status).toBe(400);
  });
});
