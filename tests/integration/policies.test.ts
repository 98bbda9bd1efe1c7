import { DEFAULT_POLICIES } from '../../src/domain/policies';
import { startTestApp, type TestApp } from '../support/harness';

describe('policies', () => {
  let app: TestApp;
  let admin: string;
  let agent: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.userKey('admin');
    agent = await app.userKey('agent');
  });
  afterAll(() => app.stop());

  it('serves the seeded defaults of every policy to any role', async () => {
    for (const name of ['calendar', 'credits', 'returns', 'escalations', 'handoff'] as const) {
      const response = await app.request('GET', `/v1/policies/${name}`, { key: agent });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ name, document: DEFAULT_POLICIES[name] });
      expect(response.body.version).toBeGreaterThanOrEqual(1);
    }
  });

  it('lets an admin add a version, which becomes current', async () => {
    const before = await app.request('GET', '/v1/policies/returns', { key: agent });
    const document = { ...DEFAULT_POLICIES.returns, expiresAfter: 'PT30S', categoryWindows: { electronics: 'P10D' } };
    const put = await app.request('PUT', '/v1/policies/returns', { key: admin, body: document });
    expect(put.status).toBe(201);
    expect(put.body).toMatchObject({ name: 'returns', version: before.body.version + 1, document });
    const after = await app.request('GET', '/v1/policies/returns', { key: agent });
    expect(after.body).toEqual(put.body);
  });

  it('gives concurrent versions distinct numbers', async () => {
    const puts = await Promise.all(
      Array.from({ length: 5 }, () => app.request('PUT', '/v1/policies/handoff', { key: admin, body: DEFAULT_POLICIES.handoff })),
    );
    expect(puts.map((put) => put.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(puts.map((put) => put.body.version)).size).toBe(5);
  });

  it('refuses an invalid document with a 400 naming the field, and keeps the current version', async () => {
    const before = await app.request('GET', '/v1/policies/credits', { key: agent });
    const response = await app.request('PUT', '/v1/policies/credits', {
      key: admin,
      body: { ...DEFAULT_POLICIES.credits, authorityLimits: { ...DEFAULT_POLICIES.credits.authorityLimits, agent: 50.5 }, expiresAfter: 'soon' },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['authorityLimits.agent', 'expiresAfter']);
    const after = await app.request('GET', '/v1/policies/credits', { key: agent });
    expect(after.body.version).toBe(before.body.version);
  });

  it('refuses a non-admin with 403 and an unknown policy name with 400', async () => {
    const forbidden = await app.request('PUT', '/v1/policies/calendar', { key: agent, body: { kind: '24x7' } });
    expect(forbidden.status).toBe(403);
    const unknown = await app.request('GET', '/v1/policies/vacation', { key: agent });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ in: 'path', field: 'name' })]);
  });
});
