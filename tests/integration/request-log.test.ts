import { Writable } from 'node:stream';
import pino from 'pino';
import { startTestApp, type TestApp } from '../support/harness';

// What the API writes about each request: the request and how it ended, never an API key, a session
// cookie or a customer link's token.
describe('request log', () => {
  let app: TestApp;
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });

  beforeAll(async () => {
    app = await startTestApp({ logger: pino({ level: 'info' }, sink) });
  });
  afterAll(() => app.stop());

  it('logs each request with its method, path and status, and none of the secrets it carried', async () => {
    const key = await app.userKey('agent');
    await app.person('agent', 'lou@example.com', 'a long enough password', 'Lou Log');
    const cookie = await app.signIn('lou@example.com', 'a long enough password');
    const token = 'secret-token-part.signature-part';

    expect((await app.request('POST', '/v1/cases', { key, body: { customerId: 'cust-log', subject: 'Logged' } })).status).toBe(201);
    expect((await app.request('GET', '/v1/cases', { headers: { cookie } })).status).toBe(200);
    expect((await app.request('GET', `/v1/public/surveys/${token}`)).status).toBe(404);

    const requests = lines.map((line) => JSON.parse(line) as { msg: string; req?: { method: string; url: string }; res?: unknown }).filter((line) => line.msg === 'request completed');
    expect(requests.map(({ req, res }) => [req, res])).toEqual(
      expect.arrayContaining([
        [expect.objectContaining({ method: 'POST', url: '/v1/cases' }), { statusCode: 201 }],
        [expect.objectContaining({ method: 'GET', url: '/v1/cases' }), { statusCode: 200 }],
        [expect.objectContaining({ method: 'GET', url: '/v1/public/surveys/[redacted]' }), { statusCode: 404 }],
      ]),
    );
    const everything = lines.join('\n');
    for (const secret of [key, cookie.split('=')[1] ?? cookie, 'secret-token-part']) expect(everything).not.toContain(secret);
  });
});
