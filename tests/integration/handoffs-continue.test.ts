import { randomUUID } from 'node:crypto';
import { workflowIds } from '../../src/domain/workflow-ids';
import { handoffWorkflow } from '../../workflows/handoff';
import { handoffStartUpdate, handoffStateQuery } from '../../workflows/handoff-messages';
import type { HandoffRequest } from '../../src/domain/messages/handoff';
import { CaseIdAttribute } from '../../workflows/search-attributes';
import { startTestApp, type TestApp } from '../support/harness';
import { handoffTeam, handoffWhen, useHandoffPolicy } from '../support/handoffs';
import { runHistories } from '../support/histories';
import { startWorkflowDirectly } from '../support/start-workflow';
import { eventually } from '../support/wait';

// A handoff runs for months; its history is kept short by continuing as new. The API never sets the
// threshold, so this test starts the workflow itself with a tiny one.
describe('a handoff that continues as new', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof handoffTeam>>;

  beforeAll(async () => {
    app = await startTestApp();
    team = await handoffTeam(app, ['Ada Agent']);
    await useHandoffPolicy(app, team.admin, { checkIns: ['PT1H'], commitmentReminderBefore: 'PT1H', surveyAt: 'PT1H', warningFraction: 0.5 });
  });
  afterAll(() => app.stop());

  it('keeps its commitments and open clocks, which still fire in the next run', async () => {
    const agent = [...team.agentKeys.values()][0] ?? '';
    const opened = await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'cust-long', subject: 'Handoff: deal long' } });
    const salesUser = await app.db.user.findFirstOrThrow({ where: { role: 'sales' } });
    const dealId = `deal-long-${Date.now()}`;
    const dueAt = new Date(Date.now() + 20_000).toISOString();
    const request: HandoffRequest = {
      handoffId: randomUUID(),
      dealId,
      caseId: opened.body.id,
      customer: { id: 'cust-long', name: 'Lena Long', email: 'lena@example.com', tier: 'standard' },
      products: [{ sku: 'PRESS-9', name: 'Press', qty: 1 }],
      commitments: [
        { description: 'Deliver spare parts', dueAt },
        { description: 'Quarterly review', dueAt: null },
      ],
      salesRep: 'Sam Sales',
      closedAt: new Date().toISOString(),
      handedOverBy: { id: salesUser.id, name: salesUser.name, role: 'sales' },
      maxHistoryEvents: 40,
    };
    const assigned = await startWorkflowDirectly(app, handoffWorkflow, handoffStartUpdate, {
      workflowId: workflowIds.handoff(dealId),
      args: [request],
      caseId: opened.body.id,
      customerId: 'cust-long',
      status: 'welcome_pending',
    });
    const handle = app.temporal.workflow.getHandle(workflowIds.handoff(dealId));

    const continued = await eventually(async () => {
      const state = await handle.query(handoffStateQuery);
      return state.continuedRuns >= 1 ? state : undefined;
    });
    expect(Date.now()).toBeLessThan(Date.parse(dueAt));
    const description = await handle.describe();
    const firstRunId = (await handle.fetchHistory()).events?.[0]?.workflowExecutionStartedEventAttributes?.firstExecutionRunId;
    expect(description.runId).not.toBe(firstRunId);
    expect(description.typedSearchAttributes.get(CaseIdAttribute)).toBe(opened.body.id);
    expect(continued.commitments).toEqual(assigned.commitments);
    const clocks = (state: { openClocks: Array<{ step: string; sequence: number; startedAt: string; dueAt: string }> }) =>
      state.openClocks.map(({ step, sequence, startedAt, dueAt: due }) => ({ step, sequence, startedAt, dueAt: due }));
    expect(clocks(continued)).toEqual(clocks(assigned));
    expect(continued.openClocks[1]).toMatchObject({ step: 'commitment', dueAt, breachedAt: null });

    const overdue = await handoffWhen(app, agent, request.handoffId, (handoff) => handoff.commitments[0].escalationId !== null, 45_000);
    expect(overdue.commitments.map((commitment: { status: string }) => commitment.status)).toEqual(['overdue', 'open']);
    const escalation = await eventually(async () => {
      const read = await app.request('GET', `/v1/escalations/${overdue.commitments[0].escalationId}`, { key: agent });
      return read.status === 200 ? read.body : undefined;
    });
    expect(escalation).toMatchObject({ category: 'handoff.commitment_overdue', caseId: opened.body.id });
    const carriedClock = overdue.openClocks.find((clock: { step: string }) => clock.step === 'commitment');
    expect(carriedClock).toMatchObject({ startedAt: assigned.openClocks[1]?.startedAt, warnedAt: expect.any(String), breachedAt: expect.any(String) });

    const welcomed = await app.request('POST', `/v1/handoffs/${request.handoffId}/contacts`, { key: agent, body: { kind: 'welcome', outcome: 'reached' } });
    expect({ status: welcomed.status, problem: welcomed.status === 200 ? undefined : welcomed.body }).toEqual({ status: 200, problem: undefined });
    expect(welcomed.body.openClocks.map((clock: { step: string }) => clock.step)).toEqual(['commitment']);
    const fulfilled = await app.request('POST', `/v1/handoffs/${request.handoffId}/commitments/1/fulfil`, { key: agent, body: {} });
    expect(fulfilled.body).toMatchObject({ status: 'following_up', openClocks: [], commitments: [{ status: 'fulfilled' }, { status: 'open' }] });

    const steps = await app.db.stepRecord.findMany({ where: { workflowId: workflowIds.handoff(dealId) }, orderBy: { id: 'asc' } });
    expect(steps.map((step) => [step.step, step.startedAt.toISOString(), step.completedAt !== null])).toEqual([
      ['welcome', assigned.openClocks[0]?.startedAt, true],
      ['commitment', assigned.openClocks[1]?.startedAt, true],
    ]);
    expect(steps[1]).toMatchObject({ warnedAt: new Date(carriedClock.warnedAt), breachedAt: new Date(carriedClock.breachedAt) });
    expect(await app.db.notification.count({ where: { dedupeKey: { startsWith: `${workflowIds.handoff(dealId)}:handoff.commitment_due_soon` } } })).toBe(1);

    const later = await handle.query(handoffStateQuery);
    expect(later.continuedRuns).toBeGreaterThanOrEqual(2);
    const runs = await runHistories(app, workflowIds.handoff(dealId));
    expect(runs).toHaveLength(later.continuedRuns + 1);
    for (const { events } of runs) {
      expect(events.length).toBeLessThan(80);
      expect(events.filter((type) => type === 'EVENT_TYPE_WORKFLOW_TASK_FAILED')).toEqual([]);
    }
  });
});
