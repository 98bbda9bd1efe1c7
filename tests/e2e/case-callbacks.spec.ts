import { expect, test } from '@playwright/test';
import { expectAccessible, openCaseInConsole, personPage } from './support/console';
import { e2eStack } from './support/stack-description';

// The first person a customer reaches owns the case and keeps the calls they promise.

/** The next weekday at 11:00 UTC (working hours in London), as a datetime-local value in UTC. */
function nextWorkingMorning(): string {
  const day = new Date();
  do day.setUTCDate(day.getUTCDate() + 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return `${day.toISOString().slice(0, 10)}T11:00`;
}

test.use({ timezoneId: 'UTC' });

test('an agent owns the case, promises a callback that counts down, and keeps it by reaching the customer', async ({ browser }) => {
  const { people } = e2eStack();
  const customerId = `cust-callback-${Date.now()}`;
  const agent = await personPage(browser, people.agent);
  await openCaseInConsole(agent, customerId, 'Wants a call about the refund');
  await expect(agent.getByText('No callback is promised.')).toBeVisible();

  await agent.getByLabel('Call back by').fill(nextWorkingMorning());
  await agent.getByLabel('What was promised').fill('Confirm the refund date');
  await agent.getByRole('button', { name: 'Promise the callback' }).click();
  const callback = agent.getByRole('article', { name: 'Callback 1' });
  await expect(callback).toContainText('Confirm the refund date');
  await expect(callback).toContainText(/due in/);
  await expectAccessible(agent);

  await callback.getByLabel('Outcome').selectOption('no_answer');
  await callback.getByRole('button', { name: 'Record the call' }).click();
  await expect(callback).toBeVisible();
  await callback.getByLabel('Outcome').selectOption('reached');
  await callback.getByRole('button', { name: 'Record the call' }).click();
  await expect(agent.getByText('No callback is promised.')).toBeVisible();
  await expect(agent.getByText('Confirm the refund date: kept')).toBeVisible();
});
