import { createCaseOwnershipActivities } from '../../activities/case-ownership';
import { createReadModelActivities } from '../../activities/read-model';
import { createStepActivities } from '../../activities/step-records';
import type { CreditChange, ProcessChange } from '../../src/domain/read-model';
import { isWorkingTime } from '../../src/domain/callbacks';
import { DEFAULT_POLICIES } from '../../src/domain/policies';
import { stepKey } from '../../src/domain/step-key';
import { workflowIds } from '../../src/domain/workflow-ids';
import { person } from '../support/cases';
import { startTestApp, type TestApp } from '../support/harness';
import { euros, requestCredit } from '../support/credits';
import { handoffTeam } from '../support/handoffs';
import { createOrder } from '../support/returns';

// Every read-model write moves its row only forward: a process's event is stored once per workflow
// and revision, a case's row and a step's due time only to a newer revision, so a retried or late
// write never sets an older state back. (tests/integration/history-size.test.ts: the histories.)

describe('the read model', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof handoffTeam>>;
  let agent: string;
  let caseId: string;

  beforeAll(async () => {
    app = await startTestApp();
    team = await handoffTeam(app, ['Ada Agent']);
    agent = [...team.agentKeys.values()][0] ?? '';
    const opened = await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'cust-rm', subject: 'Printer jams every day' } });
    caseId = opened.body.id;
  });
  afterAll(() => app.stop());

  const raise = () =>
    app.request('POST', '/v1/escalations', { key: agent, body: { caseId, severity: 'P3', category: 'printing', reason: 'Jams again' } });
  const act = (id: string, name: string, key: string, body: object = {}) => app.request('POST', `/v1/escalations/${id}/${name}`, { key, body });
  const queue = async (status: string) =>
    (await app.request('GET', `/v1/escalations?status=${status}`, { key: team.supervisor })).body.items.map((item: { id: string }) => item.id);

  /** A process's stored event of one type: the revision a late retry of that write carries. */
  const storedEvent = (workflowId: string, type: string) => app.db.timelineEvent.findFirstOrThrow({ where: { workflowId, type } });
  const timelineOf = async (id: string, key: string) =>
    ((await app.request('GET', `/v1/cases/${id}`, { key })).body.timeline as Array<{ type: string }>).map((event) => event.type);

  it('ignores a stale write and stores a retried one once', async () => {
    const raised = await raise();
    expect(raised.status).toBe(201);
    const { id } = raised.body;
    const workflowId = workflowIds.escalation(id);
    const { recordProcessChange } = createReadModelActivities({ db: app.db });
    const change = (revision: number, status: string, type: string): ProcessChange => ({
      workflowId,
      revision,
      caseId,
      event: { type, actor: null, detail: `revision ${revision}`, data: { tier: 'L1', status }, at: new Date().toISOString() },
      row: { table: 'escalations', id, fields: { tier: 'L1', status, assigneeId: null, resolutionCode: null, resolvedAt: null, closedAt: null } },
    });

    await recordProcessChange(change(100, 'waiting_on_customer', 'escalation.test_newer'));
    await recordProcessChange(change(50, 'open', 'escalation.test_stale'));
    expect(await queue('waiting_on_customer')).toContain(id);
    expect(await queue('open')).not.toContain(id);

    await recordProcessChange(change(100, 'waiting_on_customer', 'escalation.test_newer'));
    const history = (await app.request('GET', `/v1/escalations/${id}`, { key: team.supervisor })).body.history as Array<{ type: string }>;
    expect(history.filter((entry) => entry.type === 'escalation.test_newer')).toHaveLength(1);
    // The stale write's event is history; only the row stays where the newer revision put it.
    expect(history.filter((entry) => entry.type === 'escalation.test_stale')).toHaveLength(1);
    const timeline = (await app.request('GET', `/v1/cases/${caseId}`, { key: agent })).body.timeline as Array<{ type: string }>;
    expect(timeline.filter((event) => event.type === 'escalation.test_newer')).toHaveLength(1);
  });

  it('keeps a posted credit posted when a late approval write arrives', async () => {
    const accounting = await app.userKey('accounting', 'Ann Accounting');
    const requested = await requestCredit(app, agent, { customerId: 'cust-rm-credit', amount: euros(4000), kind: 'goodwill' });
    expect(requested.body).toMatchObject({ status: 'posted' });
    const { id, workflowId } = requested.body;
    await app.temporal.workflow.getHandle(workflowId).result();
    const listed = async (status: string) =>
      (await app.request('GET', `/v1/credits?status=${status}&customerId=cust-rm-credit`, { key: accounting })).body.items.map((item: { id: string }) => item.id);
    expect(await listed('posted')).toEqual([id]);

    // The policy check's write, retried after the credit was posted: status approved, not yet posted.
    const approved = await storedEvent(workflowId, 'credit.approved_by_policy');
    const row = await app.db.credit.findUniqueOrThrow({ where: { id } });
    const late: CreditChange = {
      workflowId,
      revision: approved.revision ?? 0,
      caseId: requested.body.caseId,
      event: { type: 'credit.approved_by_policy', actor: null, detail: null, data: {}, at: new Date().toISOString() },
      row: { table: 'credits', id, fields: { status: 'approved', queueRole: null, dualControl: false, decidedAt: row.decidedAt?.toISOString() ?? null, postedAt: null } },
    };
    await createReadModelActivities({ db: app.db }).recordProcessChange(late);
    expect(await listed('posted')).toEqual([id]);
    expect(await listed('approved')).toEqual([]);

    const ledger = await app.request('GET', '/v1/ledger?customerId=cust-rm-credit', { key: accounting });
    expect(ledger.body.entries).toHaveLength(1);
    const timeline = await timelineOf(requested.body.caseId, agent);
    expect(timeline.filter((type) => type === 'credit.approved_by_policy')).toHaveLength(1);
    expect((await app.request('GET', `/v1/credits/${id}`, { key: accounting })).body).toMatchObject({ status: 'posted', postedAt: requested.body.postedAt });
  });

  it("stores a retried return event once and never sets the return's status or lines back", async () => {
    const [sales, warehouse] = await Promise.all([app.userKey('sales', 'Sam Sales'), app.userKey('warehouse', 'Walt Warehouse')]);
    await createOrder(app, sales, 'ORD-RM-1', 'cust-rm-return', 2, [{ sku: 'KETTLE', category: 'kitchen', qty: 1, minor: 4000 }]);
    const started = await app.request('POST', '/v1/returns', {
      key: agent,
      body: { orderId: 'ORD-RM-1', customerId: 'cust-rm-return', resolution: 'exchange', lines: [{ sku: 'KETTLE', qty: 1, reason: 'defective', condition: 'opened' }] },
    });
    const { id, workflowId, caseId } = started.body;
    await app.request('POST', `/v1/returns/${id}/receipt`, { key: warehouse, body: { lines: [{ sku: 'KETTLE', qty: 1 }] } });
    await app.request('POST', `/v1/returns/${id}/inspection`, { key: warehouse, body: { lines: [{ sku: 'KETTLE', grade: 'defective_confirmed' }] } });
    await app.temporal.workflow.getHandle(workflowId).result();

    // The receipt's write, retried once the return is completed: awaiting the item, nothing graded yet.
    const received = await storedEvent(workflowId, 'return.received');
    const retried: ProcessChange = {
      workflowId,
      revision: received.revision ?? 0,
      caseId,
      event: { type: 'return.received', actor: null, detail: null, data: {}, at: new Date().toISOString() },
      row: {
        table: 'returns',
        id,
        fields: { status: 'inspecting', rmaNumber: started.body.rmaNumber, trackingNumber: started.body.trackingNumber, creditId: null, credit: null, replacementOrderId: null, escalationId: null, closedAt: null, lines: [{ sku: 'KETTLE', receivedQty: 1, grade: null }] },
      },
    };
    const { recordProcessChange } = createReadModelActivities({ db: app.db });
    await recordProcessChange(retried);
    await recordProcessChange(retried);

    const timeline = await timelineOf(caseId, agent);
    expect(timeline.filter((type) => type === 'return.received')).toHaveLength(1);
    const listed = async (status: string) => (await app.request('GET', `/v1/returns?status=${status}&orderId=ORD-RM-1`, { key: warehouse })).body.items;
    expect(await listed('inspecting')).toEqual([]);
    expect(await listed('completed')).toEqual([expect.objectContaining({ id, closedAt: expect.any(String) })]);
    expect(await app.db.returnLine.findMany({ where: { returnId: id } })).toEqual([expect.objectContaining({ sku: 'KETTLE', receivedQty: 1, grade: 'defective_confirmed' })]);
  });

  it("keeps a case's newest owner and status when a transfer's write arrives late", async () => {
    const [bea, cy] = [await person(app, 'agent', 'Bea Agent'), await person(app, 'agent', 'Cy Agent')];
    const opened = await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'cust-rm-case', subject: 'Two transfers' } });
    const { id, workflowId } = opened.body;
    // A callback is promised for a working hour of the policy calendar.
    let due = Date.now() + 86_400_000;
    while (!isWorkingTime(DEFAULT_POLICIES.calendar, due) || !isWorkingTime(DEFAULT_POLICIES.calendar, due + 3_600_000)) due += 3_600_000;
    const dueAt = new Date(due).toISOString();
    expect((await app.request('POST', `/v1/cases/${id}/callbacks`, { key: agent, body: { dueAt, note: 'Call back next week' } })).status).toBe(201);
    const transfer = (to: { id: string }, reason: string) => app.request('POST', `/v1/cases/${id}/transfer`, { key: team.supervisor, body: { toUserId: to.id, reason } });
    expect((await transfer(bea, 'Billing question')).status).toBe(200);
    expect((await transfer(cy, 'Back to support')).status).toBe(200);
    // Opened at revision 1, transferred at 2 and 3.
    expect(await app.db.case.findUniqueOrThrow({ where: { id } })).toMatchObject({ ownerId: cy.id, revision: 3 });

    const first = await app.db.timelineEvent.findFirstOrThrow({ where: { caseId: id, eventKey: 'case.transferred:1' } });
    const data = first.data as { from: { id: string; name: string; role: 'agent' }; to: { id: string; name: string; role: 'agent' } };
    const supervisor = await app.db.user.findFirstOrThrow({ where: { role: 'supervisor' } });
    const lateFirstTransfer = () =>
      createCaseOwnershipActivities({ db: app.db }).recordCaseTransferred({
        caseId: id,
        sequence: 1,
        from: data.from,
        to: data.to,
        by: { id: supervisor.id, name: supervisor.name, role: 'supervisor' },
        reason: 'Billing question',
        at: first.occurredAt.toISOString(),
        revision: 2,
      });
    await lateFirstTransfer();
    const read = await app.request('GET', `/v1/cases/${id}`, { key: cy.key });
    expect(read.body).toMatchObject({ owner: { id: cy.id }, transfers: 2, callbacks: [{ number: 1, status: 'open', owner: { id: cy.id } }] });

    expect((await app.request('POST', `/v1/cases/${id}/close`, { key: cy.key, body: { resolution: 'Explained the bill' } })).body.status).toBe('closed');
    await app.temporal.workflow.getHandle(workflowId).result();
    await lateFirstTransfer();
    expect(await app.db.case.findUniqueOrThrow({ where: { id } })).toMatchObject({ ownerId: cy.id, status: 'closed', revision: 4 });
    expect(await app.db.callback.findMany({ where: { caseId: id } })).toEqual([expect.objectContaining({ status: 'cancelled', ownerId: cy.id })]);
  });

  it("keeps a step's newer due time when a pause's write arrives after the resume's, and its first warning", async () => {
    const raised = await raise();
    const { id } = raised.body;
    await act(id, 'acknowledge', agent);
    await act(id, 'wait-on-customer', agent);
    await act(id, 'customer-replied', agent);
    const key = stepKey(workflowIds.escalation(id), 'resolve', 1);
    const resumed = await app.db.stepRecord.findUniqueOrThrow({ where: { stepKey: key } });
    expect(resumed.dueAt).not.toBeNull();

    // The pause's write (the clock's first change), retried after the resume's (its second).
    const { recordStepChanged } = createStepActivities({ db: app.db });
    await recordStepChanged({ stepKey: key, revision: 1, dueAt: null });
    expect(await app.db.stepRecord.findUniqueOrThrow({ where: { stepKey: key } })).toMatchObject({ dueAt: resumed.dueAt, pausedMs: resumed.pausedMs });

    const warnedAt = new Date().toISOString();
    await recordStepChanged({ stepKey: key, revision: 2, warnedAt });
    await recordStepChanged({ stepKey: key, revision: 2, warnedAt: new Date(Date.now() + 60_000).toISOString() });
    expect((await app.db.stepRecord.findUniqueOrThrow({ where: { stepKey: key } })).warnedAt).toEqual(new Date(warnedAt));

    await act(id, 'resolve', agent, { resolutionCode: 'fixed' });
    const completed = await app.db.stepRecord.findUniqueOrThrow({ where: { stepKey: key } });
    await recordStepChanged({ stepKey: key, revision: 99, dueAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(await app.db.stepRecord.findUniqueOrThrow({ where: { stepKey: key } })).toEqual(completed);
  });
});
