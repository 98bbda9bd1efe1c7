import { DEFAULT_POLICIES, type CreditsPolicy } from '../../src/domain/policies';
import { euros, requestCredit } from '../support/credits';
import { startTestApp, type TestApp } from '../support/harness';

describe('four eyes on the rules of four eyes', () => {
  let app: TestApp;
  let ari: string;
  let bea: string;
  let ariId: string;
  let beaId: string;

  beforeAll(async () => {
    app = await startTestApp();
    ari = await app.userKey('admin', 'Ari Admin');
    bea = await app.userKey('admin', 'Bea Admin');
    ariId = (await app.db.user.findFirstOrThrow({ where: { name: 'Ari Admin' } })).id;
    beaId = (await app.db.user.findFirstOrThrow({ where: { name: 'Bea Admin' } })).id;
  });
  afterAll(() => app.stop());

  const currentCredits = async () => (await app.request('GET', '/v1/policies/credits', { key: ari })).body as { version: number; document: CreditsPolicy };
  const propose = (document: CreditsPolicy, key = ari) => app.request('PUT', '/v1/policies/credits', { key, body: document });
  const approve = (id: string, key: string) => app.request('POST', `/v1/policy-changes/${id}/approve`, { key, body: {} });

  it('keeps a raised agent limit out of force until a second admin approves it', async () => {
    const before = await currentCredits();
    const agent = await app.userKey('agent', 'Ada Agent');
    const raised = { ...before.document, authorityLimits: { ...before.document.authorityLimits, agent: 8_000 } };

    const proposed = await propose(raised);
    expect(proposed.status).toBe(202);
    expect(proposed.body).toMatchObject({
      policy: 'credits',
      status: 'pending',
      baseVersion: before.version,
      document: raised,
      widens: ['authorityLimits.agent'],
      proposedBy: { id: ariId, name: 'Ari Admin' },
      decidedBy: null,
      version: null,
    });
    expect(await currentCredits()).toEqual(before);
    const waiting = await requestCredit(app, agent, { customerId: 'cust-four-eyes', amount: euros(7_000), kind: 'refund' });
    expect(waiting.body.status).toBe('pending_approval');

    const pending = await app.request('GET', '/v1/policy-changes?status=pending', { key: bea });
    expect(pending.body.items).toEqual([expect.objectContaining({ id: proposed.body.id })]);

    const own = await approve(proposed.body.id, ari);
    expect(own.status).toBe(403);
    expect(own.body.detail).toBe('a second admin must approve a change you proposed');
    expect(await currentCredits()).toEqual(before);

    const approved = await approve(proposed.body.id, bea);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: { id: beaId, name: 'Bea Admin' }, version: before.version + 1 });
    expect(await currentCredits()).toMatchObject({ version: before.version + 1, document: raised });
    const atOnce = await requestCredit(app, agent, { customerId: 'cust-four-eyes', amount: euros(7_000), kind: 'refund' });
    expect(atOnce.body.status).toBe('posted');
    expect((await approve(proposed.body.id, bea)).status).toBe(409);

    const trail = await app.request('GET', '/v1/audit?targetType=policy&targetId=credits&limit=2', { key: ari });
    expect(trail.body.items).toEqual([
      expect.objectContaining({
        action: 'policy.changed',
        actor: { id: beaId, name: 'Bea Admin', role: 'admin' },
        before: { version: before.version, document: before.document },
        after: { version: before.version + 1, document: raised, changeId: proposed.body.id, proposedById: ariId },
      }),
      expect.objectContaining({
        action: 'policy.change_proposed',
        actor: { id: ariId, name: 'Ari Admin', role: 'admin' },
        after: { changeId: proposed.body.id, document: raised, widens: ['authorityLimits.agent'] },
      }),
    ]);
  });

  it.each<[string, (policy: CreditsPolicy) => CreditsPolicy, string[]]>([
    ['a higher dual-control threshold', (policy) => ({ ...policy, dualControlThreshold: policy.dualControlThreshold + 1 }), ['dualControlThreshold']],
    ['a larger goodwill cap', (policy) => ({ ...policy, goodwillCap: policy.goodwillCap * 2 }), ['goodwillCap']],
    ['a shorter goodwill window', (policy) => ({ ...policy, goodwillWindow: 'P30D' }), ['goodwillWindow']],
    ['another currency', (policy) => ({ ...policy, currency: 'JPY' }), ['currency']],
    [
      'an accounting limit raised and the supervisor’s lowered',
      (policy) => ({ ...policy, authorityLimits: { ...policy.authorityLimits, supervisor: 1_000, accounting: 900_000 } }),
      ['authorityLimits.accounting'],
    ],
  ])('holds back %s', async (_label, change, widens) => {
    const before = await currentCredits();
    const proposed = await propose(change(before.document));
    expect(proposed.status).toBe(202);
    expect(proposed.body.widens).toEqual(widens);
    expect(await currentCredits()).toEqual(before);
    const rejected = await app.request('POST', `/v1/policy-changes/${proposed.body.id}/reject`, { key: ari, body: { reason: 'Withdrawn' } });
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'Withdrawn', decidedBy: { id: ariId } });
  });

  it('applies a change that narrows authority at once', async () => {
    const before = await currentCredits();
    const narrowed = { ...before.document, goodwillCap: 5_000, authorityLimits: { ...before.document.authorityLimits, agent: 1_000 } };
    const put = await propose(narrowed);
    expect(put.status).toBe(201);
    expect(put.body).toMatchObject({ version: before.version + 1, document: narrowed });
    expect(await app.db.policyChange.count({ where: { status: 'pending' } })).toBe(0);
  });

  it('refuses to approve a change proposed against a version that is no longer current, and writes nothing', async () => {
    const before = await currentCredits();
    const proposed = await propose({ ...before.document, goodwillCap: before.document.goodwillCap + 100 });
    const narrowed = await propose({ ...before.document, decision: { target: 'PT2H' } });
    expect(narrowed.status).toBe(201);
    const stale = await approve(proposed.body.id, bea);
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toMatch(/changed since this change was proposed/);
    expect((await currentCredits()).version).toBe(narrowed.body.version);
    expect((await app.request('GET', `/v1/policy-changes/${proposed.body.id}`, { key: bea })).body.status).toBe('pending');
  });

  it('lets one decision win when an approval and a rejection race', async () => {
    const before = await currentCredits();
    const proposed = await propose({ ...before.document, dualControlThreshold: before.document.dualControlThreshold * 2 });
    const [approval, rejection] = await Promise.all([
      approve(proposed.body.id, bea),
      app.request('POST', `/v1/policy-changes/${proposed.body.id}/reject`, { key: ari, body: { reason: 'No' } }),
    ]);
    expect([approval.status, rejection.status].sort()).toEqual([200, 409]);
    const after = await currentCredits();
    expect(after.version).toBe(approval.status === 200 ? before.version + 1 : before.version);
  });

  it('is for admins only, and answers 404 and 400 for unknown and malformed ids', async () => {
    const supervisor = await app.userKey('supervisor');
    expect((await app.request('GET', '/v1/policy-changes', { key: supervisor })).status).toBe(403);
    expect((await approve('00000000-0000-4000-8000-000000000000', bea)).status).toBe(404);
    const bad = await approve('not-an-id', bea);
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ in: 'path', field: 'id' })]);
    const noReason = await app.request('POST', '/v1/policy-changes/00000000-0000-4000-8000-000000000000/reject', { key: bea, body: {} });
    expect(noReason.body.errors).toEqual([expect.objectContaining({ in: 'body', field: 'reason' })]);
  });

  it('leaves other policies to one admin', async () => {
    const put = await app.request('PUT', '/v1/policies/escalations', { key: ari, body: DEFAULT_POLICIES.escalations });
    expect(put.status).toBe(201);
  });
});
