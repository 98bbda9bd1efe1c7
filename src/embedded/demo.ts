import type { Database } from '../db/client';

// Demo orders for the embedded default, so a new user can try a return at once. Delivery dates
// are set relative to the first start; an order already there is left alone.

const DAY_MS = 86_400_000;

const DEMO_ORDERS = [
  {
    id: 'DEMO-1001',
    customerId: 'cust-1001',
    deliveredDaysAgo: 5,
    lines: [
      { sku: 'KETTLE-01', name: 'Electric kettle', category: 'kitchen', qty: 2, unitPriceMinor: 3990n },
      { sku: 'HEADPHONES-01', name: 'Wireless headphones', category: 'electronics', qty: 1, unitPriceMinor: 12_900n },
    ],
  },
  {
    id: 'DEMO-1002',
    customerId: 'cust-1002',
    deliveredDaysAgo: 20,
    lines: [
      { sku: 'TV-55', name: '55" television', category: 'electronics', qty: 1, unitPriceMinor: 89_900n },
      { sku: 'PAN-28', name: 'Frying pan', category: 'kitchen', qty: 1, unitPriceMinor: 4500n },
    ],
  },
  {
    id: 'DEMO-1003',
    customerId: 'cust-1001',
    deliveredDaysAgo: 40,
    lines: [{ sku: 'BLENDER-01', name: 'Blender', category: 'kitchen', qty: 1, unitPriceMinor: 7900n }],
  },
  {
    id: 'DEMO-1004',
    customerId: 'cust-1002',
    deliveredDaysAgo: 3,
    lines: [{ sku: 'SHIRT-M', name: 'Linen shirt (final sale)', category: 'apparel', qty: 1, unitPriceMinor: 2500n, finalSale: true }],
  },
];

export async function seedDemoOrders(db: Database, now = Date.now()): Promise<string[]> {
  for (const order of DEMO_ORDERS) {
    await db.order.createMany({
      data: [{ id: order.id, customerId: order.customerId, deliveredAt: new Date(now - order.deliveredDaysAgo * DAY_MS) }],
      skipDuplicates: true,
    });
    await db.orderLine.createMany({
      data: order.lines.map((line) => ({ orderId: order.id, currency: 'EUR', finalSale: false, ...line })),
      skipDuplicates: true,
    });
  }
  return DEMO_ORDERS.map((order) => `${order.id} (${order.customerId}, delivered ${order.deliveredDaysAgo} days before the first start)`);
}
