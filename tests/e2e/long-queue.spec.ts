import { expect, test } from '@playwright/test';
import pg from 'pg';
import { apiAs } from './support/api';
import { personPage } from './support/console';
import { e2eStack } from './support/stack-description';

// A thousand credits waiting for accounting: the queue shows its first page and pages on. How long
// the first page took is printed (a figure, not a pass mark: speed is for benchmarks).
// The credits are rows only (their workflows would take minutes to start, and the queue reads rows).

const WAITING = 1_000;

test('a queue of 1,000 pending credits shows its first page and pages through them', async ({ browser }) => {
  const { baseUrl, databaseUrl, people } = e2eStack();
  const customerId = `cust-queue-${Date.now()}`;
  const api = await apiAs(baseUrl, people.agent);
  const opened = await api.post('/v1/cases', { data: { customerId, subject: 'Many refunds' } });
  expect(opened.status()).toBe(201);
  const caseId = ((await opened.json()) as { id: string }).id;

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO credits (id, workflow_id, customer_id, case_id, kind, amount_minor, currency, reason, requested_by_id, status, queue_role, policy_version, requested_at)
       SELECT gen_random_uuid(), 'seeded-credit-' || n, $1, $2, 'refund', 90000, 'EUR', 'Seeded refund ' || n,
              (SELECT id FROM users WHERE email = $3), 'pending_approval', 'accounting', 1, now() - interval '1 day' + n * interval '1 second'
       FROM generate_series(1, $4::int) AS n`,
      [customerId, caseId, people.agent.email, WAITING],
    );
    const accounting = await personPage(browser, people.accounting);
    const started = Date.now();
    await accounting.getByRole('link', { name: 'Approvals' }).click();
    await expect(accounting.getByRole('row').filter({ hasText: 'Seeded refund 1' }).first()).toBeVisible();
    const shownInMs = Date.now() - started;
    console.log(`approval queue of ${WAITING} pending credits: first page shown in ${shownInMs} ms`);
    await accounting.getByRole('button', { name: 'Next' }).click();
    await expect(accounting.getByText('Page 2')).toBeVisible();
    await expect(accounting.getByRole('row').filter({ hasText: 'Seeded refund 26' }).first()).toBeVisible();
  } finally {
    await db.query("DELETE FROM credits WHERE workflow_id LIKE 'seeded-credit-%'");
    await db.end();
  }
});
