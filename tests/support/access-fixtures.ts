import type { Resource } from '../../src/domain/access';
import { ROLES, type Role } from '../../src/domain/roles';
import type { TestApp } from './harness';
import { createOrder } from './returns';

// Two sets of people, one of every role, and one of each object worked by each set: a handoff's
// case on which its agent requests a credit (approved by its accounting and accounting manager),
// starts a return (received by its warehouse) and raises and takes an escalation. What set A works
// is "own" to A's people and "other" to B's.

export type Team = Record<Role, string>;
export type Objects = Record<Resource, string> & { customerId: string };

function label(role: Role, set: string): string {
  return `${role.charAt(0).toUpperCase()}${role.slice(1).replace('_', ' ')} ${set}`;
}

export async function teamOf(app: TestApp, set: string): Promise<Team> {
  const keys = await Promise.all(ROLES.map((role) => app.userKey(role, label(role, set))));
  return Object.fromEntries(ROLES.map((role, index) => [role, keys[index]])) as Team;
}

async function succeeded(label: string, response: Promise<{ status: number; body: any }>): Promise<any> {
  const { status, body } = await response;
  if (status >= 300) throw new Error(`${label}: ${status} ${JSON.stringify(body)}`);
  return body;
}

/** Everything set `set` works. Sets are built one after the other: each agent owns its own set's handoff. */
export async function objectsOf(app: TestApp, set: string, team: Team): Promise<Objects> {
  const customerId = `cust-${set}`;
  const post = (path: string, key: string, body: object) => succeeded(`POST ${path}`, app.request('POST', path, { key, body }));
  const order = await createOrder(app, team.sales, `ORD-${set}`, customerId, 2, [{ sku: 'KETTLE', category: 'kitchen', qty: 2, minor: 4000 }]);
  const handoff = await post('/v1/handoffs', team.sales, {
    dealId: `deal-${set}`,
    customer: { id: customerId, name: `Customer ${set}`, email: `customer-${set}@example.com`, tier: 'standard' },
    products: [{ sku: 'KETTLE', name: 'Kettle', qty: 2 }],
    commitments: [{ description: 'Install on site' }],
    salesRep: label('sales', set),
    closedAt: new Date(Date.now() - 3_600_000).toISOString(),
  });
  if (handoff.owner.name !== label('agent', set)) throw new Error(`handoff ${set} went to ${handoff.owner.name}`);
  const caseId: string = handoff.caseId;

  const credit = await post('/v1/credits', team.agent, {
    customerId,
    caseId,
    amount: { minor: 600_000, currency: 'EUR' },
    kind: 'refund',
    reason: 'Installation went wrong',
  });
  await post(`/v1/credits/${credit.id}/approve`, team.accounting, {});
  await post(`/v1/credits/${credit.id}/approve`, team.accounting_manager, {});

  const started = await post('/v1/returns', team.agent, {
    orderId: order.id,
    customerId,
    caseId,
    resolution: 'refund',
    lines: [{ sku: 'KETTLE', qty: 1, reason: 'defective', condition: 'opened' }],
  });
  await post(`/v1/returns/${started.id}/receipt`, team.warehouse, { lines: [{ sku: 'KETTLE', qty: 1 }] });

  const escalation = await post('/v1/escalations', team.agent, { caseId, severity: 'P4', category: 'installation', reason: 'Second visit needed' });
  await post(`/v1/escalations/${escalation.id}/acknowledge`, team.agent, {});

  return { customerId, case: caseId, credit: credit.id, return: started.id, escalation: escalation.id, handoff: handoff.id, order: order.id };
}
