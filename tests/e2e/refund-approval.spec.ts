import { expect, test } from '@playwright/test';
import pg from 'pg';
import { expectAccessible, openCaseInConsole, personPage } from './support/console';
import { e2eStack } from './support/stack-description';

// A refund beyond the agent's authority, from the case screen to accounting's queue and back.

async function ledgerEntries(customerId: string): Promise<Array<{ amount_minor: string; currency: string }>> {
  const client = new pg.Client({ connectionString: e2eStack().databaseUrl });
  await client.connect();
  try {
    return (await client.query('SELECT amount_minor, currency FROM ledger_entries WHERE customer_id = $1', [customerId])).rows;
  } finally {
    await client.end();
  }
}

test('an agent requests a 900.00 refund; accounting, and no other agent, sees it and approves it; the case shows it posted, once in the ledger', async ({ browser }) => {
  const { people } = e2eStack();
  const customerId = `cust-${Date.now()}`;
  // Its own words: other journeys' cases (a customer's exception request) may be the other agent's.
  const subject = `Kettle arrived broken (${customerId})`;

  const agent = await personPage(browser, people.agent);
  await expect(agent.getByRole('heading', { name: 'My open cases' })).toBeVisible();
  await expectAccessible(agent);
  await openCaseInConsole(agent, customerId, subject);

  await agent.getByLabel('Amount (EUR)').fill('900.00');
  await agent.getByLabel('Kind').selectOption('refund');
  await agent.getByLabel('Reason').fill('Arrived broken, customer keeps no item');
  await agent.getByRole('button', { name: 'Request the credit' }).click();
  await expect(agent.getByRole('status')).toContainText('Credit of €900.00 is waiting for approval by accounting');
  await expect(agent.getByRole('article', { name: 'credit pending approval' })).toBeVisible();
  await expectAccessible(agent);

  const otherAgent = await personPage(browser, people.otherAgent);
  await otherAgent.getByRole('link', { name: 'Approvals' }).click();
  await expect(otherAgent.getByText('Nothing waits for your decision.')).toBeVisible();
  await otherAgent.getByRole('link', { name: 'My cases' }).click();
  await expect(otherAgent.getByRole('region', { name: 'My open cases, table' }).or(otherAgent.getByText('No open cases.'))).toBeVisible();
  await expect(otherAgent.getByText(subject)).toHaveCount(0);

  const accounting = await personPage(browser, people.accounting);
  await accounting.getByRole('link', { name: 'Approvals' }).click();
  const row = accounting.getByRole('row').filter({ hasText: customerId });
  await expect(row).toContainText('€900.00');
  await expect(row).toContainText('Ada Agent');
  await expect(row).toContainText('Arrived broken');
  await expectAccessible(accounting);
  await accounting.screenshot({ path: 'docs/screenshots/approval-queue.png' });
  await row.getByRole('button', { name: 'Decide' }).click();
  await accounting.getByLabel(/^Note/).fill('Photos of the damage checked');
  await accounting.getByRole('button', { name: 'Approve' }).click();
  await expect(row).toHaveCount(0);

  // The agent's open case follows without a reload.
  await expect(agent.getByRole('article', { name: 'credit posted' })).toBeVisible();
  await agent.screenshot({ path: 'docs/screenshots/agent-case.png', fullPage: true });
  expect(await ledgerEntries(customerId)).toEqual([{ amount_minor: '90000', currency: 'EUR' }]);
});
