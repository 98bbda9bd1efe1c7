import pg from 'pg';
import { openCase, person } from '../support/cases';
import { euros, requestCredit } from '../support/credits';
import { startTestApp, type TestApp } from '../support/harness';
import { adminPair, savePolicy } from '../support/policies';
import { eventually } from '../support/wait';

/** The parameters of one call of `pg.Client#query`: `(text, values)` or `({ text, values })`. */
function parametersOf(call: unknown[]): unknown[] {
  const [first, second] = call;
  if (Array.isArray(second)) return second;
  if (typeof first === 'object' && first !== null && 'values' in first && Array.isArray(first.values)) return first.values;
  return [];
}

/** The text of one call of `pg.Client#query`. */
function textOf(call: unknown[]): string {
  const [first] = call;
  if (typeof first === 'string') return first;
  if (typeof first === 'object' && first !== null && 'text' in first && typeof first.text === 'string') return first.text;
  return '';
}

/** The statements sent while `during` runs, by every pg client of this process (the API's and the worker's). */
async function statementsDuring<T>(during: () => Promise<T>): Promise<{ result: T; parameters: unknown[][]; texts: string[] }> {
  const query = jest.spyOn(pg.Client.prototype, 'query');
  try {
    const result = await during();
    return { result, parameters: query.mock.calls.map(parametersOf), texts: query.mock.calls.map(textOf) };
  } finally {
    query.mockRestore();
  }
}

describe('reading a case', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('reads its timeline, callbacks and processes in one query', async () => {
    const ada = await person(app, 'agent', 'Ada Agent');
    const sue = await person(app, 'supervisor', 'Sue Supervisor');
    // Any time of day is a working time for the callback's due time.
    expect((await savePolicy(app, await adminPair(app), 'calendar', { kind: '24x7' })).status).toBe(201);
    const theCase = await openCase(app, ada.key, { customerId: 'cust-view' });
    // A day ahead: its reminder, an hour before, does not run while the read is counted.
    const dueAt = new Date(Date.now() + 86_400_000).toISOString();
    expect((await app.request('POST', `/v1/cases/${theCase.id}/callbacks`, { key: ada.key, body: { dueAt, note: 'Call back' } })).status).toBe(201);
    const credit = await requestCredit(app, ada.key, { customerId: 'cust-view', caseId: theCase.id, amount: euros(4000), kind: 'goodwill' });
    expect(credit.body.status).toBe('posted');
    // The last of the worker's work on the case: its workflow tells the owner that the credit finished.
    await eventually(() =>
      app.db.notification.findFirst({ where: { template: 'case.process_finished', payload: { path: ['id'], equals: credit.body.id } } }).then((found) => found ?? undefined),
    );

    const { result: read, parameters } = await statementsDuring(() => app.request('GET', `/v1/cases/${theCase.id}`, { key: sue.key }));

    expect(read.status).toBe(200);
    expect(read.body.timeline.map((event: { type: string }) => event.type)).toEqual(
      expect.arrayContaining(['case.opened', 'case.callback_promised', 'credit.posted']),
    );
    expect(read.body.callbacks).toEqual([expect.objectContaining({ number: 1, status: 'open', dueAt, owner: { id: ada.id, name: 'Ada Agent' } })]);
    expect(read.body.processes).toEqual([
      expect.objectContaining({ process: 'credit', id: credit.body.id, status: 'posted', steps: expect.arrayContaining([expect.objectContaining({ name: 'post' })]) }),
    ]);
    // The statements that name the case: a supervisor reads every case, so the route's object check
    // reads only the case's row; the view is the other one.
    const namingTheCase = parameters.filter((values) => values.includes(theCase.id));
    expect(namingTheCase.length).toBeLessThanOrEqual(2);
  });

  it('answers a new case from its opening: what a read shows, without reading it back', async () => {
    const ada = await person(app, 'agent', 'Ada Opener');
    const body = { customerId: 'cust-opening', subject: 'Lid will not close', channel: 'chat', category: 'damaged_item' };

    const { result: opened, texts } = await statementsDuring(() => app.request('POST', '/v1/cases', { key: ada.key, body }));

    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ ...body, status: 'open', owner: { id: ada.id, name: 'Ada Opener' }, openedBy: { id: ada.id, role: 'agent' } });
    expect(texts.filter((text) => /^\s*SELECT/i.test(text) && text.includes('timeline_events'))).toEqual([]);
    // Byte for byte: the same fields in the same order (a parsed body keeps the order it was sent in).
    expect(JSON.stringify((await app.request('GET', `/v1/cases/${opened.body.id}`, { key: ada.key })).body)).toBe(JSON.stringify(opened.body));
  });
});
