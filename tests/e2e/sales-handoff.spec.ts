import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support/console';
import { e2eStack } from './support/stack-description';

// Sales hand a deal over; its owner finds it in their handoff book and among their cases.

test('sales hand over a deal with a commitment; the assigned owner sees it in their handoff book, and its case', async ({ page, browser }) => {
  const { baseUrl, people } = e2eStack();
  const dealId = `DEAL-${Date.now()}`;
  const customerId = `cust-deal-${Date.now()}`;
  await signIn(page, baseUrl, people.sales);
  await page.getByRole('link', { name: 'My deals' }).click();
  await expect(page.getByRole('heading', { name: 'My deals', exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByText('Hand over a deal').click();
  const form = page.getByRole('form', { name: 'Hand over a deal' });
  await form.getByLabel('Deal id').fill(dealId);
  await form.getByLabel('Customer id').fill(customerId);
  await form.getByLabel('Customer name').fill('Hilde Hansen');
  await form.getByLabel('Customer email').fill('hilde@example.com');
  await form.getByLabel('Tier').selectOption('priority');
  await form.getByLabel('SKU 1').fill('ESPRESSO-9');
  await form.getByLabel('Product name 1').fill('Espresso machine');
  await form.getByLabel('Quantity 1').fill('2');
  await form.getByRole('button', { name: 'Add a commitment' }).click();
  await form.getByLabel('Commitment 1').fill('On-site training in the first month');
  await form.getByLabel('Due 1').fill('2030-01-15T10:00');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Hand over the deal' }).click();
  const status = form.getByRole('status');
  await expect(status).toContainText(`Deal ${dealId} handed over to`);
  const ownerName = ((await status.textContent()) ?? '').match(/handed over to (.+)\.$/)?.[1];
  const ownerPerson = [people.agent, people.otherAgent].find((person) => person.name === ownerName);
  if (!ownerPerson) throw new Error(`the deal went to ${ownerName}, not one of the agents`);

  const row = page.getByRole('row').filter({ hasText: dealId });
  await expect(row).toContainText('Hilde Hansen');
  await expect(row).toContainText('1');
  await row.getByRole('button', { name: `Details of ${dealId}` }).click();
  const details = page.getByRole('article', { name: `Handoff of deal ${dealId}` });
  await expect(details).toContainText(`Owner: ${ownerName}`);
  await expect(details).toContainText('On-site training in the first month: open');
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);

  // The owner finds the customer in their handoff book, and the handoff's case among their own.
  const ownerPage = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(ownerPage, baseUrl, ownerPerson);
  await ownerPage.getByRole('link', { name: 'Handoff book' }).click();
  await expect(ownerPage.getByRole('link', { name: 'Hilde Hansen' }).first()).toBeVisible();
  await ownerPage.getByRole('link', { name: 'My cases' }).click();
  await ownerPage.getByRole('row').filter({ hasText: customerId }).getByRole('link').click();
  await expect(ownerPage.getByRole('article', { name: /^handoff / })).toBeVisible();
});
