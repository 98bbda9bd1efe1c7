import { creditTeam, euros, requestCredit } from '../support/credits';
import { startTestApp, type TestApp } from '../support/harness';

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

describe('delegations of approval authority', () => {
  let app: TestApp;
  let team: Awaited<ReturnType<typeof creditTeam>>;
  let admin: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    team = await creditTeam(app);
    admin = await app.userKey('admin', 'Ari Admin');
    for (const name of ['Max Manager', 'Abe Accounting', 'Ann Accounting', 'Sue Supervisor', 'Ada Agent', 'Ari Admin']) {
      ids[name] = (await app.db.user.findFirstOrThrow({ where: { name } })).id;
    }
  });
  afterAll(() => app.stop());

  const delegate = (key: string, body: object) => app.request('POST', '/v1/delegations', { key, body });
  const end = (id: string, key: string) => app.request('POST', `/v1/delegations/${id}/end`, { key, body: {} });
  const list = async (key: string, query = '') => (await app.request('GET', `/v1/delegations${query}`, { key })).body.items as { id: string; status: string }[];

  it.each([
    ['an agent', 'Ada Agent', 'the role agent does not approve credits; delegate to a supervisor, accounting or accounting_manager'],
    ['an admin', 'Ari Admin', 'the role admin does not approve credits; delegate to a supervisor, accounting or accounting_manager'],
    ['oneself', 'Max Manager', 'you cannot delegate to yourself'],
  ])('refuses a delegation to %s with a 400 naming delegateId, and writes nothing', async (_label, name, message) => {
    const before = await app.db.delegation.count();
    const refused = await delegate(team.manager, { delegateId: ids[name], from: day(0), to: day(1) });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ in: 'body', field: 'delegateId', message }]);
    expect(await app.db.delegation.count()).toBe(before);
  });

  it('lasts at most 30 days, both ends included', async () => {
    const tooLong = await delegate(team.manager, { delegateId: ids['Sue Supervisor'], from: day(1), to: day(31) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ in: 'body', field: 'to', message: 'a delegation lasts at most 30 days, both ends included' })]);
    const backwards = await delegate(team.manager, { delegateId: ids['Sue Supervisor'], from: day(2), to: day(1) });
    expect(backwards.body.errors).toEqual([expect.objectContaining({ field: 'to', message: 'must not be before from' })]);
    const longest = await delegate(team.manager, { delegateId: ids['Sue Supervisor'], from: day(1), to: day(30) });
    expect(longest.status).toBe(201);
    expect(longest.body).toMatchObject({ status: 'scheduled', from: day(1), to: day(30), endedAt: null });
  });

  it('is not given by an agent', async () => {
    expect((await delegate(team.agent, { delegateId: ids['Sue Supervisor'], from: day(0), to: day(0) })).status).toBe(403);
  });

  it('lists delegations to the people in them and to admins only', async () => {
    const given = await delegate(team.accounting, { delegateId: ids['Abe Accounting'], from: day(0), to: day(3) });
    expect(given.body).toMatchObject({ delegatorId: ids['Ann Accounting'], delegateId: ids['Abe Accounting'], status: 'active' });
    expect((await list(team.accounting)).map((item) => item.id)).toContain(given.body.id);
    expect((await list(team.otherAccounting, '?status=active')).map((item) => item.id)).toContain(given.body.id);
    expect((await list(team.supervisor)).map((item) => item.id)).not.toContain(given.body.id);
    expect((await list(admin, '?status=active')).map((item) => item.id)).toContain(given.body.id);
    expect((await list(admin, '?status=ended')).map((item) => item.id)).not.toContain(given.body.id);
    for (const key of [team.agent, team.ops]) expect((await app.request('GET', '/v1/delegations', { key })).status).toBe(403);
  });

  it('is ended by its delegator or an admin, never by the delegate or a stranger, and only once', async () => {
    const byManager = await delegate(team.manager, { delegateId: ids['Sue Supervisor'], from: day(0), to: day(5) });
    expect((await end(byManager.body.id, team.supervisor)).status).toBe(403);
    expect((await end(byManager.body.id, team.accounting)).status).toBe(403);
    const ended = await end(byManager.body.id, team.manager);
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: 'ended', endedById: ids['Max Manager'], endedAt: expect.any(String) });
    const again = await end(byManager.body.id, team.manager);
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('the delegation has already been ended');

    const another = await delegate(team.manager, { delegateId: ids['Sue Supervisor'], from: day(0), to: day(5) });
    expect((await end(another.body.id, admin)).body).toMatchObject({ status: 'ended', endedById: ids['Ari Admin'] });
    expect((await end('00000000-0000-4000-8000-000000000000', admin)).status).toBe(404);

    const trail = await app.request('GET', `/v1/audit?targetType=delegation&targetId=${another.body.id}`, { key: admin });
    expect(trail.body.items).toEqual([
      expect.objectContaining({ action: 'delegation.ended', actor: expect.objectContaining({ role: 'admin' }), before: { status: 'active', endedAt: null } }),
      expect.objectContaining({
        action: 'delegation.created',
        actor: { id: ids['Max Manager'], name: 'Max Manager', role: 'accounting_manager' },
        after: { delegatorId: ids['Max Manager'], delegateId: ids['Sue Supervisor'], from: day(0), to: day(5) },
      }),
    ]);
  });

  it('gives no authority once ended', async () => {
    const delegation = await delegate(team.manager, { delegateId: ids['Abe Accounting'], from: day(0), to: day(0) });
    const credit = await requestCredit(app, team.agent, { customerId: 'cust-ended-delegation', amount: euros(600_000), kind: 'refund' });
    await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.accounting, body: {} });
    const queue = async () => (await app.request('GET', '/v1/credits?status=pending_approval', { key: team.otherAccounting })).body.items as { id: string }[];
    expect((await queue()).map((item) => item.id)).toContain(credit.body.id);

    await end(delegation.body.id, team.manager);
    expect((await queue()).map((item) => item.id)).not.toContain(credit.body.id);
    const refused = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.otherAccounting, body: {} });
    expect(refused.status).toBe(403);
    const read = await app.request('GET', `/v1/credits/${credit.body.id}`, { key: team.manager });
    expect(read.body).toMatchObject({ status: 'pending_approval', approvals: [expect.objectContaining({ role: 'accounting' })] });
  });
});
