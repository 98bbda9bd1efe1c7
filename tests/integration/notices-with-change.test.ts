import { randomUUID } from 'node:crypto';
import { createCaseOwnershipActivities } from '../../activities/case-ownership';
import { createReadModelActivities } from '../../activities/read-model';
import type { Actor } from '../../src/domain/actor';
import type { ProcessChange } from '../../src/domain/read-model';
import { workflowIds } from '../../src/domain/workflow-ids';
import { euros, requestCredit } from '../support/credits';
import { startTestApp, type TestApp } from '../support/harness';
import { handoffTeam } from '../support/handoffs';
import { createOrder } from '../support/returns';

// A change and the messages it calls for are written in one transaction: the escalation's queue
// hears of it with the change that raised or moved it, a credit's requester and customer and a
// return's customer with the change that tells them something, in no activity of their own; and
// a change PostgreSQL refuses leaves no message behind.
describe('messages written with their change', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof handoffTeam>>;
  let agent: string;
  let agentId: string;
  let caseId: string;

  /** The messages a workflow queued: template, recipient and dedupe key, in the order they were written. */
  const noticesOf = async (workflowId: string) =>
    (await app.db.notification.findMany({ where: { dedupeKey: { startsWith: `${workflowId}:` } }, orderBy: { id: 'asc' } })).map((notice) => [
      notice.template,
      notice.recipient,
      notice.dedupeKey,
    ]);
  const eventsOf = async (workflowId: string) =>
    (await app.db.timelineEvent.findMany({ where: { workflowId }, orderBy: { revision: 'asc' } })).map((event) => [event.type, event.revision]);
  /** The activities a workflow scheduled, once it has finished. */
  const activitiesOf = async (workflowId: string) => {
    const handle = app.temporal.workflow.getHandle(workflowId);
    await handle.result();
    const history = await handle.fetchHistory();
    return (history.events ?? []).flatMap((event) => event.activityTaskScheduledEventAttributes?.activityType?.name ?? []);
  };

  beforeAll(async () => {
    app = await startTestApp();
    team = await handoffTeam(app, ['Ada Agent']);
    [[agentId, agent]] = [...team.agentKeys.entries()] as [[string, string]];
    caseId = (await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'cust-notice', subject: 'Router drops' } })).body.id;
  });
  afterAll(() => app.stop());

  it("queues the tier's message with the change that raised or moved the escalation, in no notify activity", async () => {
    const raised = await app.request('POST', '/v1/escalations', { key: agent, body: { caseId, severity: 'P3', category: 'network', reason: 'Drops hourly' } });
    const { id, workflowId } = raised.body;
    const escalated = await app.request('POST', `/v1/escalations/${id}/escalate`, { key: agent, body: { reason: 'Needs a specialist' } });
    expect(escalated.body.tier).toBe('L2');

    expect(await noticesOf(workflowId)).toEqual([
      ['escalation.queued', 'queue:escalations-L1', `${workflowId}:escalation.queued:L1:1`],
      ['escalation.escalated', 'queue:escalations-L2', `${workflowId}:escalation.escalated:L2:2`],
    ]);
    expect(await eventsOf(workflowId)).toEqual([
      ['escalation.raised', 1],
      ['escalation.escalated', 2],
    ]);
    const history = await app.temporal.workflow.getHandle(workflowId).fetchHistory();
    const activities = (history.events ?? []).flatMap((event) => event.activityTaskScheduledEventAttributes?.activityType?.name ?? []);
    expect(activities).toContain('recordProcessChange');
    expect(activities).not.toContain('notify');
  });

  it("queues a credit's messages with the change that posts or rejects it, in no notify activity", async () => {
    const posted = await requestCredit(app, agent, { customerId: 'cust-notice', caseId, amount: euros(4000), kind: 'goodwill' });
    expect(posted.body.status).toBe('posted');
    const postedId: string = posted.body.workflowId;
    expect(await activitiesOf(postedId)).not.toContain('notify');
    expect(await noticesOf(postedId)).toEqual([['credit.posted', 'customer:cust-notice', `${postedId}:credit.posted:customer:cust-notice`]]);
    expect(await eventsOf(postedId)).toEqual([
      ['credit.requested', 1],
      ['credit.approved_by_policy', 2],
      ['credit.posted', 3],
    ]);

    const queued = await requestCredit(app, agent, { customerId: 'cust-notice', caseId, amount: euros(20_000), kind: 'store_credit' });
    expect(queued.body.status).toBe('pending_approval');
    const rejected = await app.request('POST', `/v1/credits/${queued.body.id}/reject`, { key: team.supervisor, body: { reason: 'Already refunded' } });
    expect(rejected.body.status).toBe('rejected');
    const rejectedId: string = queued.body.workflowId;
    expect(await activitiesOf(rejectedId)).not.toContain('notify');
    expect(await noticesOf(rejectedId)).toEqual([['credit.rejected', `user:${agentId}`, `${rejectedId}:credit.rejected:user:${agentId}`]]);
    expect(await eventsOf(rejectedId)).toEqual([
      ['credit.requested', 1],
      ['credit.awaiting_approval', 2],
      ['credit.rejected', 3],
    ]);
  });

  it("queues a return's messages with the change that authorises or completes it, and its credit's with the posting", async () => {
    const [sales, warehouse] = [team.sales, await app.userKey('warehouse', 'Walt Warehouse')];
    await createOrder(app, sales, 'ORD-NOTICE-1', 'cust-notice', 2, [{ sku: 'KETTLE', category: 'kitchen', qty: 1, minor: 4000 }]);
    const started = await app.request('POST', '/v1/returns', {
      key: agent,
      body: { orderId: 'ORD-NOTICE-1', customerId: 'cust-notice', caseId, resolution: 'refund', lines: [{ sku: 'KETTLE', qty: 1, reason: 'defective', condition: 'opened' }] },
    });
    expect(started.body.status).toBe('awaiting_item');
    const { id, workflowId } = started.body;
    await app.request('POST', `/v1/returns/${id}/receipt`, { key: warehouse, body: { lines: [{ sku: 'KETTLE', qty: 1 }] } });
    await app.request('POST', `/v1/returns/${id}/inspection`, { key: warehouse, body: { lines: [{ sku: 'KETTLE', grade: 'opened' }] } });

    expect(await activitiesOf(workflowId)).not.toContain('notify');
    expect(await noticesOf(workflowId)).toEqual([
      ['return.authorised', 'customer:cust-notice', `${workflowId}:return.authorised`],
      ['return.completed', 'customer:cust-notice', `${workflowId}:return.completed`],
    ]);
    const done = await app.request('GET', `/v1/returns/${id}`, { key: agent });
    expect(done.body.status).toBe('completed');
    const creditWorkflowId = workflowIds.credit(done.body.creditId);
    expect(await activitiesOf(creditWorkflowId)).not.toContain('notify');
    expect(await noticesOf(creditWorkflowId)).toEqual([['credit.posted', 'customer:cust-notice', `${creditWorkflowId}:credit.posted:customer:cust-notice`]]);
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

  it("leaves no message of a credit's or a case's change PostgreSQL refuses", async () => {
    const { recordProcessChange } = createReadModelActivities({ db: app.db });
    const { recordCaseTransferred, recordCallbackEvent } = createCaseOwnershipActivities({ db: app.db });
    const missingCase = randomUUID();
    const creditId = randomUUID();
    const workflowId = workflowIds.credit(creditId);
    const requester: Actor = { id: agentId, name: 'Ada Agent', role: 'agent' };
    const at = new Date().toISOString();
    const notice = (template: string, key: string) => ({ dedupeKey: key, audience: 'staff' as const, recipient: `user:${agentId}`, template, payload: {} });

    // The credit's case does not exist: its row is refused, and its message with it.
    await expect(
      recordProcessChange({
        workflowId,
        revision: 1,
        caseId: missingCase,
        event: { type: 'credit.requested', actor: requester, detail: null, data: {}, at },
        row: {
          table: 'credits',
          id: creditId,
          fields: { status: 'posted', queueRole: null, dualControl: false, decidedAt: at, postedAt: at },
          insert: { customerId: 'cust-notice', kind: 'goodwill', amount: euros(1000), reason: 'By hand', requestedById: agentId, policyVersion: 1, sourceType: null, sourceId: null, requestedAt: at },
        },
        notices: [notice('credit.posted', `${workflowId}:credit.posted`)],
      }),
    ).rejects.toThrow();

    // A transfer and a missed callback on a case that does not exist: their events are refused, and their messages with them.
    const caseWorkflowId = workflowIds.case(missingCase);
    await expect(
      recordCaseTransferred({ caseId: missingCase, sequence: 1, from: requester, to: requester, by: requester, reason: 'By hand', at, revision: 2, notices: [notice('case.transferred', `${caseWorkflowId}:case.transferred`)] }),
    ).rejects.toThrow();
    await expect(
      recordCallbackEvent({
        caseId: missingCase,
        number: 1,
        eventKey: 'callback:1:missed',
        type: 'case.callback_missed',
        actor: null,
        data: {},
        at,
        notices: [notice('case.callback_missed', `${caseWorkflowId}:case.callback_missed`)],
      }),
    ).rejects.toThrow();

    expect(await app.db.notification.count({ where: { dedupeKey: { in: [`${workflowId}:credit.posted`, `${caseWorkflowId}:case.transferred`, `${caseWorkflowId}:case.callback_missed`] } } })).toBe(0);
    expect(await app.db.credit.count({ where: { id: creditId } })).toBe(0);
  });
});
