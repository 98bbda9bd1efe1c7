import { expect, test } from '@playwright/test';
import { apiAs } from './support/api';
import { expectAccessible, openCaseInConsole, personPage } from './support/console';
import { e2eStack } from './support/stack-description';

// A P1 nobody acknowledges climbs the tiers on acknowledgement targets of seconds; at the top its
// clock stays red. The escalations policy is put back afterwards (running escalations keep theirs).

let restorePolicy: () => Promise<void> = async () => {};
test.afterEach(() => restorePolicy());

test('a P1 nobody acknowledges climbs a tier, and at the top its countdown turns red; the supervisor takes and resolves it', async ({ browser }) => {
  const { baseUrl, people } = e2eStack();
  const admin = await apiAs(baseUrl, people.admin);
  const before = (await (await admin.get('/v1/policies/escalations')).json()) as { document: { severities: Record<string, unknown> } };
  const fast = { ...before.document, severities: { ...before.document.severities, P1: { ack: 'PT8S', resolve: 'PT1H', clock: '24x7' } } };
  expect((await admin.put('/v1/policies/escalations', { data: fast })).status()).toBe(201);
  restorePolicy = async () => {
    expect((await admin.put('/v1/policies/escalations', { data: before.document })).status()).toBe(201);
  };
  const customerId = `cust-p1-${Date.now()}`;

  const supervisor = await personPage(browser, people.supervisor);
  await supervisor.getByRole('link', { name: 'Escalations' }).click();
  await expect(supervisor.getByRole('heading', { name: 'L1: waiting for acknowledgement' })).toBeVisible();

  const agent = await personPage(browser, people.agent);
  await openCaseInConsole(agent, customerId, 'Checkout down for every customer');
  await agent.getByLabel('Severity').selectOption('P1');
  await agent.getByLabel('Category').fill('checkout');
  await agent.getByLabel('Why it needs escalating').fill('No order can be paid since 10:00');
  await agent.getByRole('button', { name: 'Raise the escalation' }).click();
  await expect(agent.getByRole('status')).toContainText("P1 escalation raised into tier L1's queue");
  await expectAccessible(agent);

  const row = supervisor.getByRole('row', { name: new RegExp(customerId) });
  await expect(row).toContainText('due in');
  await expectAccessible(supervisor);

  await supervisor.getByRole('link', { name: 'L2', exact: true }).click();
  await expect(supervisor.getByRole('heading', { name: 'L2: waiting for acknowledgement' })).toBeVisible();
  await expect(row).toBeVisible();

  await supervisor.getByRole('link', { name: 'Manager' }).click();
  const clock = row.getByRole('time').first();
  await expect(clock).toContainText('(breached)', { timeout: 60_000 });
  await expect(clock).toHaveCSS('background-color', 'rgb(179, 38, 30)');
  await expectAccessible(supervisor);
  await supervisor.screenshot({ path: 'docs/screenshots/escalation-queue.png' });

  await row.getByRole('link', { name: 'P1' }).click();
  await expect(supervisor.getByRole('heading', { name: 'P1 escalation: checkout' })).toBeVisible();
  await expect(supervisor.getByText('Acknowledgement overdue in L1')).toBeVisible();
  await expectAccessible(supervisor);
  await supervisor.getByRole('button', { name: 'Acknowledge and take the escalation' }).click();
  await supervisor.getByRole('button', { name: 'Acknowledge and take the escalation' }).click();
  await expect(supervisor.getByText('Tier manager · acknowledged')).toBeVisible();
  await supervisor.getByRole('button', { name: 'Add a note' }).click();
  await supervisor.getByRole('textbox', { name: 'Note' }).fill('Payment provider restarted');
  await supervisor.getByRole('button', { name: 'Add a note' }).click();
  await expect(supervisor.getByRole('region', { name: 'Notes' })).toContainText('Sue Supervisor: Payment provider restarted');
  await supervisor.getByRole('button', { name: 'Resolve with a resolution code' }).click();
  await supervisor.getByRole('combobox', { name: 'Resolution code' }).selectOption('fixed');
  await supervisor.getByRole('button', { name: 'Resolve with a resolution code' }).click();
  await expect(supervisor.getByText('Resolved: fixed')).toBeVisible();
});
