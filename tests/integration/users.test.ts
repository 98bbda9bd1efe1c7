import { startTestApp, type TestApp } from '../support/harness';

describe('users managed by an admin, API keys made by their owners', () => {
  let app: TestApp;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.userKey('admin', 'Ari Admin');
    adminId = (await app.db.user.findFirstOrThrow({ where: { name: 'Ari Admin' } })).id;
  });
  afterAll(() => app.stop());

  const post = (path: string, body: object = {}, key = admin, headers: Record<string, string> = {}) => app.request('POST', path, { key, body, headers });

  it('creates a user, who makes a key shown once that works with their role; an admin makes none for them', async () => {
    const created = await post('/v1/users', { name: 'Nia New', role: 'warehouse' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Nia New', role: 'warehouse', active: true, apiKeys: [] });
    expect((await post(`/v1/users/${created.body.id}/keys`)).status).toBe(404);

    const first = await app.keyFor(created.body.id);
    const issued = await post('/v1/me/keys', { label: 'scanner' }, first);
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ key: expect.stringMatching(/^sk_/), label: 'scanner', revokedAt: null });
    expect(issued.body.prefix).toBe(issued.body.key.slice(0, 8));
    const stored = await app.db.apiKey.findUniqueOrThrow({ where: { id: issued.body.id } });
    expect(stored.keyHash).not.toContain(issued.body.key);

    expect((await app.request('GET', '/v1/cases', { key: issued.body.key })).status).toBe(200);
    const asWarehouse = await post('/v1/cases', { customerId: 'c-1', subject: 'Not mine to open' }, issued.body.key);
    expect(asWarehouse.status).toBe(403);

    const mine = await app.request('GET', '/v1/me/keys', { key: issued.body.key });
    const listed = await app.request('GET', '/v1/users?role=warehouse', { key: admin });
    const issuedKey = {
      id: issued.body.id,
      prefix: issued.body.prefix,
      label: 'scanner',
      createdAt: issued.body.createdAt,
      revokedAt: null,
      issuedBy: { id: created.body.id, name: 'Nia New' },
      issuedByAnotherUser: false,
    };
    expect(mine.body.items).toEqual([expect.objectContaining({ prefix: first.slice(0, 8), issuedBy: null }), issuedKey]);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: created.body.id, apiKeys: mine.body.items })]);
    expect(JSON.stringify([listed.body, mine.body])).not.toContain(issued.body.key);

    const refused = await post('/v1/me/keys', { label: '' }, first);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ in: 'body', field: 'label' })]);
  });

  it('refuses everyone but an admin', async () => {
    const supervisor = await app.userKey('supervisor');
    expect((await post('/v1/users', { name: 'Sly', role: 'admin' }, supervisor)).status).toBe(403);
    expect((await app.request('GET', '/v1/users', { key: supervisor })).status).toBe(403);
    expect(await app.db.user.count({ where: { name: 'Sly' } })).toBe(0);
  });

  it.each([
    ['an unknown role', { name: 'Rex', role: 'wizard' }, 'role'],
    ['an empty name', { name: '  ', role: 'agent' }, 'name'],
    ['a missing role', { name: 'Rex' }, 'role'],
    ['an unknown field', { name: 'Rex', role: 'agent', password: 'x' }, ''],
  ])('refuses %s with a 400 naming the field, and writes nothing', async (_label, body, field) => {
    const before = await app.db.user.count();
    const response = await post('/v1/users', body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ in: 'body', field })]));
    expect(await app.db.user.count()).toBe(before);
  });

  it('creates one user for one Idempotency-Key, however many times it is sent at once', async () => {
    const headers = { 'Idempotency-Key': 'new-user-once' };
    const answers = await Promise.all(Array.from({ length: 8 }, () => post('/v1/users', { name: 'Ida Once', role: 'agent' }, admin, headers)));
    const created = answers.filter((answer) => answer.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(answers.every((answer) => [201, 409].includes(answer.status))).toBe(true);
    expect(new Set(created.map((answer) => answer.body.id)).size).toBe(1);
    expect(await app.db.user.count({ where: { name: 'Ida Once' } })).toBe(1);
  });

  it('revokes a key at once: it stops working, and revoking it again is a 409, even at once', async () => {
    const created = await post('/v1/users', { name: 'Rob Revoked', role: 'agent' });
    const own = await app.keyFor(created.body.id);
    const [first, second] = [await post('/v1/me/keys', { label: 'one' }, own), await post('/v1/me/keys', { label: 'two' }, own)];
    const revokes = await Promise.all(Array.from({ length: 10 }, () => post(`/v1/users/${created.body.id}/keys/${first.body.id}/revoke`)));
    expect(revokes.map((answer) => answer.status).sort()).toEqual([200, ...Array<number>(9).fill(409)]);
    expect(revokes.find((answer) => answer.status === 200)?.body).toMatchObject({ id: first.body.id, revokedAt: expect.any(String) });

    const refused = await app.request('GET', '/v1/cases', { key: first.body.key });
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toBe('the API key is unknown or revoked');
    expect((await app.request('GET', '/v1/cases', { key: second.body.key })).status).toBe(200);

    const otherUser = await post('/v1/users', { name: 'Olga Other', role: 'agent' });
    expect((await post(`/v1/users/${otherUser.body.id}/keys/${second.body.id}/revoke`)).status).toBe(404);
    expect((await app.request('GET', '/v1/cases', { key: second.body.key })).status).toBe(200);

    const stranger = await app.userKey('agent', 'Stan Stranger');
    expect((await post(`/v1/me/keys/${second.body.id}/revoke`, {}, stranger)).status).toBe(404);
    const revokedByOwner = await post(`/v1/me/keys/${second.body.id}/revoke`, {}, own);
    expect(revokedByOwner.body).toMatchObject({ id: second.body.id, label: 'two', revokedAt: expect.any(String) });
    expect((await app.request('GET', '/v1/cases', { key: second.body.key })).status).toBe(401);
  });

  it('deactivates a user: every key stops, no new key is issued, and an admin cannot lock themselves out', async () => {
    const created = await post('/v1/users', { name: 'Dee Deactivated', role: 'agent' });
    const key = await app.keyFor(created.body.id);
    const deactivated = await post(`/v1/users/${created.body.id}/deactivate`);
    expect(deactivated.status).toBe(200);
    expect(deactivated.body).toMatchObject({ active: false, apiKeys: [{ prefix: key.slice(0, 8), revokedAt: null }] });
    expect((await app.request('GET', '/v1/cases', { key })).status).toBe(401);
    expect((await post(`/v1/users/${created.body.id}/deactivate`)).status).toBe(409);
    expect((await post('/v1/me/keys', { label: 'again' }, key)).status).toBe(401);
    expect(await app.db.apiKey.count({ where: { userId: created.body.id } })).toBe(1);

    const self = await post(`/v1/users/${adminId}/deactivate`);
    expect(self.status).toBe(409);
    expect(self.body.detail).toBe('you cannot deactivate your own account');
    expect((await app.request('GET', '/v1/users', { key: admin })).status).toBe(200);
  });

  it('answers 404 for an unknown user and 400 for an id that is not one', async () => {
    expect((await app.request('GET', '/v1/users/00000000-0000-4000-8000-000000000000', { key: admin })).status).toBe(404);
    const bad = await post('/v1/users/not-a-uuid/deactivate');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ in: 'path', field: 'id' })]);
  });
});
