import type { TestApp } from './harness';

export const DAY_MS = 86_400_000;

export function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString();
}

/** Users of every role a return meets, each with an API key. */
export async function returnTeam(app: TestApp) {
  const [agent, supervisor, warehouse, accounting, sales] = await Promise.all([
    app.userKey('agent', 'Ada Agent'),
    app.userKey('supervisor', 'Sue Supervisor'),
    app.userKey('warehouse', 'Walt Warehouse'),
    app.userKey('accounting', 'Ann Accounting'),
    app.userKey('sales', 'Sam Sales'),
  ]);
  return { agent, supervisor, warehouse, accounting, sales };
}

export interface DemoLine {
  sku: string;
  category: string;
  qty: number;
  minor: number;
  finalSale?: boolean;
  currency?: string;
}

export async function createOrder(app: TestApp, salesKey: string, id: string, customerId: string, deliveredDaysAgo: number, lines: DemoLine[]) {
  const response = await app.request('POST', '/v1/orders', {
    key: salesKey,
    body: {
      id,
      customerId,
      deliveredAt: daysAgo(deliveredDaysAgo),
      lines: lines.map((line) => ({
        sku: line.sku,
        name: line.sku.toLowerCase(),
        category: line.category,
        qty: line.qty,
        unitPrice: { minor: line.minor, currency: line.currency ?? 'EUR' },
        finalSale: line.finalSale ?? false,
      })),
    },
  });
  if (response.status !== 201) throw new Error(`order ${id}: ${JSON.stringify(response.body)}`);
  return response.body;
}
