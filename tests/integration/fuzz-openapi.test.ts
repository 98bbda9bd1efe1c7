import fc from 'fast-check';
import { ROLES, type Role } from '../../src/domain/roles';
import { deeplyNestedJson, hostileValue, percentEncoded, shapedValue, type Components, type JsonSchema } from '../support/hostile-requests';
import { startTestApp, type TestApp } from '../support/harness';

// Every route of /openapi.json, sent malformed and hostile input as every role: no answer is a 5xx,
// none takes longer than 5 s, and every 4xx is an RFC 9457 problem (a 400 names its fields).

interface Operation {
  parameters?: Array<{ name: string; in: 'path' | 'query' | 'header'; schema: JsonSchema }>;
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
}

const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS_PER_ROUTE ?? 24);

interface Call {
  role: Role | 'anonymous';
  path: string;
  body: string | undefined;
}

function pathValue(schema: JsonSchema, components: Components): fc.Arbitrary<string> {
  return fc.oneof(shapedValue(schema, components), hostileValue).map((value) => percentEncoded(typeof value === 'string' ? value.slice(0, 2000) : JSON.stringify(value)));
}

function callArbitrary(template: string, operation: Operation, components: Components): fc.Arbitrary<Call> {
  const parameters = operation.parameters ?? [];
  const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
  const queryParameters = parameters.filter((parameter) => parameter.in === 'query');
  const bodySchema = operation.requestBody?.content['application/json'].schema;
  const query = fc.record(
    Object.fromEntries(
      [...queryParameters.map((parameter) => [parameter.name, parameter.schema] as const), ['cursor', { type: 'string' }] as const].map(([name, schema]) => [
        name,
        fc.option(fc.oneof(shapedValue(schema, components), hostileValue), { freq: 2 }),
      ]),
    ),
  );
  return fc
    .record({
      role: fc.constantFrom<Role | 'anonymous'>(...ROLES, 'anonymous'),
      path: fc.tuple(...pathParameters.map((parameter) => pathValue(parameter.schema, components))),
      query,
      body: bodySchema
        ? fc.oneof(
            { weight: 8, arbitrary: shapedValue(bodySchema, components).map((value) => JSON.stringify(value)) },
            { weight: 2, arbitrary: hostileValue.map((value) => JSON.stringify(value)) },
            { weight: 1, arbitrary: deeplyNestedJson },
          )
        : fc.constant(undefined),
    })
    .map(({ role, path, query: values, body }) => {
      let index = 0;
      const filled = template.replace(/\{\w+\}/g, () => path[index++] ?? 'x');
      const search = Object.entries(values)
        .filter(([, value]) => value !== null)
        .map(([name, value]) => `${name}=${percentEncoded(typeof value === 'string' ? value.slice(0, 3000) : JSON.stringify(value))}`)
        .join('&');
      return { role, path: search ? `${filled}?${search}` : filled, body };
    });
}

describe('hostile input on every route of the OpenAPI document', () => {
  let app: TestApp;
  const keys = new Map<Role, string>();

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ROLES) keys.set(role, await app.userKey(role, `Fuzz ${role}`));
  });
  afterAll(() => app.stop());

  it('answers every request within 5 s with no 5xx, and every 4xx as a problem naming its fields', async () => {
    const document = (await app.request('GET', '/openapi.json')).body as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Components };
    };
    const sent: Record<string, number> = {};
    const failures: string[] = [];
    for (const [template, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const route = `${method.toUpperCase()} ${template}`;
        sent[route] = 0;
        await fc.assert(
          fc.asyncProperty(callArbitrary(template, operation, document.components.schemas), async (call) => {
            sent[route] = (sent[route] ?? 0) + 1;
            const started = Date.now();
            const response = await app.request(method.toUpperCase(), call.path, {
              key: call.role === 'anonymous' ? undefined : keys.get(call.role),
              ...(call.body === undefined ? {} : { rawBody: call.body, headers: { 'content-type': 'application/json' } }),
            });
            const elapsed = Date.now() - started;
            const problem = response.body as { status?: number; title?: string; errors?: Array<{ in: string; field: string; message: string }> };
            const wrong =
              response.status >= 500
                ? `answered ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`
                : elapsed > 5000
                  ? `took ${elapsed} ms`
                  : response.status >= 400 && !(response.headers.get('content-type') ?? '').includes('application/problem+json')
                    ? `answered ${response.status} without problem+json`
                    : response.status >= 400 && (problem.status !== response.status || !problem.title)
                      ? `answered ${response.status} with a malformed problem`
                      : response.status === 400 && !problem.errors?.every((error) => typeof error.field === 'string' && error.message)
                        ? 'answered 400 without naming the fields'
                        : undefined;
            if (wrong) failures.push(`${route} as ${call.role} ${call.path.slice(0, 200)}: ${wrong}`);
            return wrong === undefined;
          }),
          { numRuns: RUNS_PER_ROUTE, endOnFailure: true },
        ).catch((error: unknown) => {
          if (!failures.some((failure) => failure.startsWith(route))) failures.push(`${route}: ${String(error).slice(0, 600)}`);
        });
      }
    }
    const total = Object.values(sent).reduce((sum, count) => sum + count, 0);
    console.log(`hostile requests per route (${total} in all):\n${Object.entries(sent).map(([route, count]) => `  ${count}\t${route}`).join('\n')}`);
    expect(Object.keys(sent).length).toBeGreaterThan(30);
    expect(failures).toEqual([]);
  }, 900_000);
});
