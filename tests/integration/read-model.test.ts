import { createReadModelActivities } from '../../activities/read-model';
import type { CreditChange, ProcessChange } from '../../src/domain/read-model';
import { workflowIds } from '../../src/domain/workflow-ids';
import { startTestApp, type TestApp } from '../support/harness';
import { euros, requestCredit } from '../support/credits';
import { dealBody, handOver, handoffTeam } from '../support/handoffs';
import { createOrder } from '../support/returns';
import { runHistories } from '../support/histories';

// One shape for every read-model write: the event is stored once per workflow and revision, the row
// moves only forward; and escalations and handoffs keep their notes and contacts in PostgreSQL, so
// their histories stay bounded however many are added. The full figures (1,000 notes of 4,000
// characters, 500 contacts) run with HISTORY_TEST_NOTES=1000 HISTORY_TEST_CONTACTS=500.
const NOTES = Number(process.env.HISTORY_TEST_NOTES ?? 100);
const CONTACTS = Number(process.env.HISTORY_TEST_CONTACTS ?? 60);
const TWO_MB = 2 * 1024 * 1024;

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

  it(`keeps every action answering and each run's history under 2 MB with ${NOTES} notes of 4,000 characters`, async () => {
    const raised = await raise();
    const { id } = raised.body;
    expect((await act(id, 'acknowledge', agent)).status).toBe(200);
    const texts = Array.from({ length: NOTES }, (_, n) => `${String(n).padStart(4, '0')} ${'x'.repeat(3995)}`);
    for (const text of texts) {
      const added = await act(id, 'notes', agent, { text });
      expect({ status: added.status, problem: added.status === 200 ? undefined : added.body }).toEqual({ status: 200, problem: undefined });
    }

    const read = await app.request('GET', `/v1/escalations/${id}`, { key: team.supervisor });
    expect(read.body.notes.map((note: { text: string }) => note.text)).toEqual(texts);
    expect(read.body.history.filter((entry: { type: string }) => entry.type === 'escalation.note_added')).toHaveLength(NOTES);
    expect(read.body).toMatchObject({ status: 'acknowledged', assignee: { name: 'Ada Agent' }, resolveClock: { step: 'resolve', paused: false } });

    expect((await act(id, 'wait-on-customer', agent)).body.status).toBe('waiting_on_customer');
    expect((await act(id, 'customer-replied', agent)).body.status).toBe('acknowledged');
    expect((await act(id, 'resolve', agent, { resolutionCode: 'fixed' })).body.status).toBe('resolved');
    const confirmed = await act(id, 'confirm', agent);
    expect(confirmed.body).toMatchObject({ status: 'closed' });
    expect(confirmed.body.notes).toHaveLength(NOTES);
    await app.temporal.workflow.getHandle(workflowIds.escalation(id)).result();
    const finished = await app.request('GET', `/v1/escalations/${id}`, { key: team.supervisor });
    expect(finished.body.notes).toHaveLength(NOTES);

    const runs = await runHistories(app, workflowIds.escalation(id));
    const largest = Math.max(...runs.map((run) => run.bytes));
    console.log(`escalation with ${NOTES} notes: ${runs.length} runs, largest history ${(largest / 1e6).toFixed(2)} MB`);
    expect(runs.length).toBeGreaterThan(1);
    expect(largest).toBeLessThan(TWO_MB);
    expect(runs.flatMap((run) => run.events).filter((type) => type === 'EVENT_TYPE_WORKFLOW_TASK_FAILED')).toEqual([]);
  }, 600_000);

  it(`keeps a handoff answering with ${CONTACTS} contacts, each still readable`, async () => {
    const created = await handOver(app, team.sales, dealBody());
    expect(created.status).toBe(201);
    const { id } = created.body;
    const notes = Array.from({ length: CONTACTS }, (_, n) => `attempt ${n} ${'y'.repeat(3980)}`);
    for (const note of notes) {
      const contact = await app.request('POST', `/v1/handoffs/${id}/contacts`, { key: team.supervisor, body: { kind: 'welcome', outcome: 'no_answer', note } });
      expect({ status: contact.status, problem: contact.status === 200 ? undefined : contact.body }).toEqual({ status: 200, problem: undefined });
    }
    const welcomed = await app.request('POST', `/v1/handoffs/${id}/contacts`, { key: team.supervisor, body: { kind: 'welcome', outcome: 'reached' } });
    expect(welcomed.body).toMatchObject({ status: 'following_up' });
    expect(welcomed.body.contacts.map((contact: { note: string | null }) => contact.note)).toEqual([...notes, null]);
    expect(await app.db.handoff.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'following_up', welcomedAt: expect.any(Date) });

    const runs = await runHistories(app, created.body.workflowId);
    const largest = Math.max(...runs.map((run) => run.bytes));
    console.log(`handoff with ${CONTACTS} contacts: ${runs.length} runs, largest history ${(largest / 1e6).toFixed(2)} MB`);
    expect(largest).toBeLessThan(TWO_MB);
  }, 600_000);
});
