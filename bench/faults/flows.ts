import type { Answer, FaultClient } from './client';
import type { FaultUser } from './stack';

// Returns and handoffs as the mail and race scenarios drive them, through the API.

export interface Started {
  id: string;
  workflowId: string;
}

/** The process a start answered with; a start still refused after all its tries ends the run. */
function started(what: string, answer: Answer): Started {
  const { id, workflowId } = answer.body;
  if ((answer.status !== 201 && answer.status !== 200) || !id || !workflowId) throw new Error(`${what}: answered ${answer.status} ${answer.body.detail ?? ''}`);
  return { id, workflowId };
}

export interface ReturnTeam {
  sales: FaultUser;
  agent: FaultUser;
  warehouse: FaultUser;
}

const DAY_MS = 86_400_000;

/** An order delivered three days ago, with the customer's email, and a return of its kettle. */
export async function startReturn(client: FaultClient, team: ReturnTeam, orderId: string): Promise<Started> {
  const customerId = `cust-${orderId}`;
  await client.send('POST', '/v1/orders', team.sales.key, {
    id: orderId,
    customerId,
    customerEmail: `${customerId.toLowerCase()}@example.com`,
    deliveredAt: new Date(Date.now() - 3 * DAY_MS).toISOString(),
    lines: [{ sku: 'KETTLE', name: 'Kettle', category: 'kitchen', qty: 1, unitPrice: { minor: 4_000, currency: 'EUR' } }],
  });
  const answer = await client.send(
    'POST',
    '/v1/returns',
    team.agent.key,
    { orderId, customerId, resolution: 'exchange', lines: [{ sku: 'KETTLE', qty: 1, reason: 'defective', condition: 'opened' }] },
    { idempotent: true },
  );
  return started(`return of ${orderId}`, answer);
}

export const receipt = (client: FaultClient, team: ReturnTeam, returnId: string) =>
  client.once('POST', `/v1/returns/${returnId}/receipt`, team.warehouse.key, { lines: [{ sku: 'KETTLE', qty: 1 }] });

export const inspection = (client: FaultClient, team: ReturnTeam, returnId: string) =>
  client.send('POST', `/v1/returns/${returnId}/inspection`, team.warehouse.key, { lines: [{ sku: 'KETTLE', grade: 'defective_confirmed' }] });

/** A deal handed to service, its customer with an email. */
export async function handOver(client: FaultClient, sales: FaultUser, dealId: string): Promise<Started> {
  const answer = await client.send(
    'POST',
    '/v1/handoffs',
    sales.key,
    {
      dealId,
      customer: { id: `cust-${dealId}`, name: 'Nora Customer', email: `${dealId.toLowerCase()}@example.com`, tier: 'standard' },
      products: [{ sku: 'KETTLE-1', name: 'Kettle', qty: 1 }],
      commitments: [{ description: 'Install on site' }],
      salesRep: 'Sam Sales',
      closedAt: new Date(Date.now() - 3_600_000).toISOString(),
    },
    { idempotent: true },
  );
  return started(`handoff of ${dealId}`, answer);
}

export const welcomeContact = (client: FaultClient, supervisor: FaultUser, handoffId: string) =>
  client.once('POST', `/v1/handoffs/${handoffId}/contacts`, supervisor.key, { kind: 'welcome', outcome: 'reached' });
