import { DEFAULT_POLICIES } from '../../src/domain/policies';
import { startTestApp, type TestApp } from '../support/harness';
import { eventually } from '../support/wait';

// Targets of seconds on a 24x7 calendar, in this file's own database.
describe('escalations', () => {
  let app: TestApp;
  let agent: string;
  let otherAgent: string;
  let supervisor: string;
  let caseId: string;

  beforeAll(async () => {
    app = await startTestApp();
    [agent, otherAgent, supervisor] = await Promise.all([
      app.userKey('agent', 'Ada Agent'),
      app.userKey('agent', 'Otto Agent'),
      app.userKey('supervisor', 'Sue Supervisor'),
    ]);
    const admin = await app.userKey('admin');
    await app.request('PUT', '/v1/policies/calendar', { key: admin, body: { kind: '24x7' } });
    const severities = {
      ...DEFAULT_POLICIES.escalations.severities,
      P2: { ack: 'PT2S', resolve: 'PT1H', clock: 'business' },
      P3: { ack: 'PT1H', resolve: 'PT8S', clock: 'business' },
    };
    const policy = { ...DEFAULT_POLICIES.escalations, severities, warningFraction: 0.5, autoCloseAfter: 'PT8S' };
    expect((await app.request('PUT', '/v1/policies/escalations', { key: admin, body: policy })).status).toBe(201);
    const opened = await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'cust-esc', subject: 'Router keeps dropping' } });
    caseId = opened.body.id;
  });
  afterAll(() => app.stop());

  const raise = (severity: string, category = 'connectivity') =>
    app.request('POST', '/v1/escalations', { key: agent, body: { caseId, severity, category, reason: 'Third call this week' } });
  const act = (id: string, name: string, key: string, body: object = {}) =>
    app.request('POST', `/v1/escalations/${id}/${name}`, { key, body });
  const read = (id: string) => app.request('GET', `/v1/escalations/${id}`, { key: supervisor });

  it('climbs L1 → L2 → L3 → manager when nobody acknowledges a P2, notifying each tier', async () => {
    const raised = await raise('P2');
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({ tier: 'L1', status: 'open', assignee: null });
    expect(Date.parse(raised.body.ackDueAt) - Date.parse(raised.body.raisedAt)).toBeGreaterThanOrEqual(1900);
    expect(raised.body.resolveDueAt).toEqual(expect.any(String));

    const atManager = await eventually(async () => {
      const current = await read(raised.body.id);
      return current.body.tier === 'manager' ? current.body : undefined;
    }, 60_000);
    expect(atManager.history.filter((entry: { type: string }) => entry.type === 'escalation.escalated').map((entry: { tier: string }) => entry.tier)).toEqual([
      'L2',
      'L3',
      'manager',
    ]);
    expect(atManager.breaches.map((breach: { tier: string }) => breach.tier).slice(0, 3)).toEqual(['L1', 'L2', 'L3']);
    const notified = await eventually(async () => {
      const found = await app.db.notification.findMany({
        where: { dedupeKey: { startsWith: raised.body.workflowId }, template: 'escalation.escalated' },
        orderBy: { id: 'asc' },
      });
      return found.length === 3 ? found : undefined;
    });
    expect(notified.map((n) => n.recipient)).toEqual(['queue:escalations-L2', 'queue:escalations-L3', 'queue:escalations-manager']);

    // The top tier's queue shows its acknowledgement clock breached: nothing is above it.
    const overdue = await eventually(async () => {
      const queue = await app.request('GET', '/v1/escalations?tier=manager&status=open', { key: supervisor });
      const listed = queue.body.items.find((item: { id: string }) => item.id === raised.body.id);
      return listed?.ackClock?.breachedAt ? listed : undefined;
    });
    expect(Date.parse(overdue.ackClock.breachedAt)).toBeGreaterThanOrEqual(Date.parse(overdue.ackClock.dueAt));
    expect(overdue.ackDueAt).toBe(overdue.ackClock.dueAt);

    const agentAtManager = await act(raised.body.id, 'acknowledge', agent);
    expect(agentAtManager.status).toBe(403);
    const taken = await act(raised.body.id, 'acknowledge', supervisor);
    expect(taken.body).toMatchObject({ status: 'acknowledged', assignee: { name: 'Sue Supervisor' }, ackDueAt: null });
    const acks = await app.db.stepRecord.findMany({ where: { workflowId: raised.body.workflowId, step: 'acknowledge' }, orderBy: { id: 'asc' } });
    // The manager's own two-second target may breach too when the machine is slow.
    expect(acks).toHaveLength(4);
    expect(acks.slice(0, 3).map((step) => step.breachedAt !== null)).toEqual([true, true, true]);
    expect(acks.every((step) => step.completedAt !== null)).toBe(true);
  });

  it('stops the resolution clock while waiting on the customer', async () => {
    const raised = await raise('P3', 'billing');
    await act(raised.body.id, 'acknowledge', agent);
    const waiting = await act(raised.body.id, 'wait-on-customer', agent);
    expect(waiting.body).toMatchObject({ status: 'waiting_on_customer', resolveClock: { paused: true } });
    const pausedStep = await app.db.stepRecord.findFirstOrThrow({ where: { workflowId: raised.body.workflowId, step: 'resolve' } });
    expect(pausedStep.dueAt).toBeNull();
    // Waits past the first due time: paused, the clock must not breach.
    await new Promise((resolve) => setTimeout(resolve, Date.parse(raised.body.resolveDueAt) + 1000 - Date.now()));
    const stillOk = await read(raised.body.id);
    expect(stillOk.body).toMatchObject({ tier: 'L1', breaches: [], resolveClock: { breachedAt: null, paused: true } });

    const replied = await act(raised.body.id, 'customer-replied', agent);
    expect(replied.body.status).toBe('acknowledged');
    expect(Date.parse(replied.body.resolveDueAt)).toBeGreaterThan(Date.parse(raised.body.resolveDueAt) + 1000);
    const resolved = await act(raised.body.id, 'resolve', agent, { resolutionCode: 'fixed', note: 'Firmware updated' });
    expect(resolved.body).toMatchObject({ status: 'resolved', resolutionCode: 'fixed' });
    const step = await app.db.stepRecord.findFirstOrThrow({ where: { workflowId: raised.body.workflowId, step: 'resolve' } });
    expect(Number(step.pausedMs)).toBeGreaterThanOrEqual(1000);
    expect(Number(step.durationMs)).toBeLessThan(8000);
    expect(step.breachedAt).toBeNull();
  });

  it('resolves, confirms and closes; and closes by itself when nobody confirms', async () => {
    const confirmedOne = await raise('P4', 'delivery');
    await act(confirmedOne.body.id, 'acknowledge', agent);
    await act(confirmedOne.body.id, 'notes', agent, { text: 'Called the courier' });
    await act(confirmedOne.body.id, 'resolve', agent, { resolutionCode: 'replaced' });
    const confirmed = await act(confirmedOne.body.id, 'confirm', agent);
    expect(confirmed.body).toMatchObject({ status: 'closed', notes: [{ text: 'Called the courier' }] });

    const silent = await raise('P4', 'delivery');
    await act(silent.body.id, 'acknowledge', agent);
    await act(silent.body.id, 'resolve', agent, { resolutionCode: 'workaround' });
    const autoClosed = await eventually(async () => {
      const current = await read(silent.body.id);
      return current.body.status === 'closed' ? current.body : undefined;
    });
    expect(autoClosed.history.at(-1).type).toBe('escalation.auto_closed');
    const row = await eventually(async () => {
      const found = await app.db.escalation.findUniqueOrThrow({ where: { id: silent.body.id } });
      return found.status === 'closed' ? found : undefined;
    });
    expect(row).toMatchObject({ status: 'closed', resolutionCode: 'workaround', category: 'delivery' });
  });

  it('refuses every action out of order with a 409, and changes nothing', async () => {
    const raised = await raise('P4', 'returns');
    const id = raised.body.id;
    expect((await act(id, 'resolve', agent, { resolutionCode: 'fixed' })).status).toBe(409);
    expect((await act(id, 'wait-on-customer', agent)).status).toBe(409);
    expect((await act(id, 'customer-replied', agent)).status).toBe(409);
    expect((await act(id, 'confirm', agent)).status).toBe(409);
    expect((await act(id, 'reassign', agent, { assigneeId: raised.body.raisedBy.id })).status).toBe(409);
    const unchanged = await read(id);
    expect(unchanged.body).toMatchObject({ status: 'open', tier: 'L1', history: [{ type: 'escalation.raised' }] });

    await act(id, 'acknowledge', agent);
    // Taken off the queue, on a case Otto does not work: to him it no longer exists.
    expect((await act(id, 'acknowledge', otherAgent)).status).toBe(404);
    const otto = await app.db.user.findFirstOrThrow({ where: { name: 'Otto Agent' } });
    const reassigned = await act(id, 'reassign', agent, { assigneeId: otto.id });
    expect(reassigned.body.assignee.name).toBe('Otto Agent');
    expect((await act(id, 'resolve', agent, { resolutionCode: 'fixed' })).status).toBe(403);
    const manual = await act(id, 'escalate', otherAgent, { reason: 'Needs a specialist' });
    expect(manual.body).toMatchObject({ tier: 'L2', status: 'open', assignee: null });
    expect((await act(id, 'resolve', otherAgent, { resolutionCode: 'other' })).status).toBe(409);
  });

  it('takes 20 acknowledgements at once as one', async () => {
    const raised = await raise('P4', 'race');
    const responses = await Promise.all(Array.from({ length: 20 }, () => act(raised.body.id, 'acknowledge', agent)));
    expect(responses.filter((response) => response.status === 200)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 409)).toHaveLength(19);
  });

  it('refuses bad input naming the field', async () => {
    const bad = await app.request('POST', '/v1/escalations', { key: agent, body: { caseId, severity: 'P9', category: 'Has Spaces', reason: '' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['category', 'reason', 'severity']);
    const unknownCase = await app.request('POST', '/v1/escalations', {
      key: agent,
      body: { caseId: '00000000-0000-4000-8000-000000000000', severity: 'P1', category: 'x', reason: 'y' },
    });
    expect(unknownCase.status).toBe(400);
    expect(unknownCase.body.errors).toEqual([expect.objectContaining({ field: 'caseId' })]);
    const raised = await raise('P4', 'validation');
    const badCode = await act(raised.body.id, 'resolve', agent, { resolutionCode: 'magic' });
    expect(badCode.status).toBe(400);
  });

  it("lists a tier's queue", async () => {
    const raised = await raise('P4', 'queue');
    const queue = await app.request('GET', '/v1/escalations?tier=L1&status=open', { key: agent });
    const listed = queue.body.items.find((item: { id: string }) => item.id === raised.body.id);
    expect(listed).toMatchObject({
      ackDueAt: expect.any(String),
      ackClock: { startedAt: expect.any(String), dueAt: listed.ackDueAt, warnedAt: null, breachedAt: null },
      resolveClock: { dueAt: listed.resolveDueAt, breachedAt: null },
    });
    expect((await app.request('GET', '/v1/escalations?tier=L9', { key: agent })).status).toBe(400);
  });
});
