import { randomUUID } from 'node:crypto';
import { createReadModelActivities } from '../../activities/read-model';
import type { ProcessChange } from '../../src/domain/read-model';
import { workflowIds } from '../../src/domain/workflow-ids';
import { startTestApp, type TestApp } from '../support/harness';
import { handoffTeam } from '../support/handoffs';

// A change and the messages it calls for are written in one transaction: the escalation's queue
// hears of it with the change that raised or moved it, in no activity of its own, and a change
// PostgreSQL refuses leaves no message behind.
describe('messages written with their change', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof handoffTeam>>;
  let agent: string;
  let caseId: string;

  beforeAll(async () => {
    app = await startTestApp();
    team = await handoffTeam(app, ['Ada Agent']);
    agent = [...team.agentKeys.values()][0] ?? '';
    caseId = (await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'cust-notice', subject: 'Router drops' } })).body.id;
  });
  afterAll(() => app.stop());

  it("queues the tier's message with the change that raised or moved the escalation, in no notify activity", async () => {
    const raised = await app.request('POST', '/v1/escalations', { key: agent, body: { caseId, severity: 'P3', category: 'network', reason: 'Drops hourly' } });
    const { id, workflowId } = raised.body;
    const escalated = await app.request('POST', `/v1/escalations/${id}/escalate`, { key: agent, body: { reason: 'Needs a specialist' } });
    expect(escalated.body.tier).toBe('L2');

    const notices = await app.db.notification.findMany({ where: { dedupeKey: { startsWith: workflowId } }, orderBy: { id: 'asc' } });
    const events = await app.db.timelineEvent.findMany({ where: { workflowId }, orderBy: { revision: 'asc' } });
    expect(notices.map((notice) => [notice.template, notice.recipient, notice.dedupeKey])).toEqual([
      ['escalation.queued', 'queue:escalations-L1', `${workflowId}:escalation.queued:L1:1`],
      ['escalation.escalated', 'queue:escalations-L2', `${workflowId}:escalation.escalated:L2:2`],
    ]);
    expect(events.map((event) => [event.type, event.revision])).toEqual([
      ['escalation.raised', 1],
      ['escalation.escalated', 2],
    ]);
    const history = await app.temporal.workflow.getHandle(workflowId).fetchHistory();
    const activities = (history.events ?? []).flatMap((event) => event.activityTaskScheduledEventAttributes?.activityType?.name ?? []);
    expect(activities).toContain('recordProcessChange');
    expect(activities).not.toContain('notify');
  });

  it('writes a retried change and its message once; a change PostgreSQL refuses leaves no message, a message it refuses no change', async () => {
    const { recordProcessChange } = createReadModelActivities({ db: app.db });
    const change = (escalationId: string, onCase: string): ProcessChange => {
      const workflowId = workflowIds.escalation(escalationId);
      return {
        workflowId,
        revision: 1,
        caseId: onCase,
        event: { type: 'escalation.raised', actor: null, detail: 'By hand', data: { tier: 'L1', status: 'open' }, at: new Date().toISOString() },
        row: {
          table: 'escalations',
          id: escalationId,
          fields: { tier: 'L1', status: 'open', assigneeId: null, resolutionCode: null, resolvedAt: null, closedAt: null },
          insert: { caseId: onCase, customerId: 'cust-notice', severity: 'P4', category: 'network', reason: 'By hand', raisedById: null, sourceType: null, sourceId: null, raisedAt: new Date().toISOString() },
        },
        notices: [{ dedupeKey: `${workflowId}:escalation.queued:L1:1`, audience: 'staff', recipient: 'queue:escalations-L1', template: 'escalation.queued', payload: { escalationId } }],
      };
    };

    const stored = change(randomUUID(), caseId);
    await recordProcessChange(stored);
    await recordProcessChange(stored);
    expect(await app.db.notification.count({ where: { dedupeKey: { startsWith: stored.workflowId } } })).toBe(1);

    // The escalation's case does not exist: PostgreSQL refuses the row, and the message goes with it.
    const refused = change(randomUUID(), randomUUID());
    await expect(recordProcessChange(refused)).rejects.toThrow();
    expect(await app.db.notification.count({ where: { dedupeKey: { startsWith: refused.workflowId } } })).toBe(0);
    expect(await app.db.escalation.count({ where: { id: refused.row.id } })).toBe(0);

    // A NUL character cannot be stored in a JSON column: the message is refused, and the change with it.
    const unsendable = change(randomUUID(), caseId);
    unsendable.notices = (unsendable.notices ?? []).map((notice) => ({ ...notice, payload: { reason: 'By\u0000hand' } }));
    await expect(recordProcessChange(unsendable)).rejects.toThrow();
    expect(await app.db.escalation.count({ where: { id: unsendable.row.id } })).toBe(0);
    expect(await app.db.timelineEvent.count({ where: { workflowId: unsendable.workflowId } })).toBe(0);
  });
});
