import { DEFAULT_POLICIES } from '../../src/domain/policies';
import { euros } from '../support/credits';
import { startTestApp, type TestApp } from '../support/harness';
import { adminPair, inEffect, savePolicy } from '../support/policies';
import { createOrder, returnTeam } from '../support/returns';
import { eventually } from '../support/wait';

// The stated limits of money: 100,000,000 minor units (1,000,000.00) per credit, per order line's
// unit price and total, and per order; 10,000 units per line. Sums beyond them (balances) stay exact.

const MAX_AMOUNT = 100_000_000;

describe('amount limits', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof returnTeam>>;
  let manager: string;

  beforeAll(async () => {
    app = await startTestApp();
    team = await returnTeam(app);
    manager = await app.userKey('accounting_manager', 'Max Manager');
    // No dual control, so that a manager's largest credits post at once.
    const policy = { ...DEFAULT_POLICIES.credits, dualControlThreshold: MAX_AMOUNT };
    expect(inEffect((await savePolicy(app, await adminPair(app), 'credits', policy)).status)).toBe('in effect');
  });
  afterAll(() => app.stop());

  const requestCredit = (key: string, minor: number, kind = 'refund') =>
    app.request('POST', '/v1/credits', { key, body: { customerId: 'cust-limits', amount: euros(minor), kind, reason: 'Limits' } });
  const postOrder = (id: string, lines: Array<{ qty: number; minor: number }>) =>
    app.request('POST', '/v1/orders', {
      key: team.sales,
      body: {
        id,
        customerId: 'cust-limits',
        deliveredAt: new Date().toISOString(),
        lines: lines.map((line, n) => ({ sku: `SKU-${n}`, name: 'Item', category: 'kitchen', qty: line.qty, unitPrice: euros(line.minor) })),
      },
    });
  /** The status and each field a 400 names, once (a value can break two rules of one field). */
  const fieldsOf = (response: { status: number; body: { errors?: Array<{ field: string }> } }) => ({
    status: response.status,
    fields: response.body.errors && [...new Set(response.body.errors.map((error) => error.field))],
  });

  it('takes a credit of exactly 1,000,000.00 and refuses one minor unit more, or nothing, naming amount.minor', async () => {
    const largest = await requestCredit(team.agent, MAX_AMOUNT);
    expect(largest.status).toBe(201);
    expect(largest.body).toMatchObject({ status: 'pending_approval', amount: euros(MAX_AMOUNT) });
    expect(fieldsOf(await requestCredit(team.agent, MAX_AMOUNT + 1))).toEqual({ status: 400, fields: ['amount.minor'] });
    expect(fieldsOf(await requestCredit(team.agent, 0))).toEqual({ status: 400, fields: ['amount.minor'] });
    expect(fieldsOf(await requestCredit(team.agent, 2 ** 53))).toEqual({ status: 400, fields: ['amount.minor'] });
  });

  it('takes order lines up to the limits of price, quantity, line total and order total, and refuses one past each', async () => {
    expect(fieldsOf(await postOrder('ORD-PRICE', [{ qty: 1, minor: MAX_AMOUNT }]))).toEqual({ status: 201, fields: undefined });
    expect(fieldsOf(await postOrder('ORD-PRICE-PLUS-1', [{ qty: 1, minor: MAX_AMOUNT + 1 }]))).toEqual({ status: 400, fields: ['lines.0.unitPrice.minor'] });
    expect(fieldsOf(await postOrder('ORD-QTY', [{ qty: 10_000, minor: 10_000 }]))).toEqual({ status: 201, fields: undefined });
    expect(fieldsOf(await postOrder('ORD-QTY-PLUS-1', [{ qty: 10_001, minor: 1 }]))).toEqual({ status: 400, fields: ['lines.0.qty'] });
    expect(fieldsOf(await postOrder('ORD-LINE-PLUS-1', [{ qty: 10_000, minor: 10_001 }]))).toEqual({ status: 400, fields: ['lines.0.qty'] });
    const half = MAX_AMOUNT / 2;
    expect(fieldsOf(await postOrder('ORD-TOTAL', [{ qty: 1, minor: half }, { qty: 1, minor: half }]))).toEqual({ status: 201, fields: undefined });
    expect(fieldsOf(await postOrder('ORD-TOTAL-PLUS-1', [{ qty: 1, minor: half }, { qty: 1, minor: half + 1 }]))).toEqual({ status: 400, fields: ['lines'] });
    for (const qty of [9e15, -9e15]) {
      expect(fieldsOf(await postOrder('ORD-HUGE-QTY', [{ qty, minor: MAX_AMOUNT }]))).toEqual({ status: 400, fields: ['lines.0.qty'] });
    }

    const order = await app.request('GET', '/v1/orders/ORD-QTY', { key: team.sales });
    expect(order.body.lines).toEqual([expect.objectContaining({ qty: 10_000, unitPrice: euros(10_000) })]);
  });

  it('credits a returned line of the largest price exactly, and keeps a balance of several largest credits exact', async () => {
    for (let n = 0; n < 2; n++) {
      const posted = await requestCredit(manager, MAX_AMOUNT, 'store_credit');
      expect(posted.body).toMatchObject({ status: 'posted', amount: euros(MAX_AMOUNT) });
    }

    await createOrder(app, team.sales, 'ORD-LARGEST', 'cust-limits', 1, [{ sku: 'PIANO', category: 'music', qty: 1, minor: MAX_AMOUNT }]);
    const started = await app.request('POST', '/v1/returns', {
      key: team.agent,
      body: { orderId: 'ORD-LARGEST', customerId: 'cust-limits', resolution: 'store_credit', lines: [{ sku: 'PIANO', qty: 1, reason: 'changed_mind', condition: 'opened' }] },
    });
    expect(started.status).toBe(201);
    const act = (name: string, body: object) => app.request('POST', `/v1/returns/${started.body.id}/${name}`, { key: team.warehouse, body });
    await act('receipt', { lines: [{ sku: 'PIANO', qty: 1 }] });
    await act('inspection', { lines: [{ sku: 'PIANO', grade: 'opened' }] });
    const resolving = await eventually(async () => {
      const read = await app.request('GET', `/v1/returns/${started.body.id}`, { key: team.agent });
      return read.body.creditId ? read.body : undefined;
    });
    expect(resolving.totals).toEqual({ grossMinor: MAX_AMOUNT, restockingFeeMinor: 15_000_000, creditMinor: 85_000_000, currency: 'EUR' });

    const credit = await eventually(async () => {
      const read = await app.request('GET', `/v1/credits/${resolving.creditId}`, { key: manager });
      return read.body.status === 'pending_approval' ? read.body : undefined;
    });
    expect(credit).toMatchObject({ amount: euros(85_000_000), queueRole: 'accounting_manager' });
    expect((await app.request('POST', `/v1/credits/${credit.id}/approve`, { key: manager, body: {} })).status).toBe(200);

    const ledger = await eventually(async () => {
      const read = await app.request('GET', '/v1/ledger?customerId=cust-limits', { key: manager });
      return read.body.entries.length === 3 ? read.body : undefined;
    });
    expect(ledger.storeCreditBalances).toEqual([euros(2 * MAX_AMOUNT + 85_000_000)]);
  });
});
