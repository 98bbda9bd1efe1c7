import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, signOut } from './support/console';
import { e2eStack } from './support/stack-description';

// An admin invites a person; the person opens the link, sets a password, is signed in and sees the
// screens of their role.

test('an admin invites a person who opens the link, sets a password, signs in and sees the screens of their role', async ({ page, browser }) => {
  const { baseUrl, people } = e2eStack();
  const email = `olivia-${Date.now()}@example.com`;
  await signIn(page, baseUrl, people.admin);
  await page.getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { name: 'Administration' })).toBeVisible();
  const invite = page.getByRole('form', { name: 'Invite a person' });
  await invite.getByLabel('Name').fill('Olivia Ops');
  await invite.getByLabel('Email').fill(email);
  await invite.getByLabel('Role').selectOption('ops');
  await invite.getByRole('button', { name: 'Invite' }).click();
  const link = await page.getByLabel('Invitation link for Olivia Ops').inputValue();
  expect(link).toMatch(/\/accept-invitation#token=/);
  const invitations = page.getByRole('region', { name: 'Invitations, table' });
  await expect(invitations.getByRole('row').filter({ hasText: email })).toContainText('pending until');
  await expectAccessible(page);

  const invited = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await invited.goto(link);
  await expect(invited.getByRole('heading', { name: 'Set your password' })).toBeVisible();
  await expectAccessible(invited);
  await invited.getByLabel('New password').fill('short');
  await invited.getByLabel('The password again').fill('short');
  await invited.getByRole('button', { name: 'Set the password and sign in' }).click();
  // The API's rule, said beside the field.
  await expect(invited.getByLabel('New password')).toHaveAttribute('aria-invalid', 'true');
  const password = 'a long password of olivia';
  await invited.getByLabel('New password').fill(password);
  await invited.getByLabel('The password again').fill(password);
  await invited.getByRole('button', { name: 'Set the password and sign in' }).click();
  await expect(invited.getByText('Olivia Ops (Operations)')).toBeVisible();
  await expect(invited.getByRole('link', { name: 'Operations' })).toBeVisible();
  await expect(invited.getByRole('link', { name: 'Administration' })).toHaveCount(0);

  await signOut(invited);
  await signIn(invited, baseUrl, { name: 'Olivia Ops', role: 'ops', email, password });
  await invited.getByRole('link', { name: 'Operations' }).click();
  await expect(invited.getByRole('heading', { name: 'Operations' })).toBeVisible();

  // The link was for one use; the admin sees the invitation accepted and the person among the people.
  await expect(invitations.getByRole('row').filter({ hasText: email })).toContainText('accepted');
  await expect(page.getByRole('region', { name: 'People, table' }).getByRole('row').filter({ hasText: email })).toContainText('active');
});

test('an admin edits a policy as a form: the API refuses a bad field beside it, and a widening change waits for a second admin', async ({ page }) => {
  const { baseUrl, people } = e2eStack();
  await signIn(page, baseUrl, people.admin);
  await page.getByRole('link', { name: 'Administration' }).click();
  const form = page.getByRole('form', { name: 'The credits policy' });
  await form.getByLabel('warningFraction').fill('2');
  await form.getByRole('button', { name: 'Save the credits policy' }).click();
  await expect(form.getByLabel('warningFraction')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('warningFraction').fill('0.75');
  await form.getByLabel('authorityLimits.agent').fill('9000');
  await form.getByRole('button', { name: 'Save the credits policy' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'waits for a second admin' })).toContainText('authorityLimits.agent');
  const pending = page.getByRole('article', { name: 'Change of the credits policy by Ari Admin' });
  await expect(pending).toContainText('You proposed it: another admin decides.');
  await expectAccessible(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('heading', { name: 'Process catalog' })).toBeVisible();
  await page.getByText('Credit: refund, store credit or goodwill').click();
  await expect(page.getByRole('row').filter({ hasText: 'approval' }).first()).toContainText('P1D');
  await expectAccessible(page);
});
