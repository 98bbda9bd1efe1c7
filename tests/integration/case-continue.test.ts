import { randomUUID } from 'node:crypto';
import { workflowIds } from '../../src/domain/workflow-ids';
import { caseWorkflow } from '../../workflows/case';
import { caseStartUpdate } from '../../workflows/case-messages';
import { person } from '../support/cases';
import { startTestApp, type TestApp } from '../support/harness';
import { runHistories } from '../support/histories';
import { adminPair, savePolicy } from '../support/policies';
import { startWorkflowDirectly } from '../support/start-workflow';
import { eventually } from '../support/wait';

// A case stays open as long as the customer's matter does: its history is kept short by continuing
// as new. The API never sets the threshold, so this test opens the case's workflow itself with a tiny one.
describe('a case that continues as new', () => {
  let app: TestApp;
  let ada: { key: string; id: string };
  let bea: { key: string; id: string };

  beforeAll(async () => {
    app = await startTestApp();
    ada = await person(app, 'agent', 'Ada Agent');
    bea = await person(app, 'agent', 'Bea Agent');
    await person(app, 'supervisor', 'Sue Supervisor');
    const admins = await adminPair(app);
    expect((await savePolicy(app, admins, 'calendar', { kind: '24x7' })).status).toBe(201);
    expect((await savePolicy(app, admins, 'cases', { callbackReminderBefore: 'PT3S', firstContactResolutionWindow: 'P1D' })).status).toBe(201);
  });
  afterAll(() => app.stop());

  it('carries its owner, its open callback and the callback clock, which still reminds and misses in a later run', async () => {
    const caseId = randomUUID();
    const workflowId = workflowIds.case(caseId);
    await startWorkflowDirectly(app, caseWorkflow, caseStartUpdate, {
      workflowId,
      args: [{ caseId, customerId: 'cust-long-case', subject: 'Heating fails every week', channel: 'phone', openedBy: { id: ada.id, name: 'Ada Agent', role: 'agent' }, maxHistoryEvents: 30 }],
      caseId,
      customerId: 'cust-long-case',
      status: 'open',
    });
    const post = (path: string, key: string, body: object) => app.request('POST', `/v1/cases/${caseId}/${path}`, { key, body });
    const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

    expect((await post('callbacks', ada.key, { dueAt: inSeconds(3600), note: 'First promise' })).status).toBe(201);
    for (let attempt = 1; attempt <= 6; attempt += 1) expect((await post('callbacks/1/done', ada.key, { outcome: 'no_answer' })).status).toBe(200);
    expect((await post('transfer', ada.key, { toUserId: bea.id, reason: 'Ada is on leave' })).status).toBe(200);
    const promised = await post('callbacks', bea.key, { dueAt: inSeconds(12), note: 'Second promise' });
    expect(promised.body.callbacks.map((callback: { status: string }) => callback.status)).toEqual(['replaced', 'open']);
    for (let attempt = 1; attempt <= 4; attempt += 1) expect((await post('callbacks/2/done', bea.key, { outcome: 'left_message' })).status).toBe(200);
    const continuedRuns = (await runHistories(app, workflowId)).length - 1;
    expect(continuedRuns).toBeGreaterThanOrEqual(2);

    const missed = await eventually(async () => {
      const read = await app.request('GET', `/v1/cases/${caseId}`, { key: bea.key });
      return read.body.callbacks[1]?.missedAt ? read.body : undefined;
    }, 45_000);
    expect(missed).toMatchObject({ status: 'open', owner: { id: bea.id }, transfers: 1 });
    expect(missed.callbacks[1]).toMatchObject({ status: 'open', owner: { id: bea.id }, remindedAt: expect.any(String) });
    const notices = await app.db.notification.findMany({ where: { dedupeKey: { startsWith: `${workflowId}:case.callback` } }, orderBy: { id: 'asc' } });
    expect(notices.map((notice) => [notice.template, notice.recipient])).toEqual([
      ['case.callback_due_soon', `user:${bea.id}`],
      ['case.callback_missed', `user:${bea.id}`],
      ['case.callback_missed', 'role:supervisor'],
    ]);

    const ended = await post('callbacks/1/done', bea.key, { outcome: 'reached' });
    expect({ status: ended.status, detail: ended.body.detail }).toEqual({ status: 409, detail: expect.stringContaining('callback 1') });
    const kept = await post('callbacks/2/done', bea.key, { outcome: 'reached', note: 'Fixed the thermostat' });
    expect(kept.body.callbacks.map((callback: { status: string }) => callback.status)).toEqual(['replaced', 'kept']);
    expect(kept.body.timeline.filter((event: { type: string }) => event.type === 'case.callback_attempted')).toHaveLength(10);
    const closed = await app.request('POST', `/v1/cases/${caseId}/close`, { key: bea.key, body: { resolution: 'Thermostat replaced' } });
    expect(closed.body).toMatchObject({ status: 'closed', resolution: 'Thermostat replaced' });
    expect(await app.temporal.workflow.getHandle(workflowId).result()).toMatchObject({ status: 'closed', owner: { id: bea.id } });

    const steps = await app.db.stepRecord.findMany({ where: { workflowId }, orderBy: { id: 'asc' } });
    expect(steps.map((step) => [step.step, step.completedAt !== null, step.warnedAt !== null, step.breachedAt !== null])).toEqual([
      ['work', true, false, false],
      ['callback', true, false, false],
      ['callback', true, true, true],
    ]);
    const runs = await runHistories(app, workflowId);
    for (const { events } of runs) {
      expect(events.length).toBeLessThan(80);
      expect(events.filter((type) => type === 'EVENT_TYPE_WORKFLOW_TASK_FAILED')).toEqual([]);
    }
  });
});
