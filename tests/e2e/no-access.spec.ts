import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support/console';
import { e2eStack } from './support/stack-description';

test('a person without an approver role gets no Approvals link, and a clear refusal at its address', async ({ page }) => {
  const { baseUrl, people } = e2eStack();
  await signIn(page, baseUrl, people.warehouse);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Approvals' })).toHaveCount(0);

  await page.goto(`${baseUrl}/approvals`);
  await expect(page.getByRole('heading', { name: 'You do not have access' })).toBeVisible();
  await expectAccessible(page);
});

test('the sign-in page refuses a wrong password and works on a 390 px phone', async ({ page }) => {
  const { baseUrl, people } = e2eStack();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${baseUrl}/approvals`);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Email').fill(people.agent.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();

  await page.getByLabel('Password').fill(people.agent.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Approval queue' })).toBeVisible();
});
