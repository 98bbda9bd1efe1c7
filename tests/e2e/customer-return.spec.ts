import { expect, test } from '@playwright/test';
import { apiAs, recordOrder } from './support/api';
import { expectAccessible, personPage } from './support/console';
import { customerLink } from './support/mail';
import { e2eStack } from './support/stack-description';

// A customer returns a line of a delivered order on the return page, on a phone; the warehouse
// receives and inspects it in the console; the customer's status page shows the refund. A
// final-sale line says why and offers an exception, which opens a case for an agent.

const PHONE = { width: 390, height: 844 };

test('a customer returns one line through the portal, follows it to the refund, and asks for an exception for a final-sale line', async ({ browser }) => {
  const { baseUrl, people } = e2eStack();
  const customerId = `cust-self-${Date.now()}`;
  const email = `${customerId}@example.com`;
  const orderId = `ORD-SELF-${Date.now()}`;
  await recordOrder(await apiAs(baseUrl, people.sales), {
    id: orderId,
    customerId,
    customerEmail: email,
    daysAgo: 4,
    lines: [
      { sku: 'TOASTER-01', name: 'Toaster', category: 'kitchen', qty: 1, priceMinor: 2990 },
      { sku: 'PLATE-02', name: 'Plate', category: 'kitchen', qty: 2, priceMinor: 800, finalSale: true },
    ],
  });

  const customer = await (await browser.newContext({ viewport: PHONE })).newPage();
  await customer.goto(`${baseUrl}/c/return`);
  await customer.getByLabel('Order number').fill(orderId);
  await customer.getByLabel('Email address').fill(email.toUpperCase());
  await expectAccessible(customer);
  await customer.screenshot({ path: 'docs/screenshots/customer-order-lookup.png', fullPage: true });
  await customer.getByRole('button', { name: 'Find my order' }).click();

  await expect(customer.getByRole('heading', { name: `Return items from order ${orderId}` })).toBeVisible();
  await expect(customer.getByRole('listitem').filter({ hasText: 'Plate' })).toContainText('This item was sold as final sale.');
  await customer.getByRole('checkbox', { name: /Toaster/ }).check();
  await customer.getByLabel('Why are you returning it?').selectOption('defective');
  await customer.getByLabel('What condition is it in?').selectOption('opened');
  await customer.getByRole('radio', { name: 'Refund' }).check();
  await expectAccessible(customer);
  await customer.screenshot({ path: 'docs/screenshots/customer-return.png', fullPage: true });
  await customer.getByRole('button', { name: 'Return the chosen items' }).click();
  await expect(customer.getByRole('heading', { name: 'Your return is authorised' })).toBeVisible();
  await expect(customer.getByText(/RMA-\S+/).first()).toBeVisible();
  await expectAccessible(customer);
  await customer.screenshot({ path: 'docs/screenshots/customer-return-authorised.png', fullPage: true });
  const statusPath = await customer.getByRole('link', { name: 'Follow your return' }).getAttribute('href');

  const warehouse = await personPage(browser, people.warehouse);
  await warehouse.getByRole('link', { name: 'Warehouse' }).click();
  await warehouse.getByRole('table', { name: 'Awaiting the item' }).getByRole('row', { name: new RegExp(orderId) }).getByRole('link').click();
  await warehouse.getByRole('button', { name: 'Record receipt' }).click();
  await warehouse.getByLabel(/Grade of Toaster/).selectOption('defective_confirmed');
  await warehouse.getByRole('button', { name: 'Record inspection' }).click();
  await expect(warehouse.getByRole('row', { name: /Toaster/ })).toContainText('defective confirmed');

  await expect(async () => {
    await customer.goto(`${baseUrl}${statusPath ?? ''}`);
    await expect(customer.getByText('Refunded — €29.90')).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 60_000 });
  await expect(customer.getByRole('listitem').filter({ hasText: 'Inspected:' })).not.toContainText('not yet');
  await expectAccessible(customer);
  await customer.screenshot({ path: 'docs/screenshots/customer-return-status.png', fullPage: true });

  await customer.goto(`${baseUrl}${await customerLink(email, 'credits')}`);
  await expect(customer.getByText('Issued — €29.90')).toBeVisible();
  await expectAccessible(customer);
  await customer.screenshot({ path: 'docs/screenshots/customer-credit.png', fullPage: true });

  await customer.goto(`${baseUrl}/c/return`);
  await customer.getByLabel('Order number').fill(orderId);
  await customer.getByLabel('Email address').fill(email);
  await customer.getByRole('button', { name: 'Find my order' }).click();
  await customer.getByRole('button', { name: 'Ask for an exception for Plate' }).click();
  await customer.getByLabel('Why should we take back Plate?').selectOption('damaged');
  await customer.getByLabel('Tell us more (optional)').fill('Both plates arrived cracked.');
  await expectAccessible(customer);
  await customer.getByRole('button', { name: 'Send the request' }).click();
  const confirmation = customer.getByRole('status');
  await expect(confirmation).toContainText('Your request is with our team');
  const reference = (await confirmation.getByRole('strong').textContent()) ?? '';

  const supervisor = await personPage(browser, people.supervisor);
  await supervisor.goto(`${baseUrl}/cases/${reference}`);
  await expect(supervisor.getByRole('heading', { name: `Return exception request, order ${orderId}` })).toBeVisible();
  await expect(supervisor.getByText('self service: the customer acted themselves through a link')).toBeVisible();
  await expect(supervisor.getByRole('region', { name: 'Timeline' })).toContainText('2 × Plate (PLATE-02): final sale');
  await expect(supervisor.getByRole('region', { name: 'Timeline' })).toContainText('Both plates arrived cracked.');
  await expectAccessible(supervisor);
});
