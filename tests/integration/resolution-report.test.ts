import { openCase, person } from '../support/cases';
import { startTestApp, type TestApp } from '../support/harness';
import { adminPair, savePolicy } from '../support/policies';
import { eventually } from '../support/wait';

// A seeded set of cases worked through the API, described below; the expected figures are computed
// from that description, independently of the report's SQL. The first-contact window is 10 seconds.

type Who = 'ada' | 'otto' | 'sue';

interface SeededCase {
  customer: string;
  category?: string;
  opener: Exclude<Who, 'sue'>;
  transfersTo: Who[];
  escalated: boolean;
  closer: Who | null;
  /** Closed only once the first-contact window has passed. */
  closedLate: boolean;
}

const CASES: SeededCase[] = [
  { customer: 'c1', category: 'billing', opener: 'ada', transfersTo: [], escalated: false, closer: 'ada', closedLate: false },
  { customer: 'c1', category: 'billing', opener: 'ada', transfersTo: [], escalated: true, closer: 'ada', closedLate: false },
  { customer: 'c2', category: 'billing', opener: 'ada', transfersTo: ['otto'], escalated: false, closer: 'otto', closedLate: false },
  { customer: 'c3', category: 'delivery', opener: 'ada', transfersTo: [], escalated: false, closer: 'sue', closedLate: false },
  { customer: 'c3', category: 'defect', opener: 'ada', transfersTo: ['otto', 'ada', 'otto'], escalated: false, closer: null, closedLate: false },
  { customer: 'c4', category: 'delivery', opener: 'otto', transfersTo: [], escalated: false, closer: 'otto', closedLate: true },
  { customer: 'c4', category: 'returns', opener: 'otto', transfersTo: [], escalated: false, closer: 'otto', closedLate: false },
  { customer: 'c4', category: 'returns', opener: 'otto', transfersTo: ['sue'], escalated: false, closer: null, closedLate: false },
  { customer: 'c5', opener: 'ada', transfersTo: [], escalated: false, closer: null, closedLate: false },
];

/** Callbacks on c5's case (Ada's) and c4's late case (Otto's): how each one ends. */
/** `cancelled_not_due`: still open, not yet due, when its case closed: in no figure. */
type CallbackFate = 'reached_before_due' | 'reached_after_due' | 'open_past_due' | 'replaced_after_due' | 'cancelled_not_due';
const CALLBACKS: Array<{ owner: Who; fate: CallbackFate }> = [
  { owner: 'ada', fate: 'reached_before_due' },
  { owner: 'ada', fate: 'reached_after_due' },
  { owner: 'ada', fate: 'open_past_due' },
  { owner: 'otto', fate: 'replaced_after_due' },
  { owner: 'otto', fate: 'cancelled_not_due' },
];

function expectedFigures() {
  const resolved = CASES.filter((c) => c.closer === c.opener && c.transfersTo.length === 0 && !c.escalated && !c.closedLate).length;
  const byTransfers = new Map<number, number>();
  for (const c of CASES) byTransfers.set(c.transfersTo.length, (byTransfers.get(c.transfersTo.length) ?? 0) + 1);
  const tally = (fates: CallbackFate[]) => ({
    keptOnTime: fates.filter((fate) => fate === 'reached_before_due').length,
    late: fates.filter((fate) => fate === 'reached_after_due').length,
    missed: fates.filter((fate) => fate === 'open_past_due' || fate === 'replaced_after_due').length,
  });
  const repeats = new Map<string, number>();
  for (const c of CASES.filter((candidate) => candidate.category)) repeats.set(`${c.customer}/${c.category}`, (repeats.get(`${c.customer}/${c.category}`) ?? 0) + 1);
  const repeated = [...repeats].filter(([, count]) => count > 1);
  return {
    cases: CASES.length,
    resolved,
    distribution: [...byTransfers].sort(([a], [b]) => a - b).map(([transfers, cases]) => ({ transfers, cases })),
    passedAround: CASES.filter((c) => c.transfersTo.length >= 3).length,
    callbacks: {
      total: tally(CALLBACKS.map((callback) => callback.fate)),
      ada: tally(CALLBACKS.filter((callback) => callback.owner === 'ada').map((callback) => callback.fate)),
      otto: tally(CALLBACKS.filter((callback) => callback.owner === 'otto').map((callback) => callback.fate)),
    },
    repeatCustomers: new Set(repeated.map(([key]) => key.split('/')[0])).size,
    repeatItems: repeated.map(([key, count]) => ({ customerId: key.split('/')[0], category: key.split('/')[1], cases: count })),
  };
}

