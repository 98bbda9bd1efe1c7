import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import { e2eStack, type E2ePerson } from './stack-description';

/** Signs in through the sign-in page, as a person does. */
export async function signIn(page: Page, baseUrl: string, person: E2ePerson): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`${person.name} (`)).toBeVisible();
}

/** A person signed in in a browser context of their own, at 1280×800. */
export async function personPage(browser: Browser, person: E2ePerson): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(page, e2eStack().baseUrl, person);
  return page;
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

/** axe finds no serious or critical violation on the screen as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Opens a case from My cases, as an agent on a call does, and waits for its screen. */
export async function openCaseInConsole(page: Page, customerId: string, subject: string): Promise<void> {
  await page.getByText('Open a case').click();
  await page.getByLabel('Customer id').fill(customerId);
  await page.getByLabel('Subject').fill(subject);
  await page.getByRole('button', { name: 'Open the case' }).click();
  await expect(page.getByRole('heading', { name: subject })).toBeVisible();
}
