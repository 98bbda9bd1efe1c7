import { DEFAULT_POLICIES, type HandoffPolicy } from '../../src/domain/policies';
import type { TestApp } from './harness';
import { eventually } from './wait';

/** Users who take part in handoffs, each with an API key; agents also by id, to act as a handoff's owner. */
export async function handoffTeam(app: TestApp, agentNames = ['Ada Agent', 'Bea Agent']) {
  const [sales, supervisor, admin, ops] = await Promise.all([
    app.userKey('sales', 'Sam Sales'),
    app.userKey('supervisor', 'Sue Supervisor'),
    app.userKey('admin', 'Al Admin'),
    app.userKey('ops', 'Oli Ops'),
  ]);
  const agentKeys = new Map<string, string>();
  for (const name of agentNames) {
    const key = await app.userKey('agent', name);
    const user = await app.db.user.findFirstOrThrow({ where: { name } });
    agentKeys.set(user.id, key);
  }
  const ownerKey = (handoff: { owner: { id: string } }) => {
    const key = agentKeys.get(handoff.owner.id);
    if (!key) throw new Error(`no key for owner ${handoff.owner.id}`);
    return key;
  };
  return { sales, supervisor, admin, ops, agentKeys, ownerKey };
}

/** Seconds instead of days, on a 24x7 calendar, in the test file's own database. */
export async function useHandoffPolicy(app: TestApp, adminKey: string, overrides: Partial<HandoffPolicy>): Promise<void> {
  await app.request('PUT', '/v1/policies/calendar', { key: adminKey, body: { kind: '24x7' } });
  const response = await app.request('PUT', '/v1/policies/handoff', { key: adminKey, body: { ...DEFAULT_POLICIES.handoff, ...overrides } });
  if (response.status !== 201) throw new Error(`handoff policy refused: ${JSON.stringify(response.body)}`);
}

let deals = 0;

export function dealBody(overrides: Record<string, unknown> = {}) {
  deals += 1;
  return {
    dealId: `deal-${Date.now()}-${deals}`,
    customer: { id: `cust-${deals}`, name: 'Nora Customer', email: 'nora@example.com', tier: 'standard' },
    products: [{ sku: 'KETTLE-1', name: 'Kettle', qty: 2 }],
    commitments: [{ description: 'Install on site' }],
    salesRep: 'Sam Sales',
    closedAt: new Date(Date.now() - 3_600_000).toISOString(),
    ...overrides,
  };
}

export function handOver(app: TestApp, salesKey: string, body: Record<string, unknown>) {
  return app.request('POST', '/v1/handoffs', { key: salesKey, body });
}

/** Polls the handoff until `check` holds, and returns it. */
export async function handoffWhen(app: TestApp, key: string, id: string, check: (handoff: any) => boolean, timeoutMs = 30_000): Promise<any> {
  return eventually(async () => {
    const read = await app.request('GET', `/v1/handoffs/${id}`, { key });
    return read.status === 200 && check(read.body) ? read.body : undefined;
  }, timeoutMs);
}
