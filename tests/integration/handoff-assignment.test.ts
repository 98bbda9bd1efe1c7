import { randomUUID } from 'node:crypto';
import { createHandoffActivities } from '../../activities/handoffs';
import { initialState } from '../../src/domain/handoff-state';
import { startTestApp, type TestApp } from '../support/harness';

// The owner assignment activity on the real database: deals handed over at the same moment must
// not all read the same loads and land on the same agent.
const AGENTS = ['Ada', 'Bea', 'Cal', 'Dot', 'Eli', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jon'].map((name) => `${name} Agent`);

describe('handoff owner assignment under concurrency', () => {
  let app: TestApp;
  let sales: { id: string; name: string };

  beforeAll(async () => {
    app = await startTestApp();
    await Promise.all([...AGENTS.map((name) => app.userKey('agent', name)), app.userKey('sales', 'Sam Sales')]);
    sales = await app.db.user.findFirstOrThrow({ where: { role: 'sales' }, select: { id: true, name: true } });
  });
  afterAll(() => app.stop());

  const deal = (n: number) =>
    initialState(
      {
        handoffId: randomUUID(),
        dealId: `deal-at-once-${n}`,
        caseId: randomUUID(),
        customer: { id: `cust-at-once-${n}`, name: 'Cleo Customer', email: 'cleo@example.com', tier: 'standard' },
        products: [{ sku: 'KETTLE-1', name: 'Kettle', qty: 1 }],
        commitments: [],
        salesRep: 'Sam Sales',
        closedAt: new Date().toISOString(),
        handedOverBy: { ...sales, role: 'sales' },
      },
      new Date().toISOString(),
    );

  it('gives each of ten idle agents one of ten deals assigned at the same moment, and a retry keeps the owner it chose', async () => {
    const { assignHandoffOwner } = createHandoffActivities({ db: app.db });
    const states = AGENTS.map((_agent, n) => deal(n));
    const owners = await Promise.all(states.map((state) => assignHandoffOwner({ workflowId: `handoff-${state.dealId}`, state })));
    expect(owners.map((owner) => owner.name).sort()).toEqual(AGENTS);

    const [first] = states;
    const again = await assignHandoffOwner({ workflowId: `handoff-${first?.dealId}`, state: first ?? deal(0) });
    expect(again.id).toBe(owners[0]?.id);
    expect(await app.db.handoff.count()).toBe(10);
  });
});
