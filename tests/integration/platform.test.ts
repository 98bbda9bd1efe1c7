import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { startTestApp, type TestApp } from '../support/harness';
import { eventually } from '../support/wait';

/** GET on `agent`'s kept-alive connection: the status and whether it went on a connection used before. */
function getOn(agent: http.Agent, url: string): Promise<{ status: number; reusedSocket: boolean }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, reusedSocket: request.reusedSocket }));
    });
    request.on('error', reject);
  });
}

describe('health, readiness, metrics and the API document', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('is alive and ready with PostgreSQL and Temporal reachable', async () => {
    expect((await app.request('GET', '/healthz')).body).toEqual({ status: 'ok' });
    // Readiness gives Temporal two seconds; a machine busy with the other test files may need a retry.
    const ready = await eventually(async () => {
      const answer = await app.request('GET', '/readyz');
      return answer.status === 200 ? answer : undefined;
    });
    expect(ready.body).toEqual({ status: 'ready', checks: { database: 'ok', temporal: 'ok' } });
  });

  it("keeps an idle kept-alive connection open longer than Node's default 5 s, so a client that reuses it is answered", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await getOn(agent, `${app.baseUrl}/healthz`)).toEqual({ status: 200, reusedSocket: false });
      await sleep(6_000);
      expect(await getOn(agent, `${app.baseUrl}/healthz`)).toEqual({ status: 200, reusedSocket: true });
    } finally {
      agent.destroy();
    }
  });

  it('serves an OpenAPI 3.1 document made from the request schemas', async () => {
    const { status, body } = await app.request('GET', '/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/v1/cases', '/v1/cases/{id}', '/v1/cases/{id}/close', '/v1/policies/{name}', '/v1/processes']),
    );
    const open = body.paths['/v1/cases'].post;
    expect(open.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/OpenCaseRequest' });
    expect(body.components.schemas.OpenCaseRequest.required).toEqual(['customerId', 'subject']);
    expect(open.responses['400'].content['application/problem+json']).toBeDefined();
  });

  it('serves a browsable documentation page', async () => {
    const docs = await fetch(`${app.baseUrl}/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger-ui');
  });

  it('exposes request metrics', async () => {
    const metrics = await app.request('GET', '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.body).toContain('http_request_duration_seconds_count{method="GET",route="/readyz",status="200"}');
  });

  it('serves the process catalog', async () => {
    const agent = await app.userKey('agent');
    const catalog = await app.request('GET', '/v1/processes', { key: agent });
    expect(catalog.body.processes[0]).toMatchObject({
      name: 'case',
      steps: [{ name: 'work', ownerRole: 'agent' }],
      actions: [{ name: 'close', roles: ['agent', 'supervisor'] }],
    });
    const credit = catalog.body.processes.find((process: { name: string }) => process.name === 'credit');
    expect(credit.steps).toContainEqual(expect.objectContaining({ name: 'approval', target: { policy: 'credits', path: 'decision.target' } }));
  });
});
