import { expect, test } from '@playwright/test';
import { apiAs } from './support/api';
import { expectAccessible, personPage } from './support/console';
import { e2eStack } from './support/stack-description';

// Accounting's own desk: a customer's ledger, and an out-of-office delegation given and ended.

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('accounting reads a customer ledger and delegates their approvals to a manager, then ends it', async ({ browser }) => {
  const { baseUrl, people } = e2eStack();
  const customerId = `cust-ledger-${Date.now()}`;
  const agentApi = await apiAs(baseUrl, people.agent);
  const goodwill = await agentApi.post('/v1/credits', { data: { customerId, amount: { minor: 4_000, currency: 'EUR' }, kind: 'goodwill', reason: 'Late delivery' } });
  expect(((await goodwill.json()) as { status: string }).status).toBe('posted');
  const managerId = ((await (await (await apiAs(baseUrl, people.manager)).get('/v1/session')).json()) as { user: { id: string } }).user.id;

  const accounting = await personPage(browser, people.accounting);
  await accounting.getByRole('link', { name: 'Ledger' }).click();
  await accounting.getByLabel('Customer id').fill(customerId);
  await accounting.getByRole('button', { name: 'Show the ledger' }).click();
  await expect(accounting.getByRole('row').filter({ hasText: '€40.00' })).toContainText('goodwill');
  // Goodwill is paid as store credit: the balance holds it.
  await expect(accounting.getByRole('listitem').filter({ hasText: '€40.00' })).toBeVisible();
  await expectAccessible(accounting);

  await accounting.getByRole('link', { name: 'Delegations' }).click();
  await accounting.getByLabel('Delegate (user id)').fill(managerId);
  await accounting.getByLabel('From').fill(day(0));
  await accounting.getByLabel('To (at most 30 days)').fill(day(7));
  await accounting.getByRole('button', { name: 'Delegate' }).click();
  const row = accounting.getByRole('row').filter({ hasText: managerId });
  await expect(row).toContainText('active');
  await expectAccessible(accounting);
  await row.getByRole('button', { name: 'End' }).click();
  await expect(row).toContainText('ended');
});
