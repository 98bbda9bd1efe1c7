import { openCase, person } from '../support/cases';
import { startTestApp, type TestApp } from '../support/harness';
import { adminPair, savePolicy } from '../support/policies';
import { eventually } from '../support/wait';

// Callback clocks of seconds on a 24x7 calendar: this file's own database holds these policies.
describe('callbacks that are kept', () => {
  let app: TestApp;
  let ada: { key: string; id: string };

  const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
  const promise = (caseId: string, body: object) => app.request('POST', `/v1/cases/${caseId}/callbacks`, { key: ada.key, body });
  const done = (caseId: string, n: number, body: object) => app.request('POST', `/v1/cases/${caseId}/callbacks/${n}/done`, { key: ada.key, body });

  beforeAll(async () => {
    app = await startTestApp();
    ada = await person(app, 'agent', 'Ada Agent');
    await person(app, 'supervisor', 'Sue Supervisor');
    const admins = await adminPair(app);
    expect((await savePolicy(app, admins, 'calendar', { kind: '24x7' })).status).toBe(201);
    expect((await savePolicy(app, admins, 'cases', { callbackReminderBefore: 'PT2S', firstContactResolutionWindow: 'P1D' })).status).toBe(201);
  });
  afterAll(() => app.stop());

  it('reminds the owner before a callback is due and, missed, tells a supervisor; only reaching the customer ends it', async () => {
    const theCase = await openCase(app, ada.key, { customerId: 'cust-callback' });
    const promised = await promise(theCase.id, { dueAt: inSeconds(4), note: 'Call about the refund' });
    expect(promised.status).toBe(201);
    expect(promised.body.callbacks).toEqual([
      expect.objectContaining({ number: 1, status: 'open', note: 'Call about the refund', owner: { id: ada.id, name: 'Ada Agent' }, remindedAt: null, missedAt: null }),
    ]);
    expect(promised.body.callbacks[0].dueInSeconds).toBeGreaterThan(0);
    expect(promised.body.callbacks[0].dueInSeconds).toBeLessThanOrEqual(4);

    const missed = await eventually(async () => {
      const read = await app.request('GET', `/v1/cases/${theCase.id}`, { key: ada.key });
      return read.body.callbacks[0].missedAt ? read.body : undefined;
    });
    expect(missed.callbacks[0]).toMatchObject({ status: 'open', remindedAt: expect.any(String) });
    expect(missed.callbacks[0].dueInSeconds).toBeLessThanOrEqual(0);
    expect(Date.parse(missed.callbacks[0].missedAt)).toBeGreaterThanOrEqual(Date.parse(missed.callbacks[0].dueAt));
    const notices = await eventually(async () => {
      const found = await app.db.notification.findMany({ where: { dedupeKey: { startsWith: theCase.workflowId } }, orderBy: { id: 'asc' } });
      // The outbox sends them shortly after they are queued.
      return found.length === 3 && found.every((notice) => notice.status !== 'pending') ? found : undefined;
    });
    expect(notices.map((notice) => [notice.template, notice.recipient, notice.status])).toEqual([
      ['case.callback_due_soon', `user:${ada.id}`, 'sent'],
      ['case.callback_missed', `user:${ada.id}`, 'sent'],
      ['case.callback_missed', 'role:supervisor', 'sent'],
    ]);

    const noAnswer = await done(theCase.id, 1, { outcome: 'no_answer' });
    expect(noAnswer.body.callbacks[0]).toMatchObject({ status: 'open', endedAt: null });
    const reached = await done(theCase.id, 1, { outcome: 'reached', note: 'Refund explained' });
    expect(reached.body.callbacks[0]).toMatchObject({ status: 'kept', endedAt: expect.any(String), dueInSeconds: null });
    expect(reached.body.timeline.map((event: { type: string }) => event.type)).toEqual([
      'case.opened',
      'case.callback_promised',
      'case.callback_missed',
      'case.callback_attempted',
      'case.callback_kept',
    ]);
    const twice = await done(theCase.id, 1, { outcome: 'reached' });
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toBe('callback 1 is already kept');

    const step = await app.db.stepRecord.findFirstOrThrow({ where: { caseId: theCase.id, step: 'callback' } });
    expect(step).toMatchObject({ process: 'case', ownerRole: 'agent' });
    expect(step.warnedAt).not.toBeNull();
    expect(step.breachedAt).not.toBeNull();
    expect(step.completedAt?.toISOString()).toBe(reached.body.callbacks[0].endedAt);
  });

  it('ends an open promise with a new one, keeps one on time, and cancels what is open when the case closes', async () => {
    const theCase = await openCase(app, ada.key, { customerId: 'cust-promises' });
    await promise(theCase.id, { dueAt: inSeconds(600), note: 'First promise' });
    const second = await promise(theCase.id, { dueAt: inSeconds(900), note: 'Later, she asked' });
    expect(second.body.callbacks.map((callback: { status: string }) => callback.status)).toEqual(['replaced', 'open']);
    const kept = await done(theCase.id, 2, { outcome: 'reached' });
    expect(kept.body.callbacks[1]).toMatchObject({ status: 'kept', missedAt: null, remindedAt: null });

    await promise(theCase.id, { dueAt: inSeconds(900), note: 'Check the delivery' });
    const closed = await app.request('POST', `/v1/cases/${theCase.id}/close`, { key: ada.key, body: {} });
    expect(closed.body.callbacks.map((callback: { status: string }) => callback.status)).toEqual(['replaced', 'kept', 'cancelled']);
    await app.temporal.workflow.getHandle(theCase.workflowId).result();
    expect(await app.db.stepRecord.count({ where: { caseId: theCase.id, step: 'callback', completedAt: null } })).toBe(0);
    expect((await promise(theCase.id, { dueAt: inSeconds(60), note: 'Too late' })).status).toBe(409);
  });

  it('refuses a callback in the past or on an unknown number, naming the field, and writes nothing', async () => {
    const theCase = await openCase(app, ada.key, { customerId: 'cust-bad-callback' });
    const past = await promise(theCase.id, { dueAt: inSeconds(-60), note: 'Yesterday' });
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([{ in: 'body', field: 'dueAt', message: 'must be in the future' }]);
    const farAway = await promise(theCase.id, { dueAt: inSeconds(400 * 86_400), note: 'Next year' });
    expect(farAway.body.errors).toEqual([{ in: 'body', field: 'dueAt', message: 'must be at most P366D ahead' }]);
    const noNote = await promise(theCase.id, { dueAt: inSeconds(60) });
    expect(noNote.body.errors).toEqual([expect.objectContaining({ field: 'note' })]);
    const badOutcome = await done(theCase.id, 1, { outcome: 'maybe' });
    expect(badOutcome.body.errors).toEqual([expect.objectContaining({ field: 'outcome' })]);
    expect((await done(theCase.id, 1, { outcome: 'reached' })).status).toBe(404);
    expect(await app.db.callback.count({ where: { caseId: theCase.id } })).toBe(0);
    expect(await app.db.timelineEvent.count({ where: { caseId: theCase.id } })).toBe(1);
  });
});
