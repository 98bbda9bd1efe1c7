import { expect, test } from '@playwright/test';
import { apiAs } from './support/api';
import { expectAccessible, personPage } from './support/console';
import { customerLink } from './support/mail';
import { e2eStack } from './support/stack-description';

// The NPS survey answered by the customer from the link in its email, on a phone: a 3 opens a
// recovery escalation in tier L1, and the same link cannot answer again.

const PHONE = { width: 390, height: 844 };

test('a customer answers the survey from its email link with a 3; a recovery escalation appears in L1; the link is refused after', async ({ browser }) => {
  const { baseUrl, people } = e2eStack();
  const admin = await apiAs(baseUrl, people.admin);
  const before = (await (await admin.get('/v1/policies/handoff')).json()) as { document: Record<string, unknown> };
  expect((await admin.put('/v1/policies/handoff', { data: { ...before.document, surveyAt: 'PT2S' } })).status()).toBe(201);
  const customerId = `cust-nps-${Date.now()}`;
  const email = `${customerId}@example.com`;
  try {
    const handedOver = await (await apiAs(baseUrl, people.sales)).post('/v1/handoffs', {
      data: {
        dealId: `deal-${customerId}`,
        customer: { id: customerId, name: 'Nia Customer', email, tier: 'standard' },
        products: [{ sku: 'KETTLE-1', name: 'Kettle', qty: 1 }],
        commitments: [],
        salesRep: people.sales.name,
        closedAt: new Date(Date.now() - 60_000).toISOString(),
      },
    });
    expect(handedOver.status()).toBe(201);
  } finally {
    expect((await admin.put('/v1/policies/handoff', { data: before.document })).status()).toBe(201);
  }

  const link = await customerLink(email, 'survey');
  const customer = await (await browser.newContext({ viewport: PHONE })).newPage();
  await customer.goto(`${baseUrl}${link}?score=3`);
  await expect(customer.getByRole('heading', { name: 'How likely are you to recommend us?' })).toBeVisible();
  await expect(customer.getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await customer.getByLabel('Anything you would like to tell us? (optional)').fill('The installer never came.');
  await expectAccessible(customer);
  await customer.screenshot({ path: 'docs/screenshots/customer-survey.png', fullPage: true });
  await customer.getByRole('button', { name: 'Send my answer' }).click();
  await expect(customer.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await expect(customer.getByText('3 out of 10')).toBeVisible();

  const supervisor = await personPage(browser, people.supervisor);
  await supervisor.getByRole('link', { name: 'Escalations' }).click();
  await expect(supervisor.getByRole('heading', { name: 'L1: waiting for acknowledgement' })).toBeVisible();
  await expect(supervisor.getByRole('row', { name: new RegExp(customerId) })).toContainText('handoff.detractor');

  await customer.goto(`${baseUrl}${link}?score=9`);
  await expect(customer.getByRole('heading', { name: 'We could not open this' })).toBeVisible();
  await expectAccessible(customer);
  await customer.screenshot({ path: 'docs/screenshots/customer-link-refused.png', fullPage: true });
});
