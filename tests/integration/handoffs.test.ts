import { startTestApp, type TestApp } from '../support/harness';
import { dealBody, handOver, handoffTeam, handoffWhen, useHandoffPolicy } from '../support/handoffs';
import { forgetWorkflow } from '../support/retention';
import { eventually } from '../support/wait';

// The handoff over HTTP. Check-ins and the survey fall due after a second; contact SLAs are an hour.
describe('handoffs', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof handoffTeam>>;

  beforeAll(async () => {
    app = await startTestApp();
    team = await handoffTeam(app);
    await useHandoffPolicy(app, team.admin, {
      welcomeContact: { standard: 'PT1H', priority: 'PT1H', strategic: 'PT1H' },
      checkIns: ['PT1S'],
      checkInContact: 'PT1H',
      surveyAt: 'PT1S',
      surveyWindow: 'PT1H',
    });
  });
  afterAll(() => app.stop());

  const act = (id: string, path: string, key: string, body: object = {}) => app.request('POST', `/v1/handoffs/${id}/${path}`, { key, body });
  const read = (id: string) => app.request('GET', `/v1/handoffs/${id}`, { key: team.supervisor });
  const tiered = (tier: string) => dealBody({ customer: { id: `cust-${tier}`, name: 'Tia Tiered', email: 'tia@example.com', tier } });

  it('assigns owners by tier and open handoffs, spreading key accounts', async () => {
    const owners: string[] = [];
    const created: Array<{ id: string; owner: { id: string } }> = [];
    for (const tier of ['strategic', 'standard', 'standard', 'standard', 'strategic', 'standard']) {
      const handedOver = await handOver(app, team.sales, tiered(tier));
      expect(handedOver.status).toBe(201);
      owners.push(handedOver.body.owner.name);
      created.push(handedOver.body);
    }
    // The fifth: both own two, but Ada already has a strategic customer.
    expect(owners).toEqual(['Ada Agent', 'Bea Agent', 'Ada Agent', 'Bea Agent', 'Bea Agent', 'Ada Agent']);
    const loads = await app.db.handoff.groupBy({ by: ['ownerId'], _count: { _all: true } });
    expect(loads.map((load) => load._count._all)).toEqual([3, 3]);

    // Each owner's book, newest first, with when the next thing is due.
    const ada = created[0]?.owner.id ?? '';
    const book = await app.request('GET', '/v1/handoffs?owner=me&status=welcome_pending', { key: team.agentKeys.get(ada) ?? '' });
    expect(book.status).toBe(200);
    expect(book.body.items.map((item: { id: string }) => item.id)).toEqual(
      created.filter((handoff) => handoff.owner.id === ada).map((handoff) => handoff.id).reverse(),
    );
    expect(book.body.items[0]).toMatchObject({ ownerId: ada, status: 'welcome_pending', openCommitments: 1, nextDueAt: expect.any(String) });
    const strategic = await app.request('GET', '/v1/handoffs?customerId=cust-strategic', { key: team.supervisor });
    expect(strategic.body.items).toHaveLength(2);
    const bad = await app.request('GET', '/v1/handoffs?owner=someone', { key: team.supervisor });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ in: 'query', field: 'owner' })]);
  });

  it('answers the same deal twice with one handoff and one case, even at once', async () => {
    const body = dealBody();
    const first = await handOver(app, team.sales, body);
    const again = await handOver(app, team.sales, body);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toMatchObject({ id: first.body.id, caseId: first.body.caseId, owner: first.body.owner });
    expect(await app.db.case.count({ where: { subject: `Handoff: deal ${body.dealId}` } })).toBe(1);

    const racing = dealBody();
    const answers = await Promise.all([1, 2, 3].map(() => handOver(app, team.sales, racing)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    expect(await app.db.handoff.count({ where: { dealId: racing.dealId } })).toBe(1);
    const subject = `Handoff: deal ${racing.dealId}`;
    expect(await app.db.case.count({ where: { subject, status: { not: 'closed' } } })).toBe(1);

    const otherCustomer = await handOver(app, team.sales, { ...body, customer: { ...body.customer, id: 'someone-else' } });
    expect(otherCustomer.status).toBe(409);
  });

  it("follows a deal through welcome, check-in, commitments and a promoter's answer to completion", async () => {
    const created = await handOver(app, team.sales, dealBody({ commitments: [{ description: 'Install on site' }, { description: 'Train two staff' }] }));
    const id = created.body.id;
    expect(created.body).toMatchObject({ status: 'welcome_pending', nextCheckIn: { n: 1, status: 'scheduled' } });
    expect(created.body.openClocks).toEqual([expect.objectContaining({ step: 'welcome', sequence: 1, breachedAt: null })]);
    const owner = team.ownerKey(created.body);

    const attempt = await act(id, 'contacts', owner, { kind: 'welcome', outcome: 'no_answer' });
    expect(attempt.body).toMatchObject({ status: 'welcome_pending', welcomedAt: null, contacts: [{ outcome: 'no_answer' }] });
    const welcomed = await act(id, 'contacts', owner, { kind: 'welcome', outcome: 'reached', note: 'Intro call' });
    expect(welcomed.body).toMatchObject({ status: 'following_up', welcomedAt: expect.any(String) });

    const due = await handoffWhen(app, owner, id, (handoff) => handoff.nextCheckIn?.status === 'due');
    expect(due.openClocks).toEqual([expect.objectContaining({ step: 'check_in', sequence: 1 })]);
    const checkedIn = await act(id, 'contacts', owner, { kind: 'check_in', outcome: 'reached' });
    expect(checkedIn.body).toMatchObject({ nextCheckIn: null, checkIns: [{ n: 1, status: 'done' }], openClocks: [] });

    await act(id, 'commitments/1/fulfil', owner, { note: 'Installed' });
    const waived = await act(id, 'commitments/2/waive', team.supervisor, { reason: 'Customer trains in-house' });
    expect(waived.body.commitments).toMatchObject([
      { n: 1, status: 'fulfilled', note: 'Installed' },
      { n: 2, status: 'waived', note: 'Customer trains in-house', closedBy: { name: 'Sue Supervisor' } },
    ]);

    await handoffWhen(app, owner, id, (handoff) => handoff.survey?.status === 'sent');
    const answered = await act(id, 'survey-response', team.supervisor, { score: 10, comment: 'Great service' });
    expect(answered.body.survey).toMatchObject({ status: 'answered', score: 10, category: 'promoter', followUp: 'referral_request' });

    const completed = await handoffWhen(app, owner, id, (handoff) => handoff.status === 'completed');
    expect(completed.nextActions).toEqual([]);
    expect((await act(id, 'contacts', owner, { kind: 'check_in', outcome: 'reached' })).status).toBe(409);
    await forgetWorkflow(app, created.body.workflowId);
    const afterRetention = await read(id);
    expect(afterRetention.body).toMatchObject({ status: 'completed', owner: created.body.owner, survey: { score: 10, category: 'promoter' }, openClocks: [] });
    const row = await eventually(async () => {
      const found = await app.db.handoff.findUniqueOrThrow({ where: { id } });
      return found.status === 'completed' ? found : undefined;
    });
    expect(row).toMatchObject({ openCommitments: 0, surveyStatus: 'answered' });
    const steps = await app.db.stepRecord.findMany({ where: { workflowId: created.body.workflowId }, orderBy: { id: 'asc' } });
    expect(steps.map((step) => [step.step, step.completedAt !== null, step.breachedAt])).toEqual([
      ['welcome', true, null],
      ['check_in', true, null],
    ]);
    const timeline = await app.request('GET', `/v1/cases/${created.body.caseId}`, { key: owner });
    expect(timeline.body.timeline.map((event: { type: string }) => event.type)).toEqual(
      expect.arrayContaining(['handoff.assigned', 'handoff.welcome_contact', 'handoff.commitment_waived', 'handoff.completed']),
    );
    const referral = await eventually(() =>
      app.db.notification.findFirst({ where: { dedupeKey: { startsWith: created.body.workflowId }, template: 'handoff.referral_request' } }).then((found) => found ?? undefined),
    );
    expect(referral.recipient).toBe('nora@example.com');
  });

  it('refuses actions out of order with a 409 and changes nothing; an agent who does not work it gets a 404', async () => {
    const created = await handOver(app, team.sales, dealBody());
    const id = created.body.id;
    const owner = team.ownerKey(created.body);
    const [otherAgent] = [...team.agentKeys.values()].filter((key) => key !== owner);

    expect((await act(id, 'contacts', owner, { kind: 'check_in', outcome: 'reached' })).status).toBe(409);
    expect((await act(id, 'contacts', otherAgent ?? '', { kind: 'welcome', outcome: 'reached' })).status).toBe(404);
    expect((await act(id, 'commitments/1/waive', owner, { reason: 'No' })).status).toBe(403);
    expect((await act(id, 'commitments/2/fulfil', owner)).status).toBe(404);
    const unchanged = await read(id);
    expect(unchanged.body).toMatchObject({ status: 'welcome_pending', contacts: [], commitments: [{ status: 'open' }] });

    await act(id, 'contacts', owner, { kind: 'welcome', outcome: 'reached' });
    expect((await act(id, 'contacts', owner, { kind: 'welcome', outcome: 'reached' })).status).toBe(409);
    await act(id, 'commitments/1/fulfil', owner);
    const twice = await act(id, 'commitments/1/fulfil', team.supervisor);
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toBe('commitment 1 is already fulfilled');

    await handoffWhen(app, owner, id, (handoff) => handoff.survey?.status === 'sent');
    await act(id, 'survey-response', team.supervisor, { score: 8 });
    expect((await act(id, 'survey-response', team.supervisor, { score: 2 })).status).toBe(409);
    const after = await read(id);
    expect(after.body.survey).toMatchObject({ score: 8, category: 'passive', followUp: 'owner_follow_up' });
    expect(after.body.contacts).toHaveLength(1);
    expect(await app.db.npsResponse.count({ where: { handoffId: id } })).toBe(1);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const bad = await handOver(app, team.sales, {
      ...dealBody(),
      dealId: 'has spaces',
      customer: { id: 'c-1', name: 'N', email: 'not-an-email', tier: 'gold' },
      commitments: [{ description: 'x', dueAt: 'tomorrow' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'commitments.0.dueAt',
      'customer.email',
      'customer.tier',
      'dealId',
    ]);
    expect((await handOver(app, team.agentKeys.values().next().value ?? '', dealBody())).status).toBe(403);

    const created = await handOver(app, team.sales, dealBody());
    const id = created.body.id;
    const owner = team.ownerKey(created.body);
    const fields = async (path: string, body: object, key = owner) => (await act(id, path, key, body)).body.errors?.map((error: { field: string }) => error.field);
    expect(await fields('survey-response', { score: 11 })).toEqual(['score']);
    expect(await fields('survey-response', { score: 7.5 })).toEqual(['score']);
    expect(await fields('contacts', { kind: 'lunch', outcome: 'reached' })).toEqual(['kind']);
    expect(await fields('commitments/0/fulfil', {})).toEqual(['n']);
    expect(await fields('commitments/1/waive', {}, team.supervisor)).toEqual(['reason']);
    expect((await app.request('GET', '/v1/handoffs/not-a-uuid', { key: owner })).status).toBe(400);
    expect((await app.request('GET', '/v1/handoffs/00000000-0000-4000-8000-000000000000', { key: owner })).status).toBe(404);
    expect((await app.request('GET', '/v1/reports/nps?from=yesterday', { key: team.ops })).status).toBe(400);
  });

  it('reports the net promoter score of the answers given in a window', async () => {
    const from = new Date().toISOString();
    const answered: Array<[string, number]> = [
      ['standard', 10],
      ['standard', 9],
      ['strategic', 7],
      ['standard', 3],
    ];
    for (const [tier, score] of answered) {
      const created = await handOver(app, team.sales, tiered(tier));
      await handoffWhen(app, team.supervisor, created.body.id, (handoff) => handoff.survey?.status === 'sent');
      expect((await act(created.body.id, 'survey-response', team.supervisor, { score })).status).toBe(200);
    }
    const report = await app.request('GET', `/v1/reports/nps?from=${encodeURIComponent(from)}`, { key: team.ops });
    expect(report.body).toMatchObject({ responses: 4, promoters: 2, passives: 1, detractors: 1, nps: 25, tier: null });
    const standard = await app.request('GET', `/v1/reports/nps?from=${encodeURIComponent(from)}&tier=standard`, { key: team.ops });
    expect(standard.body).toMatchObject({ responses: 3, promoters: 2, detractors: 1, nps: 33 });
    const empty = await app.request('GET', `/v1/reports/nps?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z`, { key: team.ops });
    expect(empty.body).toMatchObject({ responses: 0, nps: null });
    expect((await app.request('GET', '/v1/reports/nps', { key: team.agentKeys.values().next().value ?? '' })).status).toBe(403);
  });
});
