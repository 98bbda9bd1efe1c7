import { startTestApp, type TestApp } from '../support/harness';
import { eventually } from '../support/wait';

describe('cases through every layer', () => {
  let app: TestApp;
  let agent: string;

  beforeAll(async () => {
    app = await startTestApp();
    agent = await app.userKey('agent', 'Ada Agent');
  });
  afterAll(() => app.stop());

  it('opens, reads and closes a case, with its workflow, timeline and step record', async () => {
    const opened = await app.request('POST', '/v1/cases', {
      key: agent,
      body: { customerId: 'cust-42', subject: 'Kettle arrived broken', channel: 'email' },
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      customerId: 'cust-42',
      subject: 'Kettle arrived broken',
      channel: 'email',
      status: 'open',
      openedBy: { name: 'Ada Agent', role: 'agent' },
      currentStep: { name: 'work', ownerRole: 'agent' },
      nextActions: [{ action: 'close', method: 'POST', href: `/v1/cases/${opened.body.id}/close` }],
      timeline: [{ type: 'case.opened' }],
    });

    const description = await app.temporal.workflow.getHandle(opened.body.workflowId).describe();
    expect(description.status.name).toBe('RUNNING');
    expect(description.type).toBe('caseWorkflow');

    const read = await app.request('GET', `/v1/cases/${opened.body.id}`, { key: agent });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(opened.body);

    const closed = await app.request('POST', `/v1/cases/${opened.body.id}/close`, {
      key: agent,
      body: { resolution: 'Replacement sent' },
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', resolution: 'Replacement sent', currentStep: null, nextActions: [] });
    expect(closed.body.timeline.map((event: { type: string }) => event.type)).toEqual(['case.opened', 'case.closed']);

    const again = await app.request('POST', `/v1/cases/${opened.body.id}/close`, { key: agent, body: {} });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect(again.body).toMatchObject({ status: 409, detail: 'the case is already closed' });

    await expect(app.temporal.workflow.getHandle(opened.body.workflowId).result()).resolves.toMatchObject({ status: 'closed' });
    const step = await app.db.stepRecord.findFirstOrThrow({ where: { caseId: opened.body.id } });
    expect(step).toMatchObject({ process: 'case', step: 'work', ownerRole: 'agent' });
    expect(step.completedAt?.toISOString()).toBe(closed.body.closedAt);
    expect(Number(step.durationMs)).toBe(Date.parse(closed.body.closedAt) - Date.parse(opened.body.openedAt));

    const readClosed = await app.request('GET', `/v1/cases/${opened.body.id}`, { key: agent });
    expect(readClosed.body).toMatchObject({ status: 'closed', resolution: 'Replacement sent', openedBy: { name: 'Ada Agent' } });
  });

  it('makes the case findable in Temporal by its search attributes', async () => {
    const opened = await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'cust-sa', subject: 'Where is my order' } });
    // Visibility is written after the start on the production server, so the search is polled.
    const found = await eventually(async () => {
      const ids: string[] = [];
      for await (const execution of app.temporal.workflow.list({ query: `CaseId = '${opened.body.id}' AND CustomerId = 'cust-sa'` })) {
        ids.push(execution.workflowId);
      }
      return ids.length > 0 ? ids : undefined;
    }, 10_000);
    expect(found).toEqual([opened.body.workflowId]);
  });

  it('closes a case once when many close it at the same moment', async () => {
    const opened = await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'cust-race', subject: 'Race' } });
    const attempts = await Promise.all(
      Array.from({ length: 20 }, () => app.request('POST', `/v1/cases/${opened.body.id}/close`, { key: agent, body: {} })),
    );
    const statuses = attempts.map((attempt) => attempt.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const closedEvents = await app.db.timelineEvent.count({ where: { caseId: opened.body.id, type: 'case.closed' } });
    expect(closedEvents).toBe(1);
  });

  it('answers 404 for an unknown case', async () => {
    const missing = await app.request('GET', '/v1/cases/00000000-0000-4000-8000-000000000000', { key: agent });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ status: 404, title: 'Not found' });
    const closeMissing = await app.request('POST', '/v1/cases/00000000-0000-4000-8000-000000000000/close', { key: agent, body: {} });
    expect(closeMissing.status).toBe(404);
  });

  it('lists cases newest first, filtered, a page at a time', async () => {
    const customerId = `cust-list-${Date.now()}`;
    const ids: string[] = [];
    for (const subject of ['first', 'second', 'third']) {
      const opened = await app.request('POST', '/v1/cases', { key: agent, body: { customerId, subject } });
      ids.push(opened.body.id);
    }
    await app.request('POST', `/v1/cases/${ids[0]}/close`, { key: agent, body: {} });

    const page1 = await app.request('GET', `/v1/cases?customerId=${customerId}&limit=2`, { key: agent });
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((item: { subject: string }) => item.subject)).toEqual(['third', 'second']);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await app.request('GET', `/v1/cases?customerId=${customerId}&limit=2&cursor=${page1.body.nextCursor}`, { key: agent });
    expect(page2.body).toEqual({ items: [expect.objectContaining({ subject: 'first', status: 'closed' })], nextCursor: null });

    const open = await app.request('GET', `/v1/cases?customerId=${customerId}&status=open`, { key: agent });
    expect(open.body.items.map((item: { id: string }) => item.id).sort()).toEqual([ids[1], ids[2]].sort());
  });
});
