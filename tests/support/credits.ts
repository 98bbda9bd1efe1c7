import type { TestApp } from './harness';

/** Users of every role that takes part in credits, each with an API key. */
export async function creditTeam(app: TestApp) {
  const [agent, otherAgent, supervisor, accounting, otherAccounting, manager, ops] = await Promise.all([
    app.userKey('agent', 'Ada Agent'),
    app.userKey('agent', 'Otto Agent'),
    app.userKey('supervisor', 'Sue Supervisor'),
    app.userKey('accounting', 'Ann Accounting'),
    app.userKey('accounting', 'Abe Accounting'),
    app.userKey('accounting_manager', 'Max Manager'),
    app.userKey('ops', 'Oli Ops'),
  ]);
  return { agent, otherAgent, supervisor, accounting, otherAccounting, manager, ops };
}

export function euros(minor: number) {
  return { minor, currency: 'EUR' };
}

export async function requestCredit(app: TestApp, key: string, body: Record<string, unknown>) {
  return app.request('POST', '/v1/credits', { key, body: { reason: 'Late delivery', ...body } });
}
