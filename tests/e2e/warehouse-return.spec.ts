import { expect, test } from '@playwright/test';
import { apiAs, recordOrder } from './support/api';
import { expectAccessible, openCaseInConsole, personPage } from './support/console';
import { e2eStack } from './support/stack-description';

// A return from the agent's case to the warehouse's queues and back: the refund posts on the case.

test('an agent starts a return from the order lines; the warehouse receives and inspects it from its queue; the refund posts on the case', async ({ browser }) => {
  const { baseUrl, people } = e2eStack();
  const customerId = `cust-ret-${Date.now()}`;
  const orderId = `ORD-${Date.now()}`;
  await recordOrder(await apiAs(baseUrl, people.sales), {
    id: orderId,
    customerId,
    daysAgo: 5,
    lines: [
      { sku: 'KETTLE-01', name: 'Kettle', category: 'kitchen', qty: 1, priceMinor: 3990 },
      { sku: 'MUG-02', name: 'Mug', category: 'kitchen', qty: 2, priceMinor: 1200, finalSale: true },
    ],
  });

  const agent = await personPage(browser, people.agent);
  await openCaseInConsole(agent, customerId, 'Kettle not wanted');
  await agent.getByRole('form', { name: 'Start a return' }).getByLabel('Order id').fill(orderId);
  await agent.getByRole('button', { name: 'Choose the lines' }).click();

  await expect(agent.getByRole('heading', { name: `Order ${orderId}` })).toBeVisible();
  await expect(agent.getByRole('group', { name: /Kettle/ })).toContainText('eligible until');
  await expect(agent.getByRole('group', { name: /Mug/ })).toContainText('not eligible: final sale');
  await expectAccessible(agent);
  await agent.getByLabel('Quantity of Kettle to return').fill('1');
  await agent.getByLabel('Condition of Kettle').selectOption('opened');
  await agent.getByLabel('Quantity of Mug to return').fill('1');
  await agent.getByLabel('Resolution').selectOption('refund');
  await agent.getByRole('button', { name: 'Start the return' }).click();
  await expect(agent.getByRole('status')).toContainText(/Return RMA-\S+ authorised/);
  const started = agent.getByRole('article', { name: 'The return' });
  await expect(started.getByRole('row', { name: /Kettle/ })).toContainText('eligible');
  await expect(started.getByRole('row', { name: /Mug/ })).toContainText('not eligible: final sale');
  await started.getByRole('link', { name: 'Open the case' }).click();
  await expect(agent.getByRole('article', { name: 'return awaiting item' })).toBeVisible();

  const warehouse = await personPage(browser, people.warehouse);
  await warehouse.getByRole('link', { name: 'Warehouse' }).click();
  const waiting = warehouse.getByRole('table', { name: 'Awaiting the item' }).getByRole('row', { name: new RegExp(orderId) });
  await expect(waiting).toContainText(customerId);
  await expect(waiting).toContainText('due in');
  await expectAccessible(warehouse);
  await warehouse.screenshot({ path: 'docs/screenshots/warehouse-queue.png' });
  await waiting.getByRole('link').click();

  await expect(warehouse.getByRole('heading', { name: /Return RMA-/ })).toBeVisible();
  await expect(warehouse.getByLabel(/Received of Kettle/)).toHaveValue('1');
  await expectAccessible(warehouse);
  await warehouse.getByRole('button', { name: 'Record receipt' }).click();
  await warehouse.getByLabel(/Grade of Kettle/).selectOption('opened');
  await expectAccessible(warehouse);
  await warehouse.getByRole('button', { name: 'Record inspection' }).click();
  await expect(warehouse.getByRole('row', { name: /Kettle/ })).toContainText('opened');
  await expect(warehouse.getByRole('form', { name: 'Grade each received line' })).toHaveCount(0);
  await warehouse.getByRole('link', { name: 'Warehouse' }).click();
  await expect(warehouse.getByRole('heading', { name: 'To inspect' })).toBeVisible();
  await expect(warehouse.getByRole('row', { name: new RegExp(orderId) })).toHaveCount(0);

  // 39.90 less the 15 % restocking fee for an opened item: 33.91, within the agent's authority.
  await expect(agent.getByRole('article', { name: 'credit posted' })).toBeVisible();
  await agent.getByRole('link', { name: 'Open the return' }).click();
  await expect(agent.getByText('€33.91 (posted)')).toBeVisible();
});
