import { expect, request, test } from '@playwright/test';
import { expectAccessible, signIn } from './support/console';
import { e2eStack } from './support/stack-description';

test('a person creates their own API key, sees it once, uses it, and revokes it', async ({ page }) => {
  const { baseUrl, people } = e2eStack();
  await signIn(page, baseUrl, people.warehouse);
  await page.getByRole('link', { name: 'My API keys' }).click();
  await expect(page.getByRole('heading', { name: 'My API keys' })).toBeVisible();
  await page.getByLabel('What the key is for').fill('Scanner script');
  await page.getByRole('button', { name: 'Create a key' }).click();
  const key = await page.getByLabel('The new key').inputValue();
  const row = page.getByRole('row').filter({ hasText: 'Scanner script' });
  await expect(row).toContainText(key.slice(0, 8));
  await expectAccessible(page);

  const script = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { Authorization: `Bearer ${key}` } });
  expect((await script.get('/v1/session')).status()).toBe(200);
  await row.getByRole('button', { name: /^Revoke / }).click();
  await expect(row).toContainText('revoked');
  expect((await script.get('/v1/session')).status()).toBe(401);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
});
