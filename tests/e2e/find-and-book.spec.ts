import { expect, test } from '@playwright/test';
import { apiAs, recordOrder } from './support/api';
import { expectAccessible, signIn } from './support/console';
import { e2eStack } from './support/stack-description';

// On a 390 px phone: the service owner finds a customer handed over by sales in their book, then
// by the customer's id, and opens the customer's order; every screen passes axe.

test('the owner sees a handed-over customer due next in their book, finds the customer and opens their order, on a phone', async ({ page }) => {
  const { baseUrl, people } = e2eStack();
  const stamp = Date.now();
  const customerId = `cust-book-${stamp}`;
  const orderId = `ORD-BOOK-${stamp}`;
  const sales = await apiAs(baseUrl, people.sales);
  await recordOrder(sales, { id: orderId, customerId, daysAgo: 40, lines: [{ sku: 'LAMP-07', name: 'Desk lamp', category: 'lighting', qty: 1, priceMinor: 4500 }] });
  const handedOver = await sales.post('/v1/handoffs', {
    data: {
      dealId: `deal-${stamp}`,
      customer: { id: customerId, name: 'Nora Customer', email: 'nora@example.com', tier: 'priority' },
      products: [{ sku: 'LAMP-07', name: 'Desk lamp', qty: 1 }],
      commitments: [{ description: 'Install on site' }],
      salesRep: 'Sam Sales',
      closedAt: new Date().toISOString(),
    },
  });
  expect(handedOver.status()).toBe(201);
  const { owner } = (await handedOver.json()) as { owner: { name: string } };
  const person = Object.values(people).find((candidate) => candidate.name === owner.name);
  if (!person) throw new Error(`the handoff went to ${owner.name}, who is not one of the journeys' people`);

  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, baseUrl, person);
  await page.getByRole('link', { name: 'Handoff book' }).click();
  await expect(page.getByRole('heading', { name: 'My handoff book' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`deal-${stamp}`) })).toContainText('Nora Customer');
  await expect(page.getByRole('status')).toContainText('Due next:');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Find' }).click();
  await page.getByLabel('Customer id').fill(customerId);
  await page.getByRole('button', { name: 'Find the customer' }).click();
  const handoffs = page.getByRole('region', { name: 'Handoffs' });
  await expect(handoffs.getByRole('link', { name: `Deal deal-${stamp}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Cases' }).getByRole('listitem')).toHaveCount(1);
  await expectAccessible(page);

  await page.getByLabel('Order id').fill(orderId);
  await page.getByRole('button', { name: 'Open the order' }).click();
  await expect(page.getByRole('heading', { name: `Order ${orderId}` })).toBeVisible();
  await expect(page.getByRole('group', { name: /Desk lamp/ })).toContainText('not eligible: outside return window');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Escalations' }).click();
  await expect(page.getByRole('heading', { name: 'L1: waiting for acknowledgement' })).toBeVisible();
  await expectAccessible(page);
});
