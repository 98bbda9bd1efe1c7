import { startTestApp, type TestApp } from '../support/harness';
import { createOrder, returnTeam } from '../support/returns';
import { eventually } from '../support/wait';

describe('returns', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof returnTeam>>;

  beforeAll(async () => {
    app = await startTestApp();
    team = await returnTeam(app);
    await createOrder(app, team.sales, 'ORD-1', 'cust-r1', 5, [
      { sku: 'KETTLE', category: 'kitchen', qty: 2, minor: 4000 },
      { sku: 'TV', category: 'electronics', qty: 1, minor: 90_000 },
      { sku: 'SHIRT', category: 'apparel', qty: 1, minor: 2000, finalSale: true },
    ]);
    await createOrder(app, team.sales, 'ORD-OLD', 'cust-r1', 40, [{ sku: 'BLENDER', category: 'kitchen', qty: 1, minor: 6000 }]);
    await createOrder(app, team.sales, 'ORD-20', 'cust-r1', 20, [
      { sku: 'PHONE', category: 'electronics', qty: 1, minor: 30_000 },
      { sku: 'PAN', category: 'kitchen', qty: 1, minor: 3000 },
    ]);
  });
  afterAll(() => app.stop());

  const start = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    app.request('POST', '/v1/returns', { key: team.agent, body: { customerId: 'cust-r1', resolution: 'refund', ...body }, headers });
  const line = (sku: string, qty = 1, condition = 'opened', reason = 'changed_mind') => ({ sku, qty, reason, condition });
  const act = (id: string, name: string, key: string, body: object) => app.request('POST', `/v1/returns/${id}/${name}`, { key, body });
  const finished = (id: string) =>
    eventually(async () => {
      const read = await app.request('GET', `/v1/returns/${id}`, { key: team.agent });
      return ['completed', 'expired', 'cancelled'].includes(read.body.status) ? read.body : undefined;
    });

  it('authorises, receives, inspects and credits an opened kettle less the restocking fee', async () => {
    const started = await start({ orderId: 'ORD-1', lines: [line('KETTLE')] });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'awaiting_item', rmaNumber: expect.stringMatching(/^RMA-/), ineligibleLines: [] });
    expect(started.body.trackingNumber).toEqual(expect.stringMatching(/^TRK/));
    expect(started.body.currentStep).toMatchObject({ name: 'await_item', ownerRole: 'warehouse', dueAt: expect.any(String) });
    const onTheCase = await app.request('GET', `/v1/cases/${started.body.caseId}`, { key: team.agent });
    expect(onTheCase.body.processes).toEqual([
      {
        process: 'return',
        id: started.body.id,
        status: 'awaiting_item',
        workflowId: started.body.workflowId,
        currentStep: { name: 'await_item', ownerRole: 'warehouse', dueAt: started.body.currentStep.dueAt },
        nextActions: [expect.objectContaining({ action: 'cancel', href: `/v1/returns/${started.body.id}/cancel` })],
        steps: [
          expect.objectContaining({ name: 'eligibility', completedAt: expect.any(String), durationMs: 0 }),
          expect.objectContaining({ name: 'authorise', completedAt: expect.any(String) }),
          expect.objectContaining({ name: 'await_item', completedAt: null, dueAt: started.body.currentStep.dueAt }),
        ],
      },
    ]);

    const received = await act(started.body.id, 'receipt', team.warehouse, { lines: [{ sku: 'KETTLE', qty: 1 }] });
    expect(received.body).toMatchObject({ status: 'inspecting', currentStep: { name: 'inspect' } });
    const inspected = await act(started.body.id, 'inspection', team.warehouse, { lines: [{ sku: 'KETTLE', grade: 'opened' }] });
    expect(inspected.status).toBe(200);

    const done = await finished(started.body.id);
    expect(done).toMatchObject({
      status: 'completed',
      totals: { grossMinor: 4000, restockingFeeMinor: 600, creditMinor: 3400, currency: 'EUR' },
      creditStatus: 'posted',
      lines: [{ sku: 'KETTLE', grade: 'opened', credit: { creditMinor: 3400 } }],
    });
    const credit = await app.request('GET', `/v1/credits/${done.creditId}`, { key: team.accounting });
    expect(credit.body).toMatchObject({ status: 'posted', kind: 'refund', amount: { minor: 3400, currency: 'EUR' }, caseId: done.caseId });

    // The live state moves first; the rows the case reads follow in the workflow's next activity.
    const theCase = await eventually(async () => {
      const read = await app.request('GET', `/v1/cases/${done.caseId}`, { key: team.agent });
      return read.body.timeline?.some((event: { type: string }) => event.type === 'return.completed') ? read : undefined;
    });
    const types = theCase.body.timeline.map((event: { type: string }) => event.type);
    expect(types).toEqual(
      expect.arrayContaining(['return.requested', 'return.received', 'return.inspected', 'return.credit_requested', 'credit.posted', 'return.completed']),
    );
    expect(theCase.body.processes).toEqual([
      expect.objectContaining({ process: 'credit', id: done.creditId, status: 'posted', currentStep: null }),
      expect.objectContaining({ process: 'return', id: done.id, status: 'completed', nextActions: [] }),
    ]);
    const returnSteps = theCase.body.processes[1].steps;
    expect(returnSteps.map((step: { name: string }) => step.name)).toEqual(['eligibility', 'authorise', 'await_item', 'inspect']);
    expect(returnSteps.every((step: { durationMs: number | null }) => step.durationMs !== null)).toBe(true);
    const steps = await app.db.stepRecord.findMany({ where: { workflowId: done.workflowId }, orderBy: { id: 'asc' } });
    expect(steps.map((step) => [step.step, step.completedAt !== null])).toEqual([
      ['eligibility', true],
      ['authorise', true],
      ['await_item', true],
      ['inspect', true],
    ]);
  });

  it('waits for accounting when the credit is above the agent authority', async () => {
    const started = await start({ orderId: 'ORD-1', lines: [line('TV', 1, 'unopened', 'defective')] });
    await act(started.body.id, 'receipt', team.warehouse, { lines: [{ sku: 'TV', qty: 1 }] });
    await act(started.body.id, 'inspection', team.warehouse, { lines: [{ sku: 'TV', grade: 'defective_confirmed' }] });
    const waiting = await eventually(async () => {
      const read = await app.request('GET', `/v1/returns/${started.body.id}`, { key: team.agent });
      return read.body.creditId ? read.body : undefined;
    });
    expect(waiting).toMatchObject({ status: 'resolving', totals: { creditMinor: 90_000, restockingFeeMinor: 0 } });
    const credit = await eventually(async () => {
      const read = await app.request('GET', `/v1/credits/${waiting.creditId}`, { key: team.accounting });
      return read.body.status === 'pending_approval' ? read.body : undefined;
    });
    expect(credit).toMatchObject({ queueRole: 'accounting', requestedBy: { name: 'Ada Agent' } });
    await app.request('POST', `/v1/credits/${waiting.creditId}/approve`, { key: team.accounting, body: {} });
    expect(await finished(started.body.id)).toMatchObject({ status: 'completed', creditStatus: 'posted' });
  });

  it('refuses a return outside the window with a reason code until a supervisor grants an exception', async () => {
    const started = await start({ orderId: 'ORD-OLD', lines: [line('BLENDER')] });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'ineligible', rmaNumber: null, ineligibleLines: [{ sku: 'BLENDER', code: 'outside_return_window' }] });
    expect((await act(started.body.id, 'receipt', team.warehouse, { lines: [{ sku: 'BLENDER', qty: 1 }] })).status).toBe(409);
    expect((await act(started.body.id, 'exception', team.agent, { reason: 'Loyal customer' })).status).toBe(403);
    const granted = await act(started.body.id, 'exception', team.supervisor, { reason: 'Loyal customer' });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ status: 'awaiting_item', rmaNumber: expect.any(String), ineligibleLines: [], lines: [{ exception: { reason: 'Loyal customer' } }] });
    const cancelled = await act(started.body.id, 'cancel', team.agent, { reason: 'Changed their mind again' });
    expect(cancelled.body.status).toBe('cancelled');
  });

  it.each([
    ['another customer', { orderId: 'ORD-1', customerId: 'cust-other', lines: [line('KETTLE')] }, 'KETTLE', 'not_customers_order'],
    ['a sku not on the order', { orderId: 'ORD-1', lines: [line('TOASTER')] }, 'TOASTER', 'not_on_order'],
    ['more than was bought', { orderId: 'ORD-1', lines: [line('KETTLE', 3)] }, 'KETTLE', 'quantity_exceeds_purchase'],
    ['a final-sale item', { orderId: 'ORD-1', lines: [line('SHIRT')] }, 'SHIRT', 'final_sale'],
    ['electronics after 15 days', { orderId: 'ORD-20', lines: [line('PHONE')] }, 'PHONE', 'outside_return_window'],
  ])('refuses %s with its reason code', async (_label, body, sku, code) => {
    const started = await start(body);
    expect(started.body).toMatchObject({ status: 'ineligible', ineligibleLines: [{ sku, code }] });
  });

  it('authorises the eligible lines and lists the others', async () => {
    const started = await start({ orderId: 'ORD-20', lines: [line('PHONE'), line('PAN')] });
    expect(started.body).toMatchObject({ status: 'awaiting_item', ineligibleLines: [{ sku: 'PHONE', code: 'outside_return_window' }] });
  });

  it('refuses actions out of order with a 409 and changes nothing', async () => {
    const started = await start({ orderId: 'ORD-1', lines: [line('KETTLE')] });
    const id = started.body.id;
    expect((await act(id, 'inspection', team.warehouse, { lines: [{ sku: 'KETTLE', grade: 'as_new' }] })).status).toBe(409);
    const tooMany = await act(id, 'receipt', team.warehouse, { lines: [{ sku: 'KETTLE', qty: 2 }] });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.detail).toMatch(/more than the 1 authorised/);
    expect((await act(id, 'receipt', team.warehouse, { lines: [{ sku: 'TV', qty: 1 }] })).status).toBe(409);
    const cancelled = await act(id, 'cancel', team.agent, { reason: 'Customer kept it' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', nextActions: [] });
    expect((await act(id, 'receipt', team.warehouse, { lines: [{ sku: 'KETTLE', qty: 1 }] })).status).toBe(409);

    const other = await start({ orderId: 'ORD-1', lines: [line('KETTLE')] });
    await act(other.body.id, 'receipt', team.warehouse, { lines: [{ sku: 'KETTLE', qty: 1 }] });
    expect((await act(other.body.id, 'cancel', team.agent, {})).status).toBe(409);
    const read = await app.request('GET', `/v1/returns/${other.body.id}`, { key: team.agent });
    expect(read.body.status).toBe('inspecting');
    await act(other.body.id, 'inspection', team.warehouse, { lines: [{ sku: 'KETTLE', grade: 'damaged_by_customer' }] });
    expect(await finished(other.body.id)).toMatchObject({ status: 'completed', creditId: null, totals: { creditMinor: 0 }, lines: [{ credit: { refused: true } }] });
  });

  it('exchanges for a replacement order and opens an escalation for a repair', async () => {
    await createOrder(app, team.sales, 'ORD-X', 'cust-r1', 3, [
      { sku: 'LAMP', category: 'home', qty: 1, minor: 5000 },
      { sku: 'CLOCK', category: 'home', qty: 1, minor: 2500 },
    ]);
    const exchange = await start({ orderId: 'ORD-X', lines: [line('LAMP')], resolution: 'exchange' });
    // The replacement order's id cannot be taken ahead, in any case of letters.
    for (const id of [`EXC-${exchange.body.rmaNumber}`, `exc-${exchange.body.rmaNumber}`]) {
      const squatter = await app.request('POST', '/v1/orders', {
        key: team.sales,
        body: { id, customerId: 'cust-squatter', deliveredAt: new Date().toISOString(), lines: [{ sku: 'LAMP', name: 'lamp', category: 'home', qty: 1, unitPrice: { minor: 1, currency: 'EUR' } }] },
      });
      expect(squatter.status).toBe(400);
      expect(squatter.body.errors).toEqual([expect.objectContaining({ in: 'body', field: 'id', message: 'ids starting with EXC- are reserved for the replacement orders of exchanges' })]);
    }
    expect(await app.db.order.count({ where: { customerId: 'cust-squatter' } })).toBe(0);
    await act(exchange.body.id, 'receipt', team.warehouse, { lines: [{ sku: 'LAMP', qty: 1 }] });
    await act(exchange.body.id, 'inspection', team.warehouse, { lines: [{ sku: 'LAMP', grade: 'as_new' }] });
    const exchanged = await finished(exchange.body.id);
    const replacement = await app.request('GET', `/v1/orders/${exchanged.replacementOrderId}`, { key: team.agent });
    expect(replacement.body).toMatchObject({
      id: `EXC-${exchange.body.rmaNumber}`,
      customerId: 'cust-r1',
      replacesReturnId: exchange.body.id,
      lines: [{ sku: 'LAMP', qty: 1 }],
    });

    const repair = await start({ orderId: 'ORD-X', lines: [line('CLOCK', 1, 'opened', 'defective')], resolution: 'repair' });
    await act(repair.body.id, 'receipt', team.warehouse, { lines: [{ sku: 'CLOCK', qty: 1 }] });
    await act(repair.body.id, 'inspection', team.warehouse, { lines: [{ sku: 'CLOCK', grade: 'defective_confirmed' }] });
    const repaired = await finished(repair.body.id);
    const escalation = await eventually(async () => {
      const read = await app.request('GET', `/v1/escalations/${repaired.escalationId}`, { key: team.agent });
      return read.status === 200 ? read.body : undefined;
    });
    expect(escalation).toMatchObject({ category: 'repair', severity: 'P3', tier: 'L1', caseId: repair.body.caseId });
  });

  it('gives one return for the same request sent many times with one Idempotency-Key', async () => {
    await createOrder(app, team.sales, 'ORD-IDEM', 'cust-r1', 2, [{ sku: 'MUG', category: 'kitchen', qty: 5, minor: 800 }]);
    const headers = { 'idempotency-key': 'return-mug-1' };
    const responses = await Promise.all(Array.from({ length: 10 }, () => start({ orderId: 'ORD-IDEM', lines: [line('MUG')] }, headers)));
    const created = responses.filter((response) => response.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(responses.every((response) => response.status === 201 || response.status === 409)).toBe(true);
    expect(new Set(created.map((response) => response.body.id)).size).toBe(1);
    expect(await app.db.return.count({ where: { orderId: 'ORD-IDEM' } })).toBe(1);
  });

  it('answers a start sent again after its first answer was lost as the first did, running or finished', async () => {
    await createOrder(app, team.sales, 'ORD-AGAIN', 'cust-r1', 2, [{ sku: 'BOWL', category: 'kitchen', qty: 2, minor: 900 }]);
    const headers = { 'idempotency-key': 'return-bowl-again' };
    const body = { orderId: 'ORD-AGAIN', lines: [line('BOWL')] };
    // What a first try that failed (a 503) leaves: its key marked failed, so the next one runs the start again.
    const forgetTheFirstAnswer = () => app.db.idempotencyKey.updateMany({ where: { key: headers['idempotency-key'] }, data: { state: 'failed', statusCode: null } });
    const first = await start(body, headers);
    expect(first.body).toMatchObject({ status: 'awaiting_item', rmaNumber: expect.stringMatching(/^RMA-/) });
    await forgetTheFirstAnswer();
    const again = await start(body, headers);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: first.body.id, status: 'awaiting_item', rmaNumber: first.body.rmaNumber, currentStep: { name: 'await_item' } });
    await act(first.body.id, 'cancel', team.agent, { reason: 'Kept it' });
    await finished(first.body.id);
    await forgetTheFirstAnswer();
    const afterTheEnd = await start(body, headers);
    expect(afterTheEnd.body).toMatchObject({ id: first.body.id, status: 'cancelled' });
    expect(await app.db.return.count({ where: { orderId: 'ORD-AGAIN' } })).toBe(1);
  });

  it('never returns more than was bought when returns race for one line', async () => {
    await createOrder(app, team.sales, 'ORD-RACE', 'cust-r1', 2, [{ sku: 'GLASS', category: 'kitchen', qty: 2, minor: 500 }]);
    const responses = await Promise.all(Array.from({ length: 8 }, () => start({ orderId: 'ORD-RACE', lines: [line('GLASS')] })));
    expect(responses.every((response) => response.status === 201)).toBe(true);
    const statuses = responses.map((response) => response.body.status).sort();
    expect(statuses.filter((status) => status === 'awaiting_item')).toHaveLength(2);
    expect(responses.filter((response) => response.body.ineligibleLines[0]?.code === 'quantity_exceeds_purchase')).toHaveLength(6);
    expect(new Set(responses.map((response) => response.body.workflowId)).size).toBe(8);
  });

  it.each([
    ['an unknown order', { orderId: 'ORD-NOPE', lines: [line('KETTLE')] }, 'orderId'],
    ['a fractional quantity', { orderId: 'ORD-1', lines: [line('KETTLE', 1.5)] }, 'lines.0.qty'],
    ['an unknown reason', { orderId: 'ORD-1', lines: [{ ...line('KETTLE'), reason: 'bored' }] }, 'lines.0.reason'],
    ['an unknown resolution', { orderId: 'ORD-1', lines: [line('KETTLE')], resolution: 'cash' }, 'resolution'],
    ['the same sku twice', { orderId: 'ORD-1', lines: [line('KETTLE'), line('KETTLE')] }, 'lines'],
    ['no lines', { orderId: 'ORD-1', lines: [] }, 'lines'],
  ])('refuses %s with a 400 naming %s', async (_label, body, field) => {
    const before = await app.db.return.count();
    const response = await start(body);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ in: 'body', field })]);
    expect(await app.db.return.count()).toBe(before);
  });

  it("lists the warehouse's queues oldest first, each return with when its step is due", async () => {
    await createOrder(app, team.sales, 'ORD-Q', 'cust-q', 2, [
      { sku: 'LAMP', category: 'kitchen', qty: 1, minor: 2500 },
      { sku: 'RUG', category: 'kitchen', qty: 1, minor: 9000 },
    ]);
    const first = await start({ orderId: 'ORD-Q', customerId: 'cust-q', lines: [line('LAMP')] });
    const second = await start({ orderId: 'ORD-Q', customerId: 'cust-q', lines: [line('RUG')] });
    const awaiting = await app.request('GET', '/v1/returns?orderId=ORD-Q&status=awaiting_item', { key: team.warehouse });
    expect(awaiting.status).toBe(200);
    expect(awaiting.body.items).toEqual([
      expect.objectContaining({ id: first.body.id, rmaNumber: first.body.rmaNumber, status: 'awaiting_item', nextDueAt: first.body.currentStep.dueAt }),
      expect.objectContaining({ id: second.body.id, status: 'awaiting_item' }),
    ]);
    await act(first.body.id, 'receipt', team.warehouse, { lines: [{ sku: 'LAMP', qty: 1 }] });
    const inspecting = await app.request('GET', '/v1/returns?customerId=cust-q&status=inspecting', { key: team.warehouse });
    expect(inspecting.body.items.map((item: { id: string }) => item.id)).toEqual([first.body.id]);
    const bad = await app.request('GET', '/v1/returns?status=lost', { key: team.warehouse });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ in: 'query', field: 'status' })]);
  });

  it('refuses a refund of an order in another currency than the credits policy, but exchanges it', async () => {
    await createOrder(app, team.sales, 'ORD-USD', 'cust-r1', 3, [{ sku: 'MUG', category: 'kitchen', qty: 1, minor: 1200, currency: 'USD' }]);
    const before = await app.db.return.count();
    const refund = await start({ orderId: 'ORD-USD', lines: [line('MUG')] });
    expect(refund.status).toBe(400);
    expect(refund.body.errors).toEqual([
      { in: 'body', field: 'resolution', message: 'credits are granted in EUR, the currency of the credits policy, and this order is in USD: choose exchange or repair' },
    ]);
    expect(await app.db.return.count()).toBe(before);
    const exchange = await start({ orderId: 'ORD-USD', lines: [line('MUG')], resolution: 'exchange' });
    expect(exchange.status).toBe(201);
  });

  it('refuses a return of an order that does not exist, naming the order before anything else wrong, and writes nothing', async () => {
    const before = { returns: await app.db.return.count(), cases: await app.db.case.count() };
    for (const named of [{ caseId: '00000000-0000-4000-8000-000000000000' }, {}]) {
      const unknown = await start({ orderId: 'ORD-NONE', ...named, lines: [line('MUG')] });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([{ in: 'body', field: 'orderId', message: 'no such order' }]);
    }
    expect({ returns: await app.db.return.count(), cases: await app.db.case.count() }).toEqual(before);
  });

  it('refuses a bad order and a duplicate order id', async () => {
    const bad = await app.request('POST', '/v1/orders', {
      key: team.sales,
      body: { id: 'ORD-BAD', customerId: 'c', deliveredAt: 'yesterday', lines: [{ sku: 'A', name: 'a', category: 'x', qty: 1, unitPrice: { minor: 1.5, currency: 'EUR' } }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['deliveredAt', 'lines.0.unitPrice.minor']);
    const again = await app.request('POST', '/v1/orders', {
      key: team.sales,
      body: { id: 'ORD-1', customerId: 'cust-r1', deliveredAt: new Date().toISOString(), lines: [{ sku: 'A', name: 'a', category: 'x', qty: 1, unitPrice: { minor: 100, currency: 'EUR' } }] },
    });
    expect(again.status).toBe(409);
    expect((await app.request('POST', '/v1/orders', { key: team.agent, body: {} })).status).toBe(403);
  });

  it('answers a receipt and an inspection sent at once, and closes the return', async () => {
    const outcomes = [];
    for (let n = 0; n < 4; n++) {
      await createOrder(app, team.sales, `ORD-AT-ONCE-${n}`, 'cust-r1', 2, [{ sku: 'KETTLE', category: 'kitchen', qty: 1, minor: 3000 }]);
      const started = await start({ orderId: `ORD-AT-ONCE-${n}`, resolution: 'exchange', lines: [line('KETTLE', 1, 'opened', 'defective')] });
      const receipt = act(started.body.id, 'receipt', team.warehouse, { lines: [{ sku: 'KETTLE', qty: 1 }] });
      await new Promise((resolve) => setTimeout(resolve, n * 10));
      const inspection = await act(started.body.id, 'inspection', team.warehouse, { lines: [{ sku: 'KETTLE', grade: 'defective_confirmed' }] });
      expect((await receipt).status).toBe(200);
      // An inspection that overtook the receipt is refused as out of order; it is then sent again.
      if (inspection.status === 409) {
        expect((await act(started.body.id, 'inspection', team.warehouse, { lines: [{ sku: 'KETTLE', grade: 'defective_confirmed' }] })).status).toBe(200);
      } else {
        expect(inspection.status).toBe(200);
      }
      outcomes.push((await finished(started.body.id)).status);
    }
    expect(outcomes).toEqual(['completed', 'completed', 'completed', 'completed']);
  });
});
