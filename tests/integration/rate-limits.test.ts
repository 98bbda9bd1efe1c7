import { randomBytes } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/harness';

const randomBearer = () => ({ authorization: `Bearer sk_${randomBytes(12).toString('hex')}` });

describe('rate limits', () => {
  describe('failed authentications, per client address', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ worker: false, env: { AUTH_FAILURES_PER_MINUTE: '3' } });
    });
    afterAll(() => app.stop());

    it('lets any number of requests with good credentials run at once from one address', async () => {
      const key = await app.userKey('agent', 'Busy Proxy');
      await app.person('agent', 'busy@example.com', 'the right long password');
      const [reads, signIns] = await Promise.all([
        Promise.all(Array.from({ length: 60 }, () => app.request('GET', '/v1/processes', { key }))),
        Promise.all(Array.from({ length: 20 }, () => app.request('POST', '/v1/session', { body: { email: 'busy@example.com', password: 'the right long password' } }))),
      ]);
      expect(reads.map((answer) => answer.status)).toEqual(Array(60).fill(200));
      expect(signIns.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    });

    it('slows an address down after its failed authentications, whatever bearer values it invents', async () => {
      for (let attempt = 0; attempt < 3; attempt++) {
        expect((await app.request('GET', '/v1/cases', { headers: randomBearer() })).status).toBe(401);
      }
      const next = await app.request('GET', '/v1/cases', { headers: randomBearer() });
      expect(next.status).toBe(429);
      expect(next.headers.get('content-type')).toContain('application/problem+json');
      expect(next.body).toMatchObject({ status: 429, title: 'Too many requests' });
      expect(next.headers.get('ratelimit')).toMatch(/"3-in-1min"; r=0/);
      expect(next.headers.get('retry-after')).toMatch(/^\d+$/);
    });
  });

  describe('failed sign-ins, per client address', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ worker: false, env: { AUTH_FAILURES_PER_MINUTE: '3' } });
    });
    afterAll(() => app.stop());

    it('counts failed sign-ins to any account, so an address cannot try passwords across accounts', async () => {
      const signIn = (email: string) => app.request('POST', '/v1/session', { body: { email, password: 'guessed password' } });
      for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) expect((await signIn(email)).status).toBe(401);
      const next = await signIn('d@example.com');
      expect(next.status).toBe(429);
      expect(next.body).toMatchObject({ status: 429, title: 'Too many requests' });
    });
  });

  describe('requests, per user and per address', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ worker: false, env: { RATE_LIMIT_PER_MINUTE: '5', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '12' } });
    });
    afterAll(() => app.stop());

    it("limits each user to their own budget, then the address as a whole", async () => {
      const [first, second, third] = await Promise.all([app.userKey('agent', 'First'), app.userKey('agent', 'Second'), app.userKey('ops', 'Third')]);
      const statuses = async (key: string | undefined, times: number) => {
        const seen: number[] = [];
        for (let n = 0; n < times; n++) seen.push((await app.request('GET', '/v1/processes', { key })).status);
        return seen;
      };
      expect(await statuses(first, 6)).toEqual([200, 200, 200, 200, 200, 429]);
      expect(await statuses(second, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(await statuses(third, 2)).toEqual([200, 429]);
      expect(await statuses(undefined, 1)).toEqual([429]);
    });
  });
});
