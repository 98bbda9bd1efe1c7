import type { Role } from '../../src/domain/roles';
import { startTestApp, type TestApp } from '../support/harness';
import { createOrder } from '../support/returns';

// Every free-text field refuses NUL and control characters at once with a 400 naming it, before
// anything is written or any process starts (PostgreSQL cannot store NUL: it used to hang the request).

const NUL = 'a\u0000b';
const order = {
  id: 'ORD-HOSTILE',
  customerId: 'cust-hostile',
  deliveredAt: '2026-11-20T10:00:00Z',
  lines: [{ sku: 'KETTLE', name: 'Kettle', category: 'kitchen', qty: 1, unitPrice: { minor: 3999, currency: 'EUR' } }],
};
const handoff = {
  dealId: 'deal-hostile',
  customer: { id: 'cust-hostile', name: 'Hostile Ltd', email: 'h@example.com', tier: 'standard' },
  products: [{ sku: 'P-1', name: 'Plan', qty: 1 }],
  commitments: [{ description: 'Onboarding call' }],
  salesRep: 'Sam Sales',
  closedAt: '2026-11-20T10:00:00Z',
};

const cases: Array<[string, Role, string, unknown, string]> = [
  ['POST', 'agent', '/v1/cases', { customerId: 'cust-hostile', subject: NUL }, 'subject'],
  ['POST', 'agent', '/v1/cases/{case}/close', { resolution: NUL }, 'resolution'],
  ['POST', 'agent', '/v1/credits', { customerId: 'cust-hostile', amount: { minor: 100, currency: 'EUR' }, kind: 'goodwill', reason: NUL }, 'reason'],
  ['POST', 'accounting', '/v1/credits/{credit}/approve', { note: NUL }, 'note'],
  ['POST', 'accounting', '/v1/credits/{credit}/reject', { reason: NUL }, 'reason'],
  ['POST', 'agent', '/v1/escalations', { caseId: '{case}', severity: 'P3', category: 'billing', reason: NUL }, 'reason'],
  ['POST', 'agent', '/v1/escalations/{escalation}/notes', { text: NUL }, 'text'],
  ['POST', 'agent', '/v1/escalations/{escalation}/escalate', { reason: NUL }, 'reason'],
  ['POST', 'sales', '/v1/handoffs', { ...handoff, customer: { ...handoff.customer, name: NUL } }, 'customer.name'],
  ['POST', 'sales', '/v1/handoffs', { ...handoff, salesRep: NUL }, 'salesRep'],
  ['POST', 'sales', '/v1/handoffs', { ...handoff, commitments: [{ description: NUL }] }, 'commitments.0.description'],
  ['POST', 'sales', '/v1/orders', { ...order, lines: [{ ...order.lines[0], name: NUL }] }, 'lines.0.name'],
  ['POST', 'sales', '/v1/orders', { ...order, lines: [{ ...order.lines[0], category: 'kit\u0007chen' }] }, 'lines.0.category'],
  ['POST', 'supervisor', '/v1/returns/{return}/exception', { reason: NUL }, 'reason'],
  ['POST', 'admin', '/v1/users', { name: 'Ann\nAdmin', role: 'agent' }, 'name'],
];

describe('hostile text', () => {
  let app: TestApp;
  const keys = new Map<Role, string>();

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ['agent', 'accounting', 'sales', 'supervisor', 'admin', 'ops'] as const) keys.set(role, await app.userKey(role));
    // Real objects to act on: an object the caller may not read would be a 404 before its body is read.
    const key = (role: Role) => keys.get(role);
    const theCase = await app.request('POST', '/v1/cases', { key: key('agent'), body: { customerId: 'cust-fixture', subject: 'Fixture' } });
    const credit = await app.request('POST', '/v1/credits', {
      key: key('agent'),
      body: { customerId: 'cust-fixture', caseId: theCase.body.id, amount: { minor: 20_000, currency: 'EUR' }, kind: 'refund', reason: 'Fixture' },
    });
    const escalation = await app.request('POST', '/v1/escalations', {
      key: key('agent'),
      body: { caseId: theCase.body.id, severity: 'P3', category: 'fixture', reason: 'Fixture' },
    });
    await createOrder(app, key('sales') ?? '', 'ORD-FIXTURE', 'cust-fixture', 2, [{ sku: 'KETTLE', category: 'kitchen', qty: 1, minor: 3999 }]);
    const started = await app.request('POST', '/v1/returns', {
      key: key('agent'),
      body: { orderId: 'ORD-FIXTURE', customerId: 'cust-fixture', resolution: 'refund', lines: [{ sku: 'KETTLE', qty: 1, reason: 'defective', condition: 'opened' }] },
    });
    fixtures = { case: theCase.body.id, credit: credit.body.id, escalation: escalation.body.id, return: started.body.id };
  });
  let fixtures: Record<string, string> = {};
  const withFixtures = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/\{(case|credit|escalation|return)\}/g, (_match, name: string) => fixtures[name] ?? name));
  afterAll(() => app.stop());

  it.each(cases)('%s %s %s with a control character is a 400 naming %s, at once, writing nothing', async (method, role, path, body, field) => {
    const started = Date.now();
    const response = await app.request(method, withFixtures(path), { key: keys.get(role), body: withFixtures(body) });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ in: 'body', field })]));
    expect(await app.db.case.count({ where: { customerId: 'cust-hostile' } })).toBe(0);
    expect(await app.db.order.count({ where: { id: 'ORD-HOSTILE' } })).toBe(0);
  });

  it('stores text in Unicode NFC, keeping line breaks in multi-line fields', async () => {
    const decomposed = 'Cafe\u0301 machine leaks';
    const opened = await app.request('POST', '/v1/cases', { key: keys.get('agent'), body: { customerId: 'cust-nfc', subject: decomposed } });
    expect(opened.status).toBe(201);
    expect(opened.body.subject).toBe('Caf\u00e9 machine leaks');
    const closed = await app.request('POST', `/v1/cases/${opened.body.id}/close`, {
      key: keys.get('agent'),
      body: { resolution: 'Replaced.\n\tCustomer happy.' },
    });
    expect(closed.status).toBe(200);
    expect(closed.body.resolution).toBe('Replaced.\n\tCustomer happy.');
  });

  it('refuses a NUL in a query parameter with a 400 naming it', async () => {
    const response = await app.request('GET', '/v1/reports/sla?step=%00', { key: keys.get('ops') });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ in: 'query', field: 'step' })]);
  });

  it.each([
    ['a crafted position', Buffer.from(JSON.stringify(['2024-01-01T00:00:00Z', 'x'])).toString('base64url')],
    ['a non-UUID id', Buffer.from(JSON.stringify(['2024-01-01T00:00:00.000Z', "1' OR '1'='1"])).toString('base64url')],
    ['an object', Buffer.from(JSON.stringify({ at: 1 })).toString('base64url')],
    ['not base64 JSON', '%00%ff'],
  ])('refuses %s as a cursor with a 400 naming cursor', async (_label, cursor) => {
    const response = await app.request('GET', `/v1/cases?cursor=${cursor}`, { key: keys.get('agent') });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ in: 'query', field: 'cursor' })]);
  });
});
