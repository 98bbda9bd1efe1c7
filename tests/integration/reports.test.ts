import { randomUUID } from 'node:crypto';
import { DEFAULT_POLICIES } from '../../src/domain/policies';
import { startTestApp, type TestApp } from '../support/harness';
import '../support/percentiles';

// The ops reports over a small known data set written straight into the read model.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('ops reports', () => {
  let app: TestApp;
  let ops: string;
  const now = Date.now();
  const at = (offsetMs: number) => new Date(now + offsetMs);
  const iso = (offsetMs: number) => at(offsetMs).toISOString();

  interface StepSeed {
    process: string;
    step: string;
    startedAt: number;
    dueAt?: number;
    durationMs?: number;
    warnedAt?: number;
    breachedAt?: number;
  }

  function stepRecord(seed: StepSeed, index: number) {
    const workflowId = `${seed.process}-report-${index}`;
    return {
      stepKey: `${workflowId}:${seed.step}:1`,
      process: seed.process,
      workflowId,
      step: seed.step,
      ownerRole: 'agent',
      startedAt: at(seed.startedAt),
      dueAt: seed.dueAt === undefined ? null : at(seed.dueAt),
      completedAt: seed.durationMs === undefined ? null : at(seed.startedAt + seed.durationMs),
      durationMs: seed.durationMs === undefined ? null : BigInt(seed.durationMs),
      warnedAt: seed.warnedAt === undefined ? null : at(seed.warnedAt),
      breachedAt: seed.breachedAt === undefined ? null : at(seed.breachedAt),
    };
  }

  const approvalsDone = Array.from({ length: 10 }, (_, i) => {
    const startedAt = -2 * DAY + i * MINUTE;
    const durationMs = (i + 1) * SECOND;
    // Due after 8.5 s: the 9 s and 10 s approvals breached.
    return { process: 'credit', step: 'approval', startedAt, dueAt: startedAt + 8500, durationMs, ...(durationMs > 8500 ? { breachedAt: startedAt + 8500 } : {}) };
  });
  const approvalsOpen: StepSeed[] = [
    // Warns at 75% of 3 h, 15 min from now: not at risk yet.
    { process: 'credit', step: 'approval', startedAt: -2 * HOUR, dueAt: HOUR },
    // 75% of 5 h was 15 min ago: at risk.
    { process: 'credit', step: 'approval', startedAt: -4 * HOUR, dueAt: HOUR },
    // Warned by its workflow: at risk.
    { process: 'credit', step: 'approval', startedAt: -HOUR, dueAt: 10 * HOUR, warnedAt: -10 * MINUTE },
    // Past due, breach not recorded yet: breached now.
    { process: 'credit', step: 'approval', startedAt: -3 * HOUR, dueAt: -5 * MINUTE },
    // Breach recorded: breached, and breached now.
    { process: 'credit', step: 'approval', startedAt: -5 * HOUR, dueAt: -HOUR, warnedAt: -2 * HOUR, breachedAt: -HOUR },
  ];
  const caseWork: StepSeed[] = [
    ...[1, 2, 3, 4].map((seconds) => ({ process: 'case', step: 'work', startedAt: -DAY + seconds * MINUTE, durationMs: seconds * SECOND })),
    { process: 'case', step: 'work', startedAt: -40 * DAY, durationMs: 60 * SECOND },
    // Open for two months and breached: counts now, whatever the window.
    { process: 'case', step: 'work', startedAt: -60 * DAY, dueAt: -59 * DAY, breachedAt: -59 * DAY },
  ];
  // The only credit post: open and overdue since long before the window.
  const stuckPost: StepSeed = { process: 'credit', step: 'post', startedAt: -50 * DAY, dueAt: -49 * DAY };

  const escalation = (category: string, customerId: string, raisedAt: number) => {
    const id = randomUUID();
    return {
      id,
      workflowId: `escalation-${id}`,
      caseId: randomUUID(),
      customerId,
      severity: 'P3',
      category,
      reason: 'report test',
      tier: 'L1',
      status: 'open',
      raisedAt: at(raisedAt),
    };
  };

  beforeAll(async () => {
    app = await startTestApp();
    ops = await app.userKey('ops');
    await app.db.stepRecord.createMany({ data: [...approvalsDone, ...approvalsOpen, ...caseWork, stuckPost].map(stepRecord) });
    await app.db.escalation.createMany({
      data: [
        escalation('late_delivery', 'cust-1', -DAY),
        escalation('late_delivery', 'cust-1', -2 * DAY),
        escalation('late_delivery', 'cust-2', -3 * DAY),
        escalation('damaged_item', 'cust-5', -DAY),
        escalation('damaged_item', 'cust-5', -2 * DAY),
        escalation('billing_error', 'cust-3', -DAY),
        escalation('billing_error', 'cust-4', -HOUR),
        escalation('wrong_item', 'cust-6', -40 * DAY),
      ],
    });
  });
  afterAll(() => app.stop());

  const slaReport = (query = '', key = ops) => app.request('GET', `/v1/reports/sla${query}`, { key });
  const issuesReport = (query = '', key = ops) => app.request('GET', `/v1/reports/issues${query}`, { key });

  // Durations 1..10 s, percentile_cont: rank p × (n − 1), interpolated between its neighbours; the
  // report's within its stated error of those.
  const near = (exact: number) => expect.toBeWithinStatedErrorOf(exact);
  const creditApproval = {
    process: 'credit',
    step: 'approval',
    count: 15,
    completed: 10,
    p50Ms: near(5500), // rank 4.5: 5000 + 0.5 × 1000
    p90Ms: near(9100), // rank 8.1: 9000 + 0.1 × 1000
    p95Ms: near(9550), // rank 8.55: 9000 + 0.55 × 1000
    breached: 3,
    breachRate: 0.2,
    atRiskNow: 2,
    breachedNow: 2,
  };
  // Durations 1..4 s: ranks 1.5, 2.7 and 2.85.
  const caseWorkRow = {
    process: 'case',
    step: 'work',
    count: 4,
    completed: 4,
    p50Ms: near(2500),
    p90Ms: near(3700),
    p95Ms: near(3850),
    breached: 0,
    breachRate: 0,
    atRiskNow: 0,
    breachedNow: 1,
  };
  const creditPost = {
    process: 'credit',
    step: 'post',
    count: 0,
    completed: 0,
    p50Ms: null,
    p90Ms: null,
    p95Ms: null,
    breached: 0,
    breachRate: 0,
    atRiskNow: 0,
    breachedNow: 1,
  };

  it('reports the last 30 days by default, per process and step, with the work open now', async () => {
    const report = await slaReport();
    expect(report.status).toBe(200);
    expect(Date.parse(report.body.to) - Date.parse(report.body.from)).toBe(30 * DAY);
    expect(Math.abs(Date.parse(report.body.to) - Date.now())).toBeLessThan(MINUTE);
    expect(report.body.rows).toEqual([caseWorkRow, creditApproval, creditPost]);
  });

  it('filters by process and step', async () => {
    expect((await slaReport('?process=credit')).body.rows).toEqual([creditApproval, creditPost]);
    expect((await slaReport('?process=credit&step=approval')).body.rows).toEqual([creditApproval]);
    expect((await slaReport('?step=work')).body.rows).toEqual([caseWorkRow]);
    expect((await slaReport('?process=case&step=approval')).body.rows).toEqual([]);
  });

  it('times only the steps started in from..to, and counts the open work whatever its start', async () => {
    const from = iso(-45 * DAY);
    const to = iso(-35 * DAY);
    const report = await slaReport(`?from=${from}&to=${to}`);
    expect(report.body).toEqual({
      from,
      to,
      rows: [
        { ...caseWorkRow, count: 1, completed: 1, p50Ms: near(60_000), p90Ms: near(60_000), p95Ms: near(60_000) },
        { ...creditApproval, count: 0, completed: 0, p50Ms: null, p90Ms: null, p95Ms: null, breached: 0, breachRate: 0 },
        creditPost,
      ],
    });
    const lastDay = await slaReport(`?from=${iso(-DAY)}`);
    expect(lastDay.body.rows[0]).toMatchObject({ process: 'case', step: 'work', count: 4 });
    expect(lastDay.body.rows[1]).toMatchObject({ process: 'credit', step: 'approval', count: 5, completed: 0, p50Ms: null, breached: 1 });
  });

  it('is for ops and admin only', async () => {
    expect((await slaReport('', await app.userKey('agent'))).status).toBe(403);
    expect((await issuesReport('', await app.userKey('supervisor'))).status).toBe(403);
    expect((await slaReport('', await app.userKey('admin'))).status).toBe(200);
  });

  it('refuses bad query input with a 400 naming the field', async () => {
    const fieldOf = async (query: string) => {
      const response = await slaReport(query);
      expect(response.status).toBe(400);
      return response.body.errors.map((error: { in: string; field: string }) => `${error.in} ${error.field}`);
    };
    expect(await fieldOf('?from=yesterday')).toEqual(['query from']);
    expect(await fieldOf(`?from=${iso(-DAY)}&to=${iso(-2 * DAY)}`)).toEqual(['query from']);
    expect(await fieldOf(`?from=${iso(DAY)}`)).toEqual(['query from']);
    expect(await fieldOf('?to=2026-13-01T00:00:00Z')).toEqual(['query to']);
    expect(await fieldOf('?process=warranty')).toEqual(['query process']);
    const issues = await issuesReport(`?from=${iso(-DAY)}&to=${iso(-2 * DAY)}`);
    expect(issues.status).toBe(400);
    expect(issues.body.errors).toEqual([expect.objectContaining({ in: 'query', field: 'from' })]);
  });

  it('counts escalations by category, most frequent first, with distinct customers', async () => {
    const report = await issuesReport();
    expect(report.status).toBe(200);
    expect(report.body.categories).toEqual([
      { category: 'late_delivery', escalations: 3, customers: 2 },
      { category: 'billing_error', escalations: 2, customers: 2 },
      { category: 'damaged_item', escalations: 2, customers: 1 },
    ]);
    const twoMonths = await issuesReport(`?from=${iso(-60 * DAY)}`);
    expect(twoMonths.body.categories.at(-1)).toEqual({ category: 'wrong_item', escalations: 1, customers: 1 });
    expect((await issuesReport(`?from=${iso(-45 * DAY)}&to=${iso(-35 * DAY)}`)).body.categories).toEqual([
      { category: 'wrong_item', escalations: 1, customers: 1 },
    ]);
  });

  it('lists the work at risk and breached now, the earliest due first, whenever it started', async () => {
    const openWork = (query = '', key = ops) => app.request('GET', `/v1/reports/open-work${query}`, { key });
    const item = (seed: StepSeed, state: 'at_risk' | 'breached') =>
      expect.objectContaining({
        process: seed.process,
        step: seed.step,
        workflowId: expect.stringMatching(new RegExp(`^${seed.process}-report-`)),
        caseId: null,
        ownerRole: 'agent',
        assignee: null,
        startedAt: iso(seed.startedAt),
        dueAt: iso(seed.dueAt ?? 0),
        state,
      });
    const [notYet, atRiskByFraction, warned, pastDue, breachRecorded] = approvalsOpen as [StepSeed, StepSeed, StepSeed, StepSeed, StepSeed];
    const breachedCase = caseWork.at(-1) as StepSeed;
    const all = await openWork();
    expect(all.status).toBe(200);
    expect(all.body.items).toEqual([
      item(breachedCase, 'breached'),
      item(stuckPost, 'breached'),
      item(breachRecorded, 'breached'),
      item(pastDue, 'breached'),
      item(atRiskByFraction, 'at_risk'),
      item(warned, 'at_risk'),
    ]);
    expect(all.body.items).not.toContainEqual(item(notYet, 'at_risk'));
    expect((await openWork('?state=at_risk')).body.items).toEqual([item(atRiskByFraction, 'at_risk'), item(warned, 'at_risk')]);
    expect((await openWork('?process=credit&state=breached&limit=2')).body.items).toEqual([item(stuckPost, 'breached'), item(breachRecorded, 'breached')]);
    expect((await openWork('', await app.userKey('agent'))).status).toBe(403);
    const bad = await openWork('?state=late');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ in: 'query', field: 'state' })]);
  });

  it("warns at the fraction of the process's current policy", async () => {
    const admin = await app.userKey('admin');
    const policy = await app.request('PUT', '/v1/policies/credits', {
      key: admin,
      body: { ...DEFAULT_POLICIES.credits, warningFraction: 0.5 },
    });
    expect(policy.status).toBe(201);
    // Half of 3 h was 30 min ago: the first open approval is now at risk too.
    const report = await slaReport('?process=credit&step=approval');
    expect(report.body.rows).toEqual([{ ...creditApproval, atRiskNow: 3 }]);
  });
});
