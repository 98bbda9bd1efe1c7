import { expect, test } from '@playwright/test';
import { expectAccessible, openCaseInConsole, personPage } from './support/console';
import { e2eStack } from './support/stack-description';

// Above the dual-control threshold a refund needs two people: accounting, then an accounting manager.

test('a 7,500.00 refund needs accounting and then a manager; each sees who decided before them, and it posts after the second', async ({ browser }) => {
  const { people } = e2eStack();
  const customerId = `cust-dual-${Date.now()}`;

  const agent = await personPage(browser, people.agent);
  await openCaseInConsole(agent, customerId, 'Espresso machine dead on arrival');
  await agent.getByLabel('Amount (EUR)').fill('7500.00');
  await agent.getByLabel('Kind').selectOption('refund');
  await agent.getByLabel('Reason').fill('Dead on arrival, returned by courier');
  await agent.getByRole('button', { name: 'Request the credit' }).click();
  await expect(agent.getByRole('status')).toContainText('Credit of €7,500.00 is waiting for approval');

  const accounting = await personPage(browser, people.accounting);
  await accounting.getByRole('link', { name: 'Approvals' }).click();
  const first = accounting.getByRole('row').filter({ hasText: customerId });
  await expect(first).toContainText('0 of 2 approvals');
  await first.getByRole('button', { name: 'Decide' }).click();
  await expect(accounting.getByText('Needs two approvers.')).toBeVisible();
  await accounting.getByRole('button', { name: 'Approve' }).click();
  await expect(first).toHaveCount(0);

  const manager = await personPage(browser, people.manager);
  await manager.getByRole('link', { name: 'Approvals' }).click();
  const second = manager.getByRole('row').filter({ hasText: customerId });
  await expect(second).toContainText('1 of 2 approvals');
  await second.getByRole('button', { name: 'Decide' }).click();
  await expect(manager.getByText(`Approved first by ${people.accounting.name} (accounting)`)).toBeVisible();
  await expectAccessible(manager);
  await manager.getByRole('button', { name: 'Approve' }).click();
  await expect(second).toHaveCount(0);

  await expect(agent.getByRole('article', { name: 'credit posted' })).toBeVisible();
});