describe('the "passed around" report', () => {
  let app: TestApp;
  let people: Record<Who, { key: string; id: string }>;
  let ops: string;

  const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
  const post = async (key: string, path: string, body: object) => {
    const response = await app.request('POST', path, { key, body });
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const missed = (caseId: string, number: number) =>
    eventually(async () => {
      const read = await app.request('GET', `/v1/cases/${caseId}`, { key: people.sue.key });
      return read.body.callbacks[number - 1]?.missedAt ? true : undefined;
    });

  beforeAll(async () => {
    app = await startTestApp();
    people = { ada: await person(app, 'agent', 'Ada Agent'), otto: await person(app, 'agent', 'Otto Agent'), sue: await person(app, 'supervisor', 'Sue Supervisor') };
    ops = await app.userKey('ops');
    const admins = await adminPair(app);
    await savePolicy(app, admins, 'calendar', { kind: '24x7' });
    await savePolicy(app, admins, 'cases', { callbackReminderBefore: 'PT1S', firstContactResolutionWindow: 'PT10S' });
  });
  afterAll(() => app.stop());

  it('counts first-contact resolutions, transfers, callbacks kept, late and missed, and repeat contacts of a known set', async () => {
    const from = new Date(Date.now() - 1000).toISOString();
    const opened: any[] = [];
    for (const seeded of CASES) {
      opened.push(await openCase(app, people[seeded.opener].key, { customerId: seeded.customer, category: seeded.category, subject: `Case of ${seeded.customer}` }));
    }
    const work = CASES.map(async (seeded, index) => {
      const theCase = opened[index];
      let owner: Who = seeded.opener;
      for (const to of seeded.transfersTo) {
        await post(people[owner].key, `/v1/cases/${theCase.id}/transfer`, { toUserId: people[to].id, reason: 'Passing it on' });
        owner = to;
      }
      if (seeded.escalated) await post(people[owner].key, '/v1/escalations', { caseId: theCase.id, severity: 'P4', category: 'billing', reason: 'Needs a specialist' });
      if (seeded.closer && !seeded.closedLate) await post(people[seeded.closer].key, `/v1/cases/${theCase.id}/close`, {});
    });
    await Promise.all(work);

    const adaCase = opened[CASES.length - 1].id;
    const ottoCase = opened[5].id;
    const callbacks = (caseId: string) => `/v1/cases/${caseId}/callbacks`;
    await post(people.ada.key, callbacks(adaCase), { dueAt: inSeconds(60), note: 'On time' });
    await post(people.ada.key, `${callbacks(adaCase)}/1/done`, { outcome: 'reached' });
    await post(people.ada.key, callbacks(adaCase), { dueAt: inSeconds(2), note: 'Late' });
    await post(people.otto.key, callbacks(ottoCase), { dueAt: inSeconds(2), note: 'Replaced when overdue' });
    await missed(adaCase, 2);
    await missed(ottoCase, 1);
    await post(people.ada.key, `${callbacks(adaCase)}/2/done`, { outcome: 'reached' });
    await post(people.otto.key, callbacks(ottoCase), { dueAt: inSeconds(600), note: 'Not due yet' });
    await post(people.ada.key, callbacks(adaCase), { dueAt: inSeconds(2), note: 'Missed' });
    await missed(adaCase, 3);
    const windowEnds = Date.parse(opened[5].currentStep.dueAt);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, windowEnds - Date.now() + 100)));
    await post(people.otto.key, `/v1/cases/${ottoCase}/close`, {});

    const report = await app.request('GET', `/v1/reports/resolution?from=${encodeURIComponent(from)}&to=${encodeURIComponent(inSeconds(3600))}`, { key: ops });
    expect(report.status).toBe(200);
    const want = expectedFigures();
    expect(report.body.cases).toBe(want.cases);
    expect(report.body.firstContactResolution).toEqual({ resolved: want.resolved, share: Math.round((want.resolved / want.cases) * 10_000) / 10_000 });
    expect(report.body.transfers.distribution).toEqual(want.distribution);
    expect(report.body.transfers.passedAround).toEqual([
      { caseId: opened[4].id, customerId: 'c3', subject: 'Case of c3', transfers: 3, href: `/v1/cases/${opened[4].id}` },
    ]);
    expect(report.body.transfers.passedAround).toHaveLength(want.passedAround);
    expect(report.body.callbacks.total).toEqual(want.callbacks.total);
    expect(report.body.callbacks.byOwner).toEqual([
      { owner: { id: people.ada.id, name: 'Ada Agent' }, ...want.callbacks.ada },
      { owner: { id: people.otto.id, name: 'Otto Agent' }, ...want.callbacks.otto },
    ]);
    expect(report.body.repeatContacts.customers).toBe(want.repeatCustomers);
    expect(report.body.repeatContacts.items).toEqual(
      want.repeatItems.map((item) => ({ ...item, href: `/v1/customers/${item.customerId}` })),
    );

    // A window before the set holds none of it; agents do not read the report.
    const before = await app.request('GET', `/v1/reports/resolution?to=${encodeURIComponent(from)}`, { key: people.sue.key });
    expect(before.body).toMatchObject({ cases: 0, firstContactResolution: { resolved: 0, share: 0 }, transfers: { distribution: [], passedAround: [] } });
    expect((await app.request('GET', '/v1/reports/resolution', { key: people.ada.key })).status).toBe(403);
    const bad = await app.request('GET', '/v1/reports/resolution?from=yesterday', { key: ops });
    expect(bad.body.errors).toEqual([expect.objectContaining({ in: 'query', field: 'from' })]);
  });
});
