import { expect, test } from '@playwright/test';
import pg from 'pg';
import { formatDuration } from '../../console/src/components/duration';
import { expectAccessible, signIn } from './support/console';
import { e2eStack } from './support/stack-description';

// Ops read the SLA dashboard: its chart and table show the p95 the API reports; its customer
// self-service part shows the reports' self-service returns and surveys sent.

const SECOND = 1000;
const HOUR = 60 * 60 * SECOND;

/** Finished credit approvals of 1..20 minutes (due in 17: the last three breached), and one open approval already breached. */
async function seedApprovals(): Promise<void> {
  const client = new pg.Client({ connectionString: e2eStack().databaseUrl });
  await client.connect();
  try {
    const now = Date.now();
    for (let n = 1; n <= 20; n += 1) {
      const startedAt = new Date(now - 3 * HOUR + n * 60 * SECOND);
      const durationMs = n * 60 * SECOND;
      const dueAt = new Date(startedAt.getTime() + 17 * 60 * SECOND);
      await client.query(
        `INSERT INTO step_records (step_key, process, workflow_id, step, owner_role, started_at, due_at, completed_at, duration_ms, breached_at)
         VALUES ($1, 'credit', $2, 'approval', 'accounting', $3, $4, $5, $6, $7)`,
        [`credit-ops-e2e-${n}:approval:1`, `credit-ops-e2e-${n}`, startedAt, dueAt, new Date(startedAt.getTime() + durationMs), durationMs, n > 17 ? dueAt : null],
      );
    }
    await client.query(
      `INSERT INTO step_records (step_key, process, workflow_id, step, owner_role, started_at, due_at)
       VALUES ('credit-ops-e2e-open:approval:1', 'credit', 'credit-ops-e2e-open', 'approval', 'accounting', $1, $2)`,
      [new Date(now - 2 * HOUR), new Date(now - HOUR)],
    );
  } finally {
    await client.end();
  }
}

test("ops' SLA chart and table show the same p95 as /v1/reports/sla, with the breached work to chase", async ({ page }) => {
  const { baseUrl, people } = e2eStack();
  await seedApprovals();
  await signIn(page, baseUrl, people.ops);
  await page.getByRole('link', { name: 'Operations' }).click();
  await expect(page.getByRole('heading', { name: 'Operations' })).toBeVisible();
  await page.getByLabel('Process').selectOption({ label: 'Credit: refund, store credit or goodwill' });

  const chart = page.getByRole('img', { name: /Chart: Business durations/ });
  await expect(chart).toContainText('credit: approval');
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'approval', exact: true }) });
  await expect(async () => {
    const answer = await page.request.get(`${baseUrl}/v1/reports/sla?process=credit&step=approval`);
    expect(answer.status()).toBe(200);
    const [api] = (await answer.json()).rows as Array<{ p95Ms: number }>;
    expect(api?.p95Ms).toBeGreaterThan(0);
    await expect(row.getByRole('cell').nth(6)).toHaveText(formatDuration(api?.p95Ms ?? null), { timeout: 1000 });
  }).toPass();

  const breached = page.getByRole('table', { name: 'Breached now' });
  await expect(breached.getByRole('row').filter({ hasText: 'credit: approval' }).first()).toContainText('overdue');
  await expectAccessible(page);
  await page.screenshot({ path: 'docs/screenshots/ops-dashboard.png', fullPage: true });

  // What customers did themselves in the period, as the reports count it.
  const selfService = page.getByRole('region', { name: 'Customer self-service' });
  const [resolution, nps] = await Promise.all(['resolution', 'nps'].map(async (name) => (await page.request.get(`${baseUrl}/v1/reports/${name}`)).json()));
  await expect(selfService.getByRole('table', { name: 'Returns requested in this period' }).getByRole('row').nth(1)).toContainText(String(resolution.selfService.returns.selfService));
  await expect(selfService.getByRole('table', { name: 'NPS surveys sent in this period, answered whenever' }).getByRole('cell').first()).toHaveText(String(nps.surveys.sent));
  await selfService.screenshot({ path: test.info().outputPath('ops-self-service.png') });

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(chart).toBeVisible();
  await expectAccessible(page);
});
