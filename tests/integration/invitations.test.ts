import { startTestApp, type TestApp } from '../support/harness';

// An admin invites a person; the person sets their own password through the one-time link.

const PASSWORD = 'my own long password';

describe('invitations', () => {
  let app: TestApp;
  let admin: string;
  let origin: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    admin = await app.userKey('admin', 'Ari Admin');
    origin = app.baseUrl;
  });
  afterAll(() => app.stop());

  const invite = (body: object, key = admin) => app.request('POST', '/v1/invitations', { key, body });
  const accept = (token: string, password = PASSWORD) => app.request('POST', '/v1/invitations/accept', { body: { token, password }, headers: { origin } });
  const tokenOf = (acceptUrl: string) => acceptUrl.split('#token=')[1] ?? '';

  it('invites a person who sets a password, is signed in, and signs in again later; the link works once', async () => {
    const invited = await invite({ name: 'Ivy Invited', email: 'Ivy@Example.com', role: 'accounting' });
    expect(invited.status).toBe(201);
    expect(invited.body).toEqual({
      id: expect.any(String),
      name: 'Ivy Invited',
      email: 'ivy@example.com',
      role: 'accounting',
      expiresAt: expect.any(String),
      acceptUrl: expect.stringMatching(new RegExp(`^${origin}/accept-invitation#token=[\\w-]{40,}$`)),
    });
    const hoursLeft = (Date.parse(invited.body.expiresAt) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(71.9);
    expect(hoursLeft).toBeLessThanOrEqual(72);
    const token = tokenOf(invited.body.acceptUrl);
    const stored = await app.db.invitation.findUniqueOrThrow({ where: { id: invited.body.id } });
    expect(stored.tokenHash).not.toContain(token);

    const listed = await app.request('GET', '/v1/invitations', { key: admin });
    expect(listed.body.items).toContainEqual(expect.objectContaining({ id: invited.body.id, status: 'pending', invitedBy: expect.objectContaining({ name: 'Ari Admin' }) }));
    expect(JSON.stringify(listed.body)).not.toContain(token);

    const accepted = await accept(token);
    expect(accepted.status).toBe(201);
    expect(accepted.body).toEqual({ user: { id: expect.any(String), name: 'Ivy Invited', email: 'ivy@example.com', role: 'accounting' } });
    const cookie = accepted.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect((await app.request('GET', '/v1/session', { headers: { cookie } })).body).toEqual(accepted.body);
    expect((await app.request('GET', '/v1/credits', { headers: { cookie } })).status).toBe(200);
    expect(await app.signIn('ivy@example.com', PASSWORD)).toMatch(/^session=/);

    const again = await accept(token, 'another long password');
    expect(again.status).toBe(400);
    expect(again.body.errors).toEqual([{ in: 'body', field: 'token', message: 'the invitation is accepted; ask for a new one' }]);
    expect(await app.db.user.count({ where: { email: 'ivy@example.com' } })).toBe(1);
    const after = await app.request('GET', '/v1/invitations', { key: admin });
    expect(after.body.items).toContainEqual(expect.objectContaining({ id: invited.body.id, status: 'accepted', acceptedAt: expect.any(String) }));

    const audit = await app.request('GET', `/v1/audit?targetType=invitation&targetId=${invited.body.id}`, { key: admin });
    expect(audit.body.items.map((event: { action: string }) => event.action)).toEqual(['invitation.accepted', 'invitation.created']);
    expect(JSON.stringify(audit.body)).not.toContain(token);
  });

  it('refuses an email a user or a pending invitation already has', async () => {
    await app.person('agent', 'taken@example.com', PASSWORD);
    const taken = await invite({ name: 'Taken', email: 'TAKEN@example.com', role: 'agent' });
    expect(taken.status).toBe(409);
    expect(taken.body.detail).toBe('a user already has this email');

    expect((await invite({ name: 'Pia Pending', email: 'pia@example.com', role: 'agent' })).status).toBe(201);
    const twice = await invite({ name: 'Pia Again', email: 'pia@example.com', role: 'ops' });
    expect(twice.status).toBe(409);
    expect(await app.db.invitation.count({ where: { email: 'pia@example.com' } })).toBe(1);
  });

  it('revokes a pending invitation: its link stops working, and the person can be invited again', async () => {
    const invited = await invite({ name: 'Rae Revoked', email: 'rae@example.com', role: 'warehouse' });
    const revoked = await app.request('POST', `/v1/invitations/${invited.body.id}/revoke`, { key: admin, body: {} });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
    expect((await app.request('POST', `/v1/invitations/${invited.body.id}/revoke`, { key: admin, body: {} })).status).toBe(409);

    const refused = await accept(tokenOf(invited.body.acceptUrl));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ in: 'body', field: 'token', message: 'the invitation is revoked; ask for a new one' }]);
    expect(await app.db.user.count({ where: { email: 'rae@example.com' } })).toBe(0);
    expect((await invite({ name: 'Rae Again', email: 'rae@example.com', role: 'warehouse' })).status).toBe(201);
  });

  it('refuses an expired or unknown token and a short password, naming the field, and writes nothing', async () => {
    const invited = await invite({ name: 'Eve Expired', email: 'eve@example.com', role: 'sales' });
    const token = tokenOf(invited.body.acceptUrl);
    const short = await accept(token, 'short');
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([expect.objectContaining({ in: 'body', field: 'password', message: 'must be at least 12 characters' })]);

    await app.db.invitation.update({ where: { id: invited.body.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await accept(token);
    expect(expired.status).toBe(400);
    expect(expired.body.errors).toEqual([{ in: 'body', field: 'token', message: 'the invitation is expired; ask for a new one' }]);
    const unknown = await accept('not-a-token-anyone-was-given');
    expect(unknown.body.errors).toEqual([{ in: 'body', field: 'token', message: 'the invitation token is unknown' }]);
    expect(await app.db.user.count({ where: { email: 'eve@example.com' } })).toBe(0);
  });

  it('lets only an admin invite, list and revoke', async () => {
    const supervisor = await app.userKey('supervisor');
    expect((await invite({ name: 'Sly', email: 'sly@example.com', role: 'admin' }, supervisor)).status).toBe(403);
    expect((await app.request('GET', '/v1/invitations', { key: supervisor })).status).toBe(403);
    expect(await app.db.invitation.count({ where: { email: 'sly@example.com' } })).toBe(0);
  });
});
