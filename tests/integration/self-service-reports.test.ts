import { SELF_SERVICE_ACTOR } from '../../src/use-cases/self-service-actor';
import { dealBody, handOver, handoffWhen } from '../support/handoffs';
import { linkToken } from '../support/mailbox';
import { createOrder } from '../support/returns';
import { startSelfServiceStack, type SelfServiceStack } from '../support/self-service';
import { eventually } from '../support/wait';

// The ops reports count what customers did themselves: the returns they started on the return page
// and how many of the surveys sent were answered, and how many through their link. The reports'
// figures are checked against counts made another way, straight from the rows each action leaves
// (handoffs, NPS answers, used links, returns by their requester).
describe('self-service in the ops reports', () => {
  let stack: SelfServiceStack;
  const from = new Date().toISOString();
  const publicCall = (method: string, path: string, body?: unknown) => stack.publicCall(method, path, body, '10.0.1.1');

  beforeAll(async () => {
    stack = await startSelfServiceStack();
  });
  afterAll(() => stack.stop());

  async function surveySent(email: string) {
    const created = await handOver(stack.app, stack.team.sales, dealBody({ customer: { id: `cust-${email.split('@')[0]}`, name: 'Rae Report', email, tier: 'standard' } }));
    expect(created.status).toBe(201);
    await handoffWhen(stack.app, stack.team.supervisor, created.body.id, (handoff) => handoff.survey?.status === 'sent');
    // The report counts the timeline's survey_sent events, written just after the state says sent.
    await eventually(async () => (await stack.app.db.timelineEvent.findFirst({ where: { caseId: created.body.caseId, type: 'handoff.survey_sent' } })) ?? undefined);
    return created.body.id as string;
  }

  it('counts surveys sent, answered and answered by link, as the rows do', async () => {
    const [byLink, byStaff] = [await surveySent('link@example.com'), await surveySent('staff@example.com'), await surveySent('silent@example.com')];
    const token = await eventually(async () => linkToken(stack.mailbox.mails, 'link@example.com', 'survey'));
    expect((await publicCall('POST', `surveys/${token}`, { score: 10 })).status).toBe(200);
    expect((await stack.app.request('POST', `/v1/handoffs/${byStaff}/survey-response`, { key: stack.team.supervisor, body: { score: 8 } })).status).toBe(200);
    expect((await handoffWhen(stack.app, stack.team.supervisor, byLink, (handoff) => handoff.survey?.status === 'answered')).survey.channel).toBe('self_service');
    expect((await handoffWhen(stack.app, stack.team.supervisor, byStaff, (handoff) => handoff.survey?.status === 'answered')).survey).toMatchObject({
      channel: 'staff',
      answeredBy: { name: 'Sue Supervisor' },
    });

    const report = await stack.app.request('GET', `/v1/reports/nps?from=${encodeURIComponent(from)}`, { key: stack.team.ops });
    expect(report.status).toBe(200);
    expect(report.body.surveys).toEqual({ sent: 3, answered: 2, answeredByLink: 1, responseRate: 0.6667, byLinkShare: 0.5 });

    const [rows] = await stack.app.db.$queryRaw<[{ sent: bigint; answered: bigint; by_link: bigint }]>`
      SELECT count(*) FILTER (WHERE h.survey_status <> 'scheduled') AS sent,
             count(r.handoff_id) AS answered,
             count(u.object_id) AS by_link
      FROM handoffs h
      LEFT JOIN nps_responses r ON r.handoff_id = h.id
      LEFT JOIN customer_link_uses u ON u.purpose = 'survey' AND u.object_id = h.id::text
      WHERE h.handed_over_at >= ${new Date(from)}`;
    expect(report.body.surveys).toMatchObject({ sent: Number(rows.sent), answered: Number(rows.answered), answeredByLink: Number(rows.by_link) });
    const standard = await stack.app.request('GET', `/v1/reports/nps?from=${encodeURIComponent(from)}&tier=priority`, { key: stack.team.ops });
    expect(standard.body.surveys).toEqual({ sent: 0, answered: 0, answeredByLink: 0, responseRate: null, byLinkShare: null });
  });

  it('counts the returns customers started themselves among all returns, as the rows do', async () => {
    await createOrder(stack.app, stack.staff.sales, 'ORD-REP-1', 'cust-rep', 3, [{ sku: 'KETTLE', category: 'kitchen', qty: 1, minor: 3_999 }]);
    await createOrder(stack.app, stack.staff.sales, 'ORD-REP-2', 'cust-rep', 3, [{ sku: 'TOASTER', category: 'kitchen', qty: 1, minor: 2_999 }]);
    await stack.app.db.customer.upsert({ where: { id: 'cust-rep' }, create: { id: 'cust-rep', email: 'rep@example.com', updatedAt: new Date() }, update: { email: 'rep@example.com' } });
    const order = await publicCall('POST', 'order-lookups', { orderId: 'ORD-REP-1', email: 'rep@example.com' });
    const line = { qty: 1, reason: 'defective', condition: 'opened' };
    expect((await publicCall('POST', `orders/${order.body.token}/returns`, { lines: [{ sku: 'KETTLE', ...line }], resolution: 'refund' })).status).toBe(201);
    const staffReturn = await stack.app.request('POST', '/v1/returns', { key: stack.staff.agent, body: { orderId: 'ORD-REP-2', customerId: 'cust-rep', lines: [{ sku: 'TOASTER', ...line }], resolution: 'refund' } });
    expect(staffReturn.status).toBe(201);

    const report = await stack.app.request('GET', `/v1/reports/resolution?from=${encodeURIComponent(from)}`, { key: stack.team.ops });
    expect(report.status).toBe(200);
    expect(report.body.selfService).toEqual({ cases: 1, returns: { requested: 2, selfService: 1, share: 0.5 } });

    const [rows] = await stack.app.db.$queryRaw<[{ requested: bigint; by_customer: bigint; cases: bigint }]>`
      SELECT count(*) AS requested,
             count(*) FILTER (WHERE requested_by_id = ${SELF_SERVICE_ACTOR.id}::uuid) AS by_customer,
             (SELECT count(*) FROM cases WHERE opened_by_id = ${SELF_SERVICE_ACTOR.id}::uuid AND opened_at >= ${new Date(from)}) AS cases
      FROM returns WHERE requested_at >= ${new Date(from)}`;
    expect(report.body.selfService).toEqual({ cases: Number(rows.cases), returns: { requested: Number(rows.requested), selfService: Number(rows.by_customer), share: 0.5 } });
  });
});
