import { spawn } from 'node:child_process';
import { startTestApp, type TestApp } from '../support/harness';

// People sign in with email and password and use the session cookie on every /v1 route.

const PASSWORD = 'correct horse battery';

function usersCreate(app: TestApp, args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/users-create.ts', ...args], { env: { ...process.env, DATABASE_URL: app.databaseUrl } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('signing in with email and password', () => {
  let app: TestApp;
  let origin: string;

  beforeAll(async () => {
    app = await startTestApp();
    origin = app.baseUrl;
  });
  afterAll(() => app.stop());

  const signInAttempt = (email: string, password: string, headers: Record<string, string> = { origin }) =>
    app.request('POST', '/v1/session', { body: { email, password }, headers });

  it('signs a person in with an HttpOnly, SameSite=Strict cookie whose token is stored only as a hash', async () => {
    const id = await app.person('agent', 'ada@example.com', PASSWORD, 'Ada Agent');
    const response = await signInAttempt('Ada@Example.com', PASSWORD);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ user: { id, name: 'Ada Agent', email: 'ada@example.com', role: 'agent' } });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict$/);
    const token = setCookie.split(';')[0]?.split('=')[1] ?? '';
    const sessions = await app.db.session.findMany({ where: { userId: id } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.tokenHash).not.toContain(token);

    const me = await app.request('GET', '/v1/session', { headers: { cookie: `session=${token}` } });
    expect(me.body).toEqual(response.body);
  });

  it('accepts the cookie on reads, and on changes only with a same-origin Origin', async () => {
    await app.person('agent', 'cora@example.com', PASSWORD, 'Cora Cookie');
    const cookie = await app.signIn('cora@example.com', PASSWORD);
    expect((await app.request('GET', '/v1/cases', { headers: { cookie } })).status).toBe(200);

    const body = { customerId: 'cust-cookie', subject: 'Opened from the console' };
    const opened = await app.request('POST', '/v1/cases', { body, headers: { cookie, origin } });
    expect(opened.status).toBe(201);
    expect(opened.body.openedBy).toMatchObject({ name: 'Cora Cookie' });

    const crossSite: Array<Record<string, string>> = [{ cookie }, { cookie, origin: 'https://evil.example' }, { cookie, origin: 'null' }];
    for (const headers of crossSite) {
      const refused = await app.request('POST', '/v1/cases', { body: { ...body, customerId: 'cust-csrf' }, headers });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body.detail).toBe('cross-site request refused');
    }
    expect(await app.db.case.count({ where: { customerId: 'cust-csrf' } })).toBe(0);

    const key = await app.userKey('agent', 'Kit Key');
    const byKey = await app.request('POST', '/v1/cases', { key, body: { ...body, customerId: 'cust-key' }, headers: { origin: 'https://tool.example' } });
    expect(byKey.status).toBe(201);
    expect((await app.request('GET', '/v1/session', { key })).body.user).toMatchObject({ name: 'Kit Key', email: null, role: 'agent' });
  });

  it('refuses a sign-in sent from another site', async () => {
    await app.person('agent', 'xena@example.com', PASSWORD);
    const refused = await signInAttempt('xena@example.com', PASSWORD, { origin: 'https://evil.example' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('set-cookie')).toBeNull();
  });

  it('answers a wrong password and an unknown email alike, in about the same time', async () => {
    await app.person('agent', 'wanda@example.com', PASSWORD);
    const timed = async (email: string) => {
      const started = performance.now();
      const response = await signInAttempt(email, 'not the password at all');
      return { response, ms: performance.now() - started };
    };
    const wrong = await timed('wanda@example.com');
    const unknown = await timed('nobody@example.com');
    for (const { response } of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    expect(unknown.response.body).toEqual(wrong.response.body);
    expect(wrong.response.body.detail).toBe('the email or password is wrong');
    expect(unknown.ms).toBeGreaterThan(wrong.ms / 3);
  });

  it('slows an account down after five failed sign-ins in a row, and a success resets the count', async () => {
    await app.person('agent', 'sam@example.com', PASSWORD);
    for (let attempt = 0; attempt < 4; attempt++) expect((await signInAttempt('sam@example.com', 'wrong password!')).status).toBe(401);
    expect((await signInAttempt('sam@example.com', PASSWORD)).status).toBe(200);
    for (let attempt = 0; attempt < 5; attempt++) expect((await signInAttempt('sam@example.com', 'wrong password!')).status).toBe(401);

    const slowed = await signInAttempt('sam@example.com', 'wrong password!');
    expect(slowed.status).toBe(429);
    expect(slowed.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(slowed.headers.get('retry-after'))).toBeLessThanOrEqual(30);
    expect((await signInAttempt('sam@example.com', PASSWORD)).status).toBe(429);
    // Another account is not concerned.
    await app.person('agent', 'other@example.com', PASSWORD);
    expect((await signInAttempt('other@example.com', PASSWORD)).status).toBe(200);
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    await app.person('ops', 'otto@example.com', PASSWORD);
    const cookie = await app.signIn('otto@example.com', PASSWORD);
    const signedOut = await app.request('DELETE', '/v1/session', { headers: { cookie, origin } });
    expect(signedOut.status).toBe(204);
    expect(signedOut.headers.get('set-cookie')).toMatch(/^session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
    const after = await app.request('GET', '/v1/session', { headers: { cookie } });
    expect(after.status).toBe(401);
    expect(after.body.detail).toBe('the session has ended; sign in again');
  });

  it('refuses a deactivated person, and one without a password', async () => {
    const id = await app.person('agent', 'dora@example.com', PASSWORD);
    const cookie = await app.signIn('dora@example.com', PASSWORD);
    const admin = await app.userKey('admin');
    expect((await app.request('POST', `/v1/users/${id}/deactivate`, { key: admin, body: {} })).status).toBe(200);
    expect((await app.request('GET', '/v1/cases', { headers: { cookie } })).status).toBe(401);
    const refused = await signInAttempt('dora@example.com', PASSWORD);
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toBe('the email or password is wrong');

    const created = await app.request('POST', '/v1/users', { key: admin, body: { name: 'Kay Keys', role: 'agent', email: 'kay@example.com' } });
    expect(created.status).toBe(201);
    expect((await signInAttempt('kay@example.com', PASSWORD)).status).toBe(401);
  });

  it('makes a person who signs in from the command line, the password read from standard input', async () => {
    const made = await usersCreate(app, ['--name', 'Ari Admin', '--role', 'admin', '--email', 'ari@example.com', '--password-stdin'], `${PASSWORD}\n`);
    expect(made).toMatchObject({ code: 0, stdout: '' });
    const cookie = await app.signIn('ari@example.com', PASSWORD);
    expect((await app.request('GET', '/v1/users', { headers: { cookie } })).status).toBe(200);

    const withKey = await usersCreate(app, ['--name', 'Bo Both', '--role', 'ops', '--email', 'bo@example.com', '--password-stdin', '--key'], `${PASSWORD}\n`);
    expect(withKey.stdout).toMatch(/^sk_[\w-]+\n$/);
    expect((await app.request('GET', '/v1/session', { key: withKey.stdout.trim() })).body.user).toMatchObject({ email: 'bo@example.com' });

    const tooShort = await usersCreate(app, ['--name', 'Tim Short', '--role', 'ops', '--email', 'tim@example.com', '--password-stdin'], 'short\n');
    expect(tooShort.code).toBe(2);
    expect(tooShort.stderr).toContain('password: must be at least 12 characters');
    expect(await app.db.user.count({ where: { email: 'tim@example.com' } })).toBe(0);
  }, 60_000);

  it('refuses a second user with the same email, whatever its case', async () => {
    const admin = await app.userKey('admin');
    await app.person('agent', 'twin@example.com', PASSWORD);
    const twin = await app.request('POST', '/v1/users', { key: admin, body: { name: 'Twin', role: 'agent', email: 'TWIN@example.com' } });
    expect(twin.status).toBe(409);
    expect(await app.db.user.count({ where: { email: 'twin@example.com' } })).toBe(1);
  });
});

describe('sessions end after idle time', () => {
  let app: TestApp;

  beforeAll(async () => {
    // 3 s of idle time.
    app = await startTestApp({ worker: false, env: { SESSION_IDLE_MINUTES: '0.05' } });
  });
  afterAll(() => app.stop());

  it('slides with each request and ends once the person is idle for longer', async () => {
    await app.person('ops', 'ida@example.com', PASSWORD);
    const cookie = await app.signIn('ida@example.com', PASSWORD);
    const read = () => app.request('GET', '/v1/processes', { headers: { cookie } });
    for (let step = 0; step < 3; step++) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect((await read()).status).toBe(200);
    }
    await new Promise((resolve) => setTimeout(resolve, 3500));
    const ended = await read();
    expect(ended.status).toBe(401);
    expect(ended.body.detail).toBe('the session has ended; sign in again');
    expect(await app.db.session.count()).toBe(0);
  });
});
