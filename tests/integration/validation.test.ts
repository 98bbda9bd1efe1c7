import { startTestApp, type TestApp } from '../support/harness';

describe('bad input', () => {
  let app: TestApp;
  let agent: string;

  beforeAll(async () => {
    app = await startTestApp();
    agent = await app.userKey('agent');
  });
  afterAll(() => app.stop());

  const valid = { customerId: 'cust-validation', subject: 'Broken' };

  it.each([
    ['a missing customerId', { subject: 'x' }, 'customerId'],
    ['an empty subject', { ...valid, subject: '   ' }, 'subject'],
    ['a subject that is a number', { ...valid, subject: 42 }, 'subject'],
    ['an unknown channel', { ...valid, channel: 'pigeon' }, 'channel'],
    ['an unknown field', { ...valid, priority: 'high' }, ''],
    ['a customerId with spaces', { ...valid, customerId: 'a b' }, 'customerId'],
    ['a subject longer than 200', { ...valid, subject: 'x'.repeat(201) }, 'subject'],
    ['an array body', [valid], ''],
  ])('opening a case with %s is a 400 naming the field, and writes nothing', async (_label, body, field) => {
    const idempotencyKey = `bad-${field}-${Math.random()}`;
    const response = await app.request('POST', '/v1/cases', { key: agent, body, headers: { 'idempotency-key': idempotencyKey } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ in: 'body', field })]));
    expect(await app.db.case.count({ where: { customerId: valid.customerId } })).toBe(0);
    expect(await app.db.idempotencyKey.count({ where: { key: idempotencyKey } })).toBe(0);
  });

  it('refuses JSON that does not parse with a 400', async () => {
    const response = await app.request('POST', '/v1/cases', {
      key: agent,
      rawBody: '{"customerId":',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ status: 400, detail: 'the body is not valid JSON' });
  });

  it('refuses a body that is not JSON with a 415', async () => {
    const response = await app.request('POST', '/v1/cases', {
      key: agent,
      rawBody: 'customerId=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(415);
  });

  it('refuses a body over the limit with a 413', async () => {
    const response = await app.request('POST', '/v1/cases', {
      key: agent,
      body: { ...valid, subject: 'x'.repeat(200_000) },
    });
    expect(response.status).toBe(413);
    expect(response.body.title).toBe('Request body too large');
  });

  it.each([
    ['/v1/cases/not-a-uuid', 'path', 'id'],
    ['/v1/cases?status=lost', 'query', 'status'],
    ['/v1/cases?limit=0', 'query', 'limit'],
    ['/v1/cases?limit=ten', 'query', 'limit'],
    ['/v1/cases?cursor=bogus', 'query', 'cursor'],
    ['/v1/cases?color=red', 'query', ''],
  ])('GET %s is a 400 naming the %s field %j', async (path, location, field) => {
    const response = await app.request('GET', path, { key: agent });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ in: location, field })]));
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await app.request('GET', '/v1/nothing-here', { key: agent });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
