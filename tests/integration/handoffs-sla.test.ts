import { startTestApp, type TestApp } from '../support/harness';
import { dealBody, handOver, handoffTeam, handoffWhen, useHandoffPolicy } from '../support/handoffs';
import { eventually } from '../support/wait';

// The handoff's clocks with targets of seconds on a 24x7 calendar, in this file's own database.
describe('handoff SLAs and the closed loop of the survey', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof handoffTeam>>;

  beforeAll(async () => {
    app = await startTestApp();
    team = await handoffTeam(app);
    await useHandoffPolicy(app, team.admin, {
      welcomeContact: { standard: 'PT2S', priority: 'PT1H', strategic: 'PT1H' },
      checkIns: ['PT1H'],
      commitmentReminderBefore: 'PT2S',
      surveyAt: 'PT10S',
      surveyWindow: 'PT1H',
      warningFraction: 0.5,
    });
  });
  afterAll(() => app.stop());

  const act = (id: string, path: string, key: string, body: object = {}) => app.request('POST', `/v1/handoffs/${id}/${path}`, { key, body });
  const customer = (tier: string) => ({ id: `cust-${tier}`, name: 'Pia Customer', email: 'pia@example.com', tier });
  /** The escalation a handoff raised, once its own workflow has recorded it. */
  const escalationOf = (escalationId: string) =>
    eventually(async () => {
      const read = await app.request('GET', `/v1/escalations/${escalationId}`, { key: team.supervisor });
      return read.status === 200 ? read.body : undefined;
    });
  const notifications = (workflowId: string, count: number, template = 'handoff.') =>
    eventually(async () => {
      const found = await app.db.notification.findMany({
        where: { dedupeKey: { startsWith: `${workflowId}:` }, template: { startsWith: template } },
        orderBy: { id: 'asc' },
      });
      return found.length >= count ? found.map((n) => [n.template, n.recipient]) : undefined;
    });

  it('escalates a missed welcome contact and tells the supervisors', async () => {
    const created = await handOver(app, team.sales, dealBody({ customer: customer('standard'), commitments: [] }));
    const { id, workflowId, caseId } = created.body;
    const owner = `user:${created.body.owner.id}`;
    const missed = await handoffWhen(app, team.supervisor, id, (handoff) => handoff.escalations.length > 0);
    expect(missed).toMatchObject({ status: 'welcome_pending', escalations: [{ reason: 'welcome_missed', commitment: null }] });

    const escalation = await escalationOf(missed.escalations[0].escalationId);
    expect(escalation).toMatchObject({ caseId, customerId: 'cust-standard', severity: 'P4', category: 'handoff.welcome_missed', tier: 'L1', status: 'open' });
    const row = await app.db.escalation.findUniqueOrThrow({ where: { id: escalation.id } });
    expect(row).toMatchObject({ sourceType: 'handoff', sourceId: id, raisedById: null });
    expect(await notifications(workflowId, 1, 'handoff.assigned')).toEqual([['handoff.assigned', owner]]);
    expect(await notifications(workflowId, 2, 'handoff.welcome')).toEqual([
      ['handoff.welcome_due_soon', owner],
      ['handoff.welcome_overdue', 'role:supervisor'],
    ]);

    const late = await act(id, 'contacts', team.supervisor, { kind: 'welcome', outcome: 'reached' });
    expect(late.body).toMatchObject({ status: 'following_up', openClocks: [] });
    const step = await app.db.stepRecord.findFirstOrThrow({ where: { workflowId, step: 'welcome' } });
    expect(step.warnedAt).not.toBeNull();
    expect(step.breachedAt).not.toBeNull();
    expect(step.completedAt).not.toBeNull();
  });

  it('reminds the owner before a commitment is due and escalates it when overdue', async () => {
    const dueAt = new Date(Date.now() + 10_000).toISOString();
    const created = await handOver(
      app,
      team.sales,
      dealBody({ customer: customer('priority'), commitments: [{ description: 'Deliver spare parts', dueAt }, { description: 'Send a manual' }] }),
    );
    const { id, workflowId } = created.body;
    const owner = `user:${created.body.owner.id}`;
    expect(created.body.openClocks.map((clock: { step: string; sequence: number }) => [clock.step, clock.sequence])).toEqual([
      ['welcome', 1],
      ['commitment', 1],
    ]);
    expect(created.body.openClocks[1].dueAt).toBe(dueAt);

    const overdue = await handoffWhen(app, team.supervisor, id, (handoff) => handoff.commitments[0].escalationId !== null);
    expect(overdue.commitments).toMatchObject([{ status: 'overdue' }, { status: 'open', escalationId: null }]);
    const escalation = await escalationOf(overdue.commitments[0].escalationId);
    expect(escalation).toMatchObject({ severity: 'P3', category: 'handoff.commitment_overdue', status: 'open' });
    expect(escalation.reason).toContain('Deliver spare parts');
    expect(await notifications(workflowId, 3, 'handoff.commitment')).toEqual([
      ['handoff.commitment_due_soon', owner],
      ['handoff.commitment_overdue', owner],
      ['handoff.commitment_overdue', 'role:supervisor'],
    ]);

    const fulfilled = await act(id, 'commitments/1/fulfil', team.ownerKey(created.body), { note: 'Delivered late' });
    expect(fulfilled.body.commitments[0]).toMatchObject({ status: 'fulfilled', escalationId: escalation.id });
    const step = await app.db.stepRecord.findFirstOrThrow({ where: { workflowId, step: 'commitment' } });
    expect(step).toMatchObject({ dueAt: new Date(dueAt), warnedAt: expect.any(Date), breachedAt: expect.any(Date), completedAt: expect.any(Date) });
  });

  it("opens a recovery escalation for a detractor's answer and tells the owner", async () => {
    const created = await handOver(app, team.sales, dealBody({ customer: customer('priority'), commitments: [] }));
    const { id, workflowId } = created.body;
    const early = await act(id, 'survey-response', team.supervisor, { score: 3 });
    expect(early.status).toBe(409);
    expect(early.body.detail).toBe('the survey has not been sent yet');

    await handoffWhen(app, team.supervisor, id, (handoff) => handoff.survey.status === 'sent');
    const answered = await act(id, 'survey-response', team.supervisor, { score: 3, comment: 'Nobody called back' });
    expect(answered.body.survey).toMatchObject({ status: 'answered', category: 'detractor', followUp: 'recovery_escalation' });
    expect(answered.body.escalations).toEqual([expect.objectContaining({ reason: 'detractor', escalationId: answered.body.survey.escalationId })]);

    const escalation = await escalationOf(answered.body.survey.escalationId);
    expect(escalation).toMatchObject({ severity: 'P3', category: 'handoff.detractor', status: 'open', caseId: created.body.caseId });
    expect(escalation.reason).toContain('Nobody called back');
    const detractor = await notifications(workflowId, 3);
    expect(detractor).toContainEqual(['handoff.detractor', `user:${created.body.owner.id}`]);
    expect(await app.db.npsResponse.findUniqueOrThrow({ where: { handoffId: id } })).toMatchObject({ score: 3, category: 'detractor', tier: 'priority' });
  });

  it('records an unanswered survey as such, and tells the supervisors of an overdue check-in', async () => {
    await useHandoffPolicy(app, team.admin, { checkIns: ['PT1S'], checkInContact: 'PT1S', surveyAt: 'PT1S', surveyWindow: 'PT2S', warningFraction: 0.5 });
    const created = await handOver(app, team.sales, dealBody({ customer: customer('strategic'), commitments: [] }));
    const { id, workflowId } = created.body;
    await act(id, 'contacts', team.ownerKey(created.body), { kind: 'welcome', outcome: 'reached' });

    const unanswered = await handoffWhen(app, team.supervisor, id, (handoff) => handoff.survey.status === 'no_response');
    expect(unanswered.survey).toMatchObject({ score: null, followUp: null });
    expect((await act(id, 'survey-response', team.supervisor, { score: 9 })).status).toBe(409);
    const row = await eventually(async () => {
      const found = await app.db.handoff.findUniqueOrThrow({ where: { id } });
      return found.surveyStatus === 'no_response' ? found : undefined;
    });
    expect(row.status).toBe('following_up');
    const overdue = await eventually(() =>
      app.db.notification
        .findFirst({ where: { dedupeKey: { startsWith: `${workflowId}:` }, template: 'handoff.check_in_overdue', recipient: 'role:supervisor' } })
        .then((found) => found ?? undefined),
    );
    expect(overdue.payload).toMatchObject({ handoffId: id, owner: created.body.owner.name });

    await act(id, 'contacts', team.ownerKey(created.body), { kind: 'check_in', outcome: 'reached' });
    await handoffWhen(app, team.supervisor, id, (handoff) => handoff.status === 'completed');
  });
});
