import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ensureConsoleBuilt } from '../../src/console/build';
import { CONSOLE_BUILD_DIR } from '../../src/console/paths';
import { startTestApp, type TestApp } from '../support/harness';

// The console as a browser meets it on the API's own address.

let app: TestApp;
const page = (route: string) => fetch(`${app.baseUrl}${route}`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });

beforeAll(async () => {
  await ensureConsoleBuilt(() => undefined);
  app = await startTestApp({ worker: false });
});
afterAll(() => app.stop());

test('the console loads at / and on any of its own pages, always revalidated', async () => {
  for (const route of ['/', '/cases/3f1c0d5e-0000-4000-8000-000000000000', '/approvals', '/sign-in']) {
    const response = await page(route);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<div id="root"></div>');
  }
});

test('its hashed assets are cached for a year; an unknown asset is a 404', async () => {
  const [asset] = await readdir(path.join(CONSOLE_BUILD_DIR, 'assets'));
  const response = await fetch(`${app.baseUrl}/assets/${asset}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect((await fetch(`${app.baseUrl}/assets/missing-0000.js`)).status).toBe(404);
});

test('the API, its document, health and metrics keep their own answers, even to a browser', async () => {
  const unknown = await page('/v1/nothing-here');
  expect(unknown.status).toBe(401);
  expect(unknown.headers.get('content-type')).toContain('application/problem+json');
  expect((await page('/openapi.json')).headers.get('content-type')).toContain('application/json');
  expect((await page('/healthz')).headers.get('content-type')).toContain('application/json');
  expect((await page('/metrics')).headers.get('content-type')).toContain('text/plain');
  expect(await (await page('/docs/')).text()).toContain('swagger');
});

test('a client that does not ask for HTML gets a 404 problem for an unknown path', async () => {
  const response = await fetch(`${app.baseUrl}/cases`, { headers: { accept: 'application/json' } });
  expect(response.status).toBe(404);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
});

test('the console learns where the Temporal UI shows a workflow', async () => {
  const response = await app.request('GET', '/console-settings.json');
  expect(response.body).toEqual({ temporalUiWorkflows: 'http://localhost:8233/namespaces/default/workflows' });
});
