import { workflowIds } from '../../src/domain/workflow-ids';
import { startTestApp, type TestApp } from '../support/harness';
import { eachConcurrently } from '../support/concurrently';
import { dealBody, handOver, handoffTeam } from '../support/handoffs';
import { runHistories } from '../support/histories';

// The long-lived processes keep their notes and contacts in PostgreSQL and continue as new, so no
// run's history passes 2 MB however much is added to them, and they answer every action after it.
// Each answer carries the last 20 notes or contacts and their count, so it stays small; the rest
// are read page by page.
const NOTES = 1000;
const CONTACTS = 500;
const TWO_MB = 2 * 1024 * 1024;
/** The last 20 notes (or contacts) and history entries of 4,000 characters, and the rest of the answer. */
const SMALL_ANSWER = 256 * 1024;
const SHOWN = 20;
/** Requests in flight at once: the workflow takes each in turn, the API and database overlap them. */
const IN_FLIGHT = 4;

const ok = (response: { status: number; body: unknown }) => ({ status: response.status, problem: response.status === 200 ? undefined : response.body });
const answerSize = (response: { body: unknown }) => JSON.stringify(response.body).length;

describe('history size', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof handoffTeam>>;
  let agent: string;

  beforeAll(async () => {
    app = await startTestApp();
    team = await handoffTeam(app, ['Ada Agent']);
    agent = [...team.agentKeys.values()][0] ?? '';
  });
  afterAll(() => app.stop());

  /** Every item of a paged list, newest first, following its cursors to the end. */
  async function everyPage<Item>(path: string, key: string): Promise<Item[]> {
    const items: Item[] = [];
    for (let cursor: string | null = ''; cursor !== null; ) {
      const page: { status: number; body: { items: Item[]; nextCursor: string | null } } = await app.request('GET', `${path}?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { key });
      expect(page.status).toBe(200);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    return items;
  }

  /** Every run of the workflow, each under 2 MB as Temporal reports it, none with a failed task. */
  async function expectBoundedRuns(workflowId: string, what: string): Promise<void> {
    const runs = await runHistories(app, workflowId);
    const largest = Math.max(...runs.map((run) => run.reportedBytes));
    console.log(`${what}: ${runs.length} runs, largest history ${(largest / 1e6).toFixed(2)} MB`);
    expect(runs.length).toBeGreaterThan(1);
    expect(runs.filter((run) => run.reportedBytes === 0 || run.reportedBytes >= TWO_MB)).toEqual([]);
    expect(runs.flatMap((run) => run.events).filter((type) => type === 'EVENT_TYPE_WORKFLOW_TASK_FAILED')).toEqual([]);
  }

  it(`keeps an escalation answering every action after ${NOTES} notes of 4,000 characters, no run over 2 MB`, async () => {
    const opened = await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'cust-notes', subject: 'Printer jams every day' } });
    const raised = await app.request('POST', '/v1/escalations', { key: agent, body: { caseId: opened.body.id, severity: 'P3', category: 'printing', reason: 'Jams again' } });
    const { id } = raised.body;
    const act = (name: string, key: string, body: object = {}) => app.request('POST', `/v1/escalations/${id}/${name}`, { key, body });
    expect(ok(await act('acknowledge', agent))).toEqual({ status: 200, problem: undefined });

    const texts = Array.from({ length: NOTES }, (_, n) => `${String(n).padStart(4, '0')} ${'x'.repeat(3995)}`);
    let largestAnswer = 0;
    await eachConcurrently(texts, IN_FLIGHT, async (text) => {
      const noted = await act('notes', agent, { text });
      expect(ok(noted)).toEqual({ status: 200, problem: undefined });
      largestAnswer = Math.max(largestAnswer, answerSize(noted));
    });
    console.log(`escalation: largest answer to a note ${(largestAnswer / 1e3).toFixed(0)} KB`);
    expect(largestAnswer).toBeLessThan(SMALL_ANSWER);

    const read = await app.request('GET', `/v1/escalations/${id}`, { key: team.supervisor });
    expect(read.body).toMatchObject({ notesTotal: NOTES, historyTotal: NOTES + 2 });
    expect(read.body.notes).toHaveLength(SHOWN);
    expect(read.body.history).toHaveLength(SHOWN);
    const notes = await everyPage<{ text: string }>(`/v1/escalations/${id}/notes`, team.supervisor);
    expect(notes.map((note) => note.text).sort()).toEqual(texts);
    expect(notes.slice(0, SHOWN).reverse()).toEqual(read.body.notes);
    const forged = await app.request('GET', `/v1/escalations/${id}/notes?cursor=${Buffer.from('["2026-01-01T00:00:00.000Z","1; drop"]').toString('base64url')}`, { key: agent });
    expect(forged.status).toBe(400);
    expect(forged.body.errors).toEqual([expect.objectContaining({ in: 'query', field: 'cursor' })]);
    expect(read.body).toMatchObject({ status: 'acknowledged', assignee: { name: 'Ada Agent' }, resolveClock: { step: 'resolve', paused: false } });
    expect((await act('wait-on-customer', agent)).body.status).toBe('waiting_on_customer');
    expect((await act('customer-replied', agent)).body.status).toBe('acknowledged');
    expect((await act('escalate', agent, { reason: 'Needs a specialist' })).body.tier).toBe('L2');
    expect((await act('acknowledge', team.supervisor)).body).toMatchObject({ status: 'acknowledged', assignee: { name: 'Sue Supervisor' } });
    expect((await act('resolve', team.supervisor, { resolutionCode: 'fixed' })).body.status).toBe('resolved');
    const confirmed = await act('confirm', agent);
    expect(confirmed.body).toMatchObject({ status: 'closed', notesTotal: NOTES });
    expect(confirmed.body.notes).toHaveLength(SHOWN);
    expect(answerSize(confirmed)).toBeLessThan(SMALL_ANSWER);
    await app.temporal.workflow.getHandle(workflowIds.escalation(id)).result();

    await expectBoundedRuns(workflowIds.escalation(id), `escalation with ${NOTES} notes`);
  }, 900_000);

  it(`keeps a handoff answering every action after ${CONTACTS} contacts, no run over 2 MB`, async () => {
    const created = await handOver(app, team.sales, dealBody({ commitments: [{ description: 'Install on site' }, { description: 'Train the staff' }] }));
    expect(created.status).toBe(201);
    const { id, workflowId } = created.body;
    const notes = Array.from({ length: CONTACTS }, (_, n) => `attempt ${String(n).padStart(3, '0')} ${'y'.repeat(3985)}`);
    let largestAnswer = 0;
    await eachConcurrently(notes, IN_FLIGHT, async (note) => {
      const contact = await app.request('POST', `/v1/handoffs/${id}/contacts`, { key: team.supervisor, body: { kind: 'welcome', outcome: 'no_answer', note } });
      expect(ok(contact)).toEqual({ status: 200, problem: undefined });
      largestAnswer = Math.max(largestAnswer, answerSize(contact));
    });
    console.log(`handoff: largest answer to a contact ${(largestAnswer / 1e3).toFixed(0)} KB`);
    expect(largestAnswer).toBeLessThan(SMALL_ANSWER);

    const welcomed = await app.request('POST', `/v1/handoffs/${id}/contacts`, { key: team.supervisor, body: { kind: 'welcome', outcome: 'reached' } });
    expect(welcomed.body).toMatchObject({ status: 'following_up', contactsTotal: CONTACTS + 1 });
    expect(welcomed.body.contacts).toHaveLength(SHOWN);
    const contacts = await everyPage<{ note: string | null }>(`/v1/handoffs/${id}/contacts`, team.supervisor);
    expect(contacts.map((contact) => contact.note).sort()).toEqual([...notes, null].sort());
    expect(contacts.slice(0, SHOWN).reverse()).toEqual(welcomed.body.contacts);
    const fulfilled = await app.request('POST', `/v1/handoffs/${id}/commitments/1/fulfil`, { key: team.supervisor, body: {} });
    expect(ok(fulfilled)).toEqual({ status: 200, problem: undefined });
    const waived = await app.request('POST', `/v1/handoffs/${id}/commitments/2/waive`, { key: team.supervisor, body: { reason: 'Customer trains them' } });
    expect(waived.body.commitments.map((commitment: { status: string }) => commitment.status)).toEqual(['fulfilled', 'waived']);
    expect(await app.db.handoff.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'following_up', welcomedAt: expect.any(Date), openCommitments: 0 });

    await expectBoundedRuns(workflowId, `handoff with ${CONTACTS} contacts`);
  }, 900_000);
});
