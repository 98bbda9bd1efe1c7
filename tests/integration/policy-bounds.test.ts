import { DEFAULT_POLICIES, type PolicyName } from '../../src/domain/policies';
import { dealBody, handOver, handoffTeam, handoffWhen } from '../support/handoffs';
import { startTestApp, type TestApp } from '../support/harness';
import { inEffect, savePolicy, type Admins } from '../support/policies';
import { DOCUMENT_EDGES, VALUE_EDGES, withValue } from '../support/policy-edges';
import { createOrder } from '../support/returns';
import { eventually } from '../support/wait';

// Every policy field at the edges of its bounds and just past them, over HTTP; then every process
// started under the most extreme documents an admin can save, which must answer and keep running.

const MAX_AMOUNT = 100_000_000;
const YEAR_MS = 365.25 * 86_400_000;

describe('policy bounds', () => {
  let app: TestApp;
  let admins: Admins;
  let team: Awaited<ReturnType<typeof handoffTeam>>;
  let agent: string;
  let caseId: string;

  beforeAll(async () => {
    app = await startTestApp();
    team = await handoffTeam(app);
    admins = { admin: team.admin, secondAdmin: await app.userKey('admin', 'Second Admin') };
    agent = [...team.agentKeys.values()][0] ?? '';
    const opened = await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'cust-bounds', subject: 'Edge cases' } });
    caseId = opened.body.id;
  });
  afterAll(() => app.stop());

  const put = (name: PolicyName, document: unknown) => savePolicy(app, admins, name, document);
  const putAll = async (documents: Record<PolicyName, unknown>) => {
    for (const [name, document] of Object.entries(documents)) {
      const response = await put(name as PolicyName, document);
      expect([name, inEffect(response.status), response.body.errors]).toEqual([name, 'in effect', undefined]);
    }
  };
  /** Each field a 400 names, once (a value can break two rules of one field). */
  const refusedFields = (response: { body: { errors?: Array<{ field: string }> } }) =>
    response.body.errors && [...new Set(response.body.errors.map((error) => error.field))];

  /** Messages of failed workflow tasks in the workflow's history: a crash loop shows here. */
  const workflowTaskFailures = async (workflowId: string) => {
    const history = await app.temporal.workflow.getHandle(workflowId).fetchHistory();
    return (history.events ?? []).filter((event) => event.workflowTaskFailedEventAttributes).map((event) => event.workflowTaskFailedEventAttributes?.failure?.message);
  };
  const yearsAhead = (iso: string) => (Date.parse(iso) - Date.now()) / YEAR_MS;

  it('accepts every field at the edges of its bounds and refuses it just past them, naming the field', async () => {
    const outcomes = [];
    for (const edge of VALUE_EDGES) {
      const response = await put(edge.policy, withValue(DEFAULT_POLICIES[edge.policy], edge.field, edge.value));
      outcomes.push({ ...edge, status: inEffect(response.status), fields: refusedFields(response) });
    }
    const expected = VALUE_EDGES.map((edge) => ({ ...edge, status: edge.accepted ? 'in effect' : 400, fields: edge.accepted ? undefined : [edge.field] }));
    expect(outcomes).toEqual(expected);
  });

  it('bounds working weeks, holidays, time zones, categories and check-ins of whole documents', async () => {
    const outcomes = [];
    for (const edge of DOCUMENT_EDGES) {
      const response = await put(edge.policy, edge.document);
      outcomes.push({ title: edge.title, status: response.status, fields: refusedFields(response) });
    }
    const expected = DOCUMENT_EDGES.map((edge) => ({
      title: edge.title,
      status: edge.refusedField ? 400 : 201,
      fields: edge.refusedField ? [edge.refusedField] : undefined,
    }));
    expect(outcomes).toEqual(expected);
  });

  it('answers absurd durations with a problem document naming the field and keeps the current version', async () => {
    const before = await app.request('GET', '/v1/policies/credits', { key: agent });
    for (const duration of ['P99999W', 'P999999999D']) {
      const response = await put('credits', { ...DEFAULT_POLICIES.credits, goodwillWindow: duration, decision: { target: duration } });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.errors).toEqual([
        { in: 'body', field: 'goodwillWindow', message: 'must be from P1D to P366D' },
        { in: 'body', field: 'decision.target', message: 'must be from PT1S to P366D' },
      ]);
    }
    expect((await app.request('GET', '/v1/policies/credits', { key: agent })).body.version).toBe(before.body.version);
  });

  it('runs every process with the longest values the bounds allow, on the slowest calendar, without a failing workflow task', async () => {
    const nextMonday = new Date(Date.now() + 86_400_000 * (((8 - new Date().getUTCDay()) % 7) || 7));
    const holidays = Array.from({ length: 366 }, (_, n) => new Date(nextMonday.getTime() + n * 7 * 86_400_000).toISOString().slice(0, 10));
    const categories = Array.from({ length: 100 }, (_, n) => `category ${n}`);
    const longest = 'PT8784H';
    const severity = { ack: longest, resolve: longest, clock: 'business' };
    await putAll({
      calendar: { kind: 'business_hours', timeZone: 'Europe/London', workingDays: [1], opensAt: '09:00', closesAt: '17:00', holidays },
      credits: {
        currency: 'EUR',
        authorityLimits: { agent: 0, supervisor: MAX_AMOUNT, accounting: MAX_AMOUNT, accounting_manager: MAX_AMOUNT },
        dualControlThreshold: MAX_AMOUNT,
        goodwillCap: MAX_AMOUNT,
        goodwillWindow: 'P366D',
        decision: { target: longest },
        warningFraction: 0.999,
        expiresAfter: longest,
      },
      returns: {
        defaultWindow: 'P366D',
        categoryWindows: Object.fromEntries(categories.map((name) => [name, 'P366D'])),
        finalSaleCategories: categories.map((name) => `final ${name}`),
        restockingFeePercent: 100,
        reminderAfter: 'P366D',
        expiresAfter: 'P366D',
        inspection: { target: longest },
        warningFraction: 0.999,
      },
      escalations: { severities: { P1: severity, P2: severity, P3: severity, P4: severity }, warningFraction: 0.999, autoCloseAfter: 'P366D' },
      handoff: {
        welcomeContact: { standard: longest, priority: longest, strategic: longest },
        checkIns: Array.from({ length: 12 }, () => 'P366D'),
        checkInContact: longest,
        commitmentReminderBefore: 'P366D',
        surveyAt: 'P366D',
        surveyWindow: 'P366D',
        warningFraction: 0.999,
      },
      cases: { callbackReminderBefore: longest, firstContactResolutionWindow: longest },
    });

    const credit = await app.request('POST', '/v1/credits', {
      key: agent,
      body: { customerId: 'cust-bounds', amount: { minor: MAX_AMOUNT, currency: 'EUR' }, kind: 'goodwill', reason: 'Longest policy', caseId },
    });
    expect(credit.status).toBe(201);
    expect(credit.body).toMatchObject({ status: 'pending_approval', queueRole: 'supervisor', dualControl: false });
    // 1,098 working Mondays of 8 hours after 366 Mondays off: about 28 years.
    expect(yearsAhead(credit.body.currentStep.dueAt)).toBeGreaterThan(27);
    expect(yearsAhead(credit.body.currentStep.dueAt)).toBeLessThan(29);
    expect(credit.body.expiresAt).toBe(credit.body.currentStep.dueAt);

    await createOrder(app, team.sales, 'ORD-LONGEST', 'cust-bounds', 365.9, [{ sku: 'DESK', category: 'category 99', qty: 1, minor: 1000 }]);
    const started = await app.request('POST', '/v1/returns', {
      key: agent,
      body: { orderId: 'ORD-LONGEST', customerId: 'cust-bounds', resolution: 'refund', lines: [{ sku: 'DESK', qty: 1, reason: 'other', condition: 'opened' }] },
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'awaiting_item', ineligibleLines: [], currentStep: { name: 'await_item' } });
    expect(Date.parse(started.body.currentStep.dueAt) - Date.parse(started.body.currentStep.startedAt)).toBe(366 * 86_400_000);

    const escalation = await app.request('POST', '/v1/escalations', {
      key: agent,
      body: { caseId, severity: 'P1', category: 'edge', reason: 'Longest policy' },
    });
    expect(escalation.status).toBe(201);
    expect(yearsAhead(escalation.body.ackDueAt)).toBeGreaterThan(27);

    const handoff = await handOver(app, team.sales, dealBody({ commitments: [{ description: 'Install', dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString() }] }));
    expect(handoff.status).toBe(201);
    expect(handoff.body.checkIns).toHaveLength(12);
    expect(handoff.body.openClocks.map((clock: { step: string }) => clock.step)).toEqual(['welcome', 'commitment']);
    expect(yearsAhead(handoff.body.openClocks[0].dueAt)).toBeGreaterThan(27);

    for (const workflowId of [credit.body.workflowId, started.body.workflowId, escalation.body.workflowId, handoff.body.workflowId]) {
      expect([workflowId, await workflowTaskFailures(workflowId)]).toEqual([workflowId, []]);
    }
  });

  it('runs every process with the shortest values the bounds allow, timers firing, without a failing workflow task', async () => {
    const shortest = 'PT1S';
    const severity = { ack: shortest, resolve: shortest, clock: '24x7' };
    await putAll({
      calendar: { kind: '24x7' },
      credits: {
        currency: 'EUR',
        authorityLimits: { agent: 0, supervisor: 0, accounting: 0, accounting_manager: 0 },
        dualControlThreshold: 0,
        goodwillCap: 0,
        goodwillWindow: 'P1D',
        decision: { target: shortest },
        warningFraction: 0.001,
        expiresAfter: shortest,
      },
      returns: {
        defaultWindow: 'P1D',
        categoryWindows: {},
        finalSaleCategories: [],
        restockingFeePercent: 0,
        reminderAfter: shortest,
        expiresAfter: shortest,
        inspection: { target: shortest },
        warningFraction: 0.001,
      },
      escalations: { severities: { P1: severity, P2: severity, P3: severity, P4: severity }, warningFraction: 0.001, autoCloseAfter: shortest },
      handoff: {
        welcomeContact: { standard: shortest, priority: shortest, strategic: shortest },
        checkIns: [shortest],
        checkInContact: shortest,
        commitmentReminderBefore: shortest,
        surveyAt: shortest,
        surveyWindow: shortest,
        warningFraction: 0.001,
      },
      cases: { callbackReminderBefore: shortest, firstContactResolutionWindow: shortest },
    });

    const credit = await app.request('POST', '/v1/credits', {
      key: agent,
      body: { customerId: 'cust-bounds', amount: { minor: 1, currency: 'EUR' }, kind: 'goodwill', reason: 'Shortest policy', caseId },
    });
    expect(credit.status).toBe(201);
    expect(credit.body).toMatchObject({ status: 'pending_approval', dualControl: true });

    await createOrder(app, team.sales, 'ORD-SHORTEST', 'cust-bounds', 0.5, [{ sku: 'LAMP', category: 'home', qty: 1, minor: 1000 }]);
    const started = await app.request('POST', '/v1/returns', {
      key: agent,
      body: { orderId: 'ORD-SHORTEST', customerId: 'cust-bounds', resolution: 'refund', lines: [{ sku: 'LAMP', qty: 1, reason: 'other', condition: 'opened' }] },
    });
    expect(started.status).toBe(201);
    expect(started.body.ineligibleLines).toEqual([]);

    const escalation = await app.request('POST', '/v1/escalations', { key: agent, body: { caseId, severity: 'P1', category: 'edge', reason: 'Shortest policy' } });
    expect(escalation.status).toBe(201);

    const handoff = await handOver(app, team.sales, dealBody({ commitments: [] }));
    expect(handoff.status).toBe(201);

    const until = (path: string, check: (body: any) => boolean) =>
      eventually(async () => {
        const read = await app.request('GET', path, { key: agent });
        return check(read.body) ? read.body : undefined;
      }, 60_000);
    await until(`/v1/credits/${credit.body.id}`, (body) => body.status === 'expired');
    await until(`/v1/returns/${started.body.id}`, (body) => body.status === 'expired');
    await until(`/v1/escalations/${escalation.body.id}`, (body) => body.tier === 'manager');
    await handoffWhen(app, team.supervisor, handoff.body.id, (body) => body.escalations.some((entry: { reason: string }) => entry.reason === 'welcome_missed'));

    for (const workflowId of [credit.body.workflowId, started.body.workflowId, escalation.body.workflowId, handoff.body.workflowId]) {
      expect([workflowId, await workflowTaskFailures(workflowId)]).toEqual([workflowId, []]);
    }
  });
});
