import { DEFAULT_POLICIES } from '../../src/domain/policies';
import { creditTeam, euros, requestCredit } from '../support/credits';
import { startTestApp, type TestApp } from '../support/harness';
import { eventually } from '../support/wait';

// SLA timings of seconds on a 24x7 calendar: this file's own database holds these policies.
describe('credit approval SLA', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof creditTeam>>;

  beforeAll(async () => {
    app = await startTestApp();
    team = await creditTeam(app);
    const admin = await app.userKey('admin');
    await app.request('PUT', '/v1/policies/calendar', { key: admin, body: { kind: '24x7' } });
    const fast = { ...DEFAULT_POLICIES.credits, decision: { target: 'PT2S' }, warningFraction: 0.5, expiresAfter: 'PT12S' };
    expect((await app.request('PUT', '/v1/policies/credits', { key: admin, body: fast })).status).toBe(201);
  });
  afterAll(() => app.stop());

  it('warns, escalates to an accounting manager on breach, then expires with requester and customer told', async () => {
    const credit = await requestCredit(app, team.agent, { customerId: 'cust-sla', amount: euros(90_000), kind: 'refund' });
    expect(credit.body).toMatchObject({ status: 'pending_approval', queueRole: 'accounting', policyVersion: 2 });
    const requestedAt = Date.parse(credit.body.requestedAt);
    expect(Date.parse(credit.body.currentStep.dueAt) - requestedAt).toBeGreaterThanOrEqual(1900);
    expect(Date.parse(credit.body.expiresAt) - requestedAt).toBeGreaterThanOrEqual(11_900);

    const escalated = await eventually(async () => {
      const read = await app.request('GET', `/v1/credits/${credit.body.id}`, { key: team.accounting });
      return read.body.escalated ? read.body : undefined;
    });
    expect(escalated).toMatchObject({ status: 'pending_approval', queueRole: 'accounting_manager' });
    expect(escalated.currentStep.warnedAt).toEqual(expect.any(String));
    expect(escalated.currentStep.breachedAt).toEqual(expect.any(String));

    const expired = await eventually(async () => {
      const read = await app.request('GET', `/v1/credits/${credit.body.id}`, { key: team.accounting });
      return read.body.status === 'expired' ? read.body : undefined;
    });
    expect(expired.currentStep).toBeNull();

    const notifications = await eventually(async () => {
      const found = await app.db.notification.findMany({ where: { dedupeKey: { startsWith: credit.body.workflowId } }, orderBy: { id: 'asc' } });
      // The outbox sends them shortly after they are queued.
      return found.length === 4 && found.every((notification) => notification.status !== 'pending') ? found : undefined;
    });
    expect(notifications.map((n) => [n.template, n.recipient, n.status])).toEqual([
      ['credit.decision_due_soon', 'role:accounting', 'sent'],
      ['credit.decision_overdue', 'role:accounting_manager', 'sent'],
      ['credit.expired', expect.stringMatching(/^user:/), 'sent'],
      ['credit.expired', 'customer:cust-sla', 'sent'],
    ]);
    // The step is completed after the expiry is written, by an activity of its own.
    const step = await eventually(async () => {
      const record = await app.db.stepRecord.findFirstOrThrow({ where: { workflowId: credit.body.workflowId, step: 'approval' } });
      return record.completedAt ? record : undefined;
    });
    expect(step.warnedAt).not.toBeNull();
    expect(step.breachedAt).not.toBeNull();
    expect(step.completedAt).not.toBeNull();
    expect((await app.request('GET', '/v1/ledger?customerId=cust-sla', { key: team.accounting })).body.entries).toEqual([]);
    const late = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.manager, body: {} });
    expect(late.status).toBe(409);
  });

  it('keeps the policy version a credit started with', async () => {
    const admin = await app.userKey('admin');
    const credit = await requestCredit(app, team.agent, { customerId: 'cust-version', amount: euros(90_000), kind: 'refund' });
    const slow = { ...DEFAULT_POLICIES.credits, decision: { target: 'P1D' }, expiresAfter: 'P5D' };
    expect((await app.request('PUT', '/v1/policies/credits', { key: admin, body: slow })).status).toBe(201);
    const expired = await eventually(async () => {
      const read = await app.request('GET', `/v1/credits/${credit.body.id}`, { key: team.accounting });
      return read.body.status === 'expired' ? read.body : undefined;
    });
    expect(expired.policyVersion).toBe(credit.body.policyVersion);
    const later = await requestCredit(app, team.agent, { customerId: 'cust-version', amount: euros(90_000), kind: 'refund' });
    expect(later.body.policyVersion).toBe(credit.body.policyVersion + 1);
    const expiresIn = Date.parse(later.body.expiresAt) - Date.parse(later.body.requestedAt);
    expect(expiresIn).toBeGreaterThanOrEqual(5 * 86_400_000);
    expect(expiresIn).toBeLessThan(5 * 86_400_000 + 5000);
  });
});
