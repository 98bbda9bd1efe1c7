import { execFile } from 'node:child_process';
import { startTestApp, type TestApp } from '../support/harness';

describe('authentication and roles', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it.each([
    ['no Authorization header', {}],
    ['an unknown key', { authorization: 'Bearer sk_unknown' }],
    ['a malformed header', { authorization: 'Basic dXNlcjpwYXNz' }],
  ])('refuses %s with 401 problem+json', async (_label, headers) => {
    const response = await app.request('GET', '/v1/cases', { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(response.body).toMatchObject({ status: 401, title: 'Authentication required', instance: '/v1/cases' });
  });

  it('refuses a role that may not open a case with 403, and writes nothing', async () => {
    const ops = await app.userKey('ops');
    const response = await app.request('POST', '/v1/cases', { key: ops, body: { customerId: 'c-forbidden', subject: 'Nope' } });
    expect(response.status).toBe(403);
    expect(response.body.detail).toBe('this action needs the role agent or supervisor; you are ops');
    expect(await app.db.case.count({ where: { customerId: 'c-forbidden' } })).toBe(0);
  });

  it('lets any role read, and offers each role only its own next actions', async () => {
    const agent = await app.userKey('agent');
    const ops = await app.userKey('ops');
    const opened = await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'c-2', subject: 'Read me' } });
    const asOps = await app.request('GET', `/v1/cases/${opened.body.id}`, { key: ops });
    expect(asOps.status).toBe(200);
    expect(asOps.body.nextActions).toEqual([]);
    const closeAsOps = await app.request('POST', `/v1/cases/${opened.body.id}/close`, { key: ops, body: {} });
    expect(closeAsOps.status).toBe(403);
  });

  it('accepts a key made by users:create', async () => {
    const key = await new Promise<string>((resolve, reject) => {
      execFile(
        'npx',
        ['tsx', 'src/cli/users-create.ts', '--name', 'Cli Supervisor', '--role', 'supervisor'],
        { env: { ...process.env, DATABASE_URL: app.databaseUrl } },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      );
    });
    expect(key).toMatch(/^sk_[\w-]+\n$/);
    const response = await app.request('POST', '/v1/cases', { key: key.trim(), body: { customerId: 'c-3', subject: 'From the CLI' } });
    expect(response.status).toBe(201);
    expect(response.body.openedBy).toMatchObject({ name: 'Cli Supervisor', role: 'supervisor' });
    const stored = await app.db.apiKey.findMany({ where: { user: { name: 'Cli Supervisor' } } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.keyHash).not.toContain(key.trim());
  });
});
