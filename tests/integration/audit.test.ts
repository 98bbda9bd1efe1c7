import { DEFAULT_POLICIES } from '../../src/domain/policies';
import { startTestApp, type TestApp } from '../support/harness';

describe('the audit trail of administrative acts', () => {
  let app: TestApp;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.userKey('admin', 'Ari Admin');
    adminId = (await app.db.user.findFirstOrThrow({ where: { name: 'Ari Admin' } })).id;
  });
  afterAll(() => app.stop());

  const post = (path: string, body: object = {}, key = admin) => app.request('POST', path, { key, body });
  const audit = async (query: string, key = admin) => {
    const response = await app.request('GET', `/v1/audit${query}`, { key });
    expect(response.status).toBe(200);
    return response.body.items as { action: string; actor: { id: string; name: string; role: string } | null; target: object; before: unknown; after: unknown; at: string }[];
  };
  const ariActing = { id: expect.any(String), name: 'Ari Admin', role: 'admin' };

  it('records who created a user, issued and revoked a key, changed a role and deactivated the user, oldest last', async () => {
    const created = await post('/v1/users', { name: 'Tia Tracked', role: 'agent', email: 'tia@example.com' });
    const userId = created.body.id as string;
    const issued = await post('/v1/me/keys', { label: 'laptop' }, await app.keyFor(userId));
    await post(`/v1/users/${userId}/keys/${issued.body.id}/revoke`);
    const promoted = await app.request('PUT', `/v1/users/${userId}/role`, { key: admin, body: { role: 'supervisor' } });
    expect(promoted.body).toMatchObject({ role: 'supervisor' });
    await post(`/v1/users/${userId}/deactivate`);

    const events = await audit(`?targetType=user&targetId=${userId}`);
    expect(events).toEqual([
      { id: expect.any(String), at: expect.any(String), actor: ariActing, action: 'user.deactivated', target: { type: 'user', id: userId }, before: { active: true }, after: { active: false } },
      expect.objectContaining({ action: 'user.role_changed', actor: ariActing, before: { role: 'agent' }, after: { role: 'supervisor' } }),
      expect.objectContaining({
        action: 'api_key.revoked',
        before: { keyId: issued.body.id, prefix: issued.body.prefix, revokedAt: null },
        after: { keyId: issued.body.id, prefix: issued.body.prefix, revokedAt: expect.any(String) },
      }),
      expect.objectContaining({
        action: 'api_key.issued',
        actor: { id: userId, name: 'Tia Tracked', role: 'agent' },
        before: null,
        after: { keyId: issued.body.id, prefix: issued.body.prefix, label: 'laptop', issuedByAnotherUser: false },
      }),
      expect.objectContaining({ action: 'api_key.issued', actor: null, after: expect.objectContaining({ label: null, issuedByAnotherUser: false }) }),
      expect.objectContaining({ action: 'user.created', actor: ariActing, before: null, after: { name: 'Tia Tracked', role: 'agent', email: 'tia@example.com' } }),
    ]);
    expect(events.map((event) => Date.parse(event.at))).toEqual([...events.map((event) => Date.parse(event.at))].sort((a, b) => b - a));
    expect(JSON.stringify(events)).not.toContain(issued.body.key);
  });

  it('shows who made each key: the command line or its owner, never an admin for someone else', async () => {
    const key = await app.userKey('accounting_manager', 'Mo Manager');
    const manager = await app.db.user.findFirstOrThrow({ where: { name: 'Mo Manager' } });
    expect((await post(`/v1/users/${manager.id}/keys`)).status).toBe(404);
    const issued = await post('/v1/me/keys', { label: 'reports script' }, key);
    expect(issued.body).toMatchObject({ label: 'reports script', issuedBy: { id: manager.id, name: 'Mo Manager' }, issuedByAnotherUser: false });

    const read = await app.request('GET', `/v1/users/${manager.id}`, { key: admin });
    expect(read.body.apiKeys).toEqual([
      expect.objectContaining({ prefix: key.slice(0, 8), label: null, issuedBy: null, issuedByAnotherUser: false }),
      expect.objectContaining({ id: issued.body.id, issuedBy: { id: manager.id, name: 'Mo Manager' }, issuedByAnotherUser: false }),
    ]);
    const fromCli = await audit(`?targetId=${manager.id}&action=user.created`);
    expect(fromCli).toEqual([expect.objectContaining({ actor: null, after: { name: 'Mo Manager', role: 'accounting_manager', email: null } })]);
  });

  it('takes a new role at once, and refuses your own role change and a stranger’s with nothing recorded', async () => {
    const created = await post('/v1/users', { name: 'Rae Role', role: 'agent' });
    const key = await app.keyFor(created.body.id);
    expect((await post('/v1/cases', { customerId: 'c-role', subject: 'Still an agent' }, key)).status).toBe(201);
    await app.request('PUT', `/v1/users/${created.body.id}/role`, { key: admin, body: { role: 'warehouse' } });
    expect((await post('/v1/cases', { customerId: 'c-role', subject: 'Now warehouse' }, key)).status).toBe(403);

    const before = await app.db.auditEvent.count();
    const same = await app.request('PUT', `/v1/users/${created.body.id}/role`, { key: admin, body: { role: 'warehouse' } });
    expect(same.status).toBe(200);
    const self = await app.request('PUT', `/v1/users/${adminId}/role`, { key: admin, body: { role: 'ops' } });
    expect(self.status).toBe(409);
    expect(self.body.detail).toBe('you cannot change your own role');
    const bad = await app.request('PUT', `/v1/users/${created.body.id}/role`, { key: admin, body: { role: 'wizard' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ in: 'body', field: 'role' })]);
    const byOps = await app.request('PUT', `/v1/users/${created.body.id}/role`, { key: await app.userKey('ops'), body: { role: 'admin' } });
    expect(byOps.status).toBe(403);
    const unknown = await app.request('PUT', '/v1/users/00000000-0000-4000-8000-000000000000/role', { key: admin, body: { role: 'ops' } });
    expect(unknown.status).toBe(404);
    // The only new records: the ops user made for the 403 above, and its key, from the command line.
    expect(await app.db.auditEvent.count()).toBe(before + 2);
    expect((await app.request('GET', `/v1/users/${created.body.id}`, { key: admin })).body.role).toBe('warehouse');
  });

  it('records a policy change with the version before and after', async () => {
    const document = { ...DEFAULT_POLICIES.returns, restockingFeePercent: 10 };
    const put = await app.request('PUT', '/v1/policies/returns', { key: admin, body: document });
    expect(put.status).toBe(201);
    const [event] = await audit('?action=policy.changed&targetId=returns');
    expect(event).toMatchObject({
      actor: ariActing,
      target: { type: 'policy', id: 'returns' },
      before: { version: put.body.version - 1, document: DEFAULT_POLICIES.returns },
      after: { version: put.body.version, document },
    });
  });

  it('lets admin and ops read it, page by page, and no one else', async () => {
    for (let n = 0; n < 5; n += 1) await post('/v1/users', { name: `Page ${n}`, role: 'sales' });
    const ops = await app.userKey('ops');
    const first = await app.request('GET', `/v1/audit?action=user.created&actorId=${adminId}&limit=3`, { key: ops });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(3);
    const second = await app.request('GET', `/v1/audit?action=user.created&actorId=${adminId}&limit=3&cursor=${first.body.nextCursor}`, { key: ops });
    const names = [...first.body.items, ...second.body.items].map((event: { after: { name: string } }) => event.after.name);
    expect(names.slice(0, 5)).toEqual(['Page 4', 'Page 3', 'Page 2', 'Page 1', 'Page 0']);
    expect(new Set(names).size).toBe(names.length);

    const window = await audit(`?action=user.created&from=${new Date(Date.now() + 60_000).toISOString()}`);
    expect(window).toEqual([]);

    for (const role of ['agent', 'supervisor', 'accounting', 'accounting_manager', 'warehouse', 'sales'] as const) {
      const refused = await app.request('GET', '/v1/audit', { key: await app.userKey(role) });
      expect(refused.status).toBe(403);
    }
  });

  it.each([
    ['a crafted cursor', '?cursor=WyIyMDI0LTAxLTAxVDAwOjAwOjAwWiIsIngiXQ', 'cursor'],
    ['an unknown action', '?action=user.deleted', 'action'],
    ['an actor that is not an id', '?actorId=ari', 'actorId'],
    ['from after to', '?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'from'],
    ['an unknown filter', '?secret=1', ''],
  ])('refuses %s with a 400 naming the field', async (_label, query, field) => {
    const response = await app.request('GET', `/v1/audit${query}`, { key: admin });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors).toEqual([expect.objectContaining({ in: 'query', field })]);
  });

  it('cannot be changed or emptied, not even directly in PostgreSQL', async () => {
    const count = await app.db.auditEvent.count();
    const [latest] = await app.db.auditEvent.findMany({ orderBy: { id: 'desc' }, take: 1 });
    await expect(app.db.$executeRawUnsafe(`UPDATE audit_events SET action = 'user.forged' WHERE id = ${latest?.id}`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(app.db.$executeRawUnsafe('DELETE FROM audit_events')).rejects.toThrow(/append-only: DELETE/);
    await expect(app.db.$executeRawUnsafe("DELETE FROM audit_events WHERE action = 'no such action'")).rejects.toThrow(/append-only: DELETE/);
    await expect(app.db.$executeRawUnsafe('TRUNCATE audit_events')).rejects.toThrow(/append-only: TRUNCATE/);
    await expect(app.db.auditEvent.updateMany({ data: { actorId: null } })).rejects.toThrow(/append-only/);
    expect(await app.db.auditEvent.count()).toBe(count);
    expect((await app.db.auditEvent.findUniqueOrThrow({ where: { id: latest?.id } })).action).toBe(latest?.action);
  });
});
