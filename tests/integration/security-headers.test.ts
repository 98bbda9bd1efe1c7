import { startTestApp, type TestApp } from '../support/harness';

// The usual security headers on every answer, a strict Content-Security-Policy, and /docs still working.

const STRICT_CSP =
  "default-src 'self';base-uri 'self';object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';form-action 'self';frame-ancestors 'none'";

describe('security headers', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
  });
  afterAll(() => app.stop());

  it.each(['/healthz', '/v1/cases', '/openapi.json', '/no-such-page'])('sends helmet’s headers and the strict policy on %s', async (path) => {
    const response = await app.request('GET', path);
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('serves /docs with scripts from files only, allowing inline styles there alone', async () => {
    const page = await app.request('GET', '/docs/');
    expect(page.status).toBe(200);
    const html = page.body as string;
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, content] of scripts) {
      expect(attributes).toMatch(/src="[^"]+\.js"/);
      expect(content?.trim()).toBe('');
    }
    expect(page.headers.get('content-security-policy')).toBe(STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
    for (const [, attributes] of scripts) {
      const src = /src="\.\/([^"]+)"/.exec(attributes ?? '')?.[1];
      const script = await app.request('GET', `/docs/${src}`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toContain('javascript');
    }
  });
});
