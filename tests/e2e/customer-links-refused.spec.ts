import { expect, test } from '@playwright/test';
import { e2eStack } from './support/stack-description';

// Tampered links and wrong order/email pairs get the same clear page, and an address that keeps
// trying is slowed down (the stack allows 10 failures a minute per address).

test('bad links and wrong order/email pairs get one clear answer, then a rate limit', async ({ browser }) => {
  const { baseUrl } = e2eStack();
  // Its own client address (the API trusts the loopback proxy's X-Forwarded-For), so the budget is this journey's.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, extraHTTPHeaders: { 'X-Forwarded-For': `10.77.${Date.now() % 250}.9` } });
  const customer = await context.newPage();
  const refused = customer.getByRole('heading', { name: 'We could not open this' });

  for (const path of ['/c/returns/made.up', '/c/credits/eyJwIjoiY3JlZGl0X3N0YXR1cyJ9.tampered', '/c/survey/not-a-token', '/c/orders/x.y']) {
    await customer.goto(`${baseUrl}${path}`);
    await expect(refused).toBeVisible();
  }
  for (let attempt = 0; attempt < 6; attempt += 1) {
    await customer.goto(`${baseUrl}/c/return`);
    await customer.getByLabel('Order number').fill(`ORD-GUESS-${attempt}`);
    await customer.getByLabel('Email address').fill('someone@example.com');
    await customer.getByRole('button', { name: 'Find my order' }).click();
    await expect(refused).toBeVisible();
  }
  await customer.goto(`${baseUrl}/c/returns/one.more`);
  await expect(customer.getByRole('heading', { name: 'Please wait a moment' })).toBeVisible();
});
