import { randomUUID } from 'node:crypto';
import { KEY_LIFETIME_MS, purgeExpiredIdempotencyKeys } from '../../src/api/idempotency';
import { person } from '../support/cases';
import { startTestApp, type TestApp } from '../support/harness';

describe('Idempotency-Key on starting requests', () => {
  let app: TestApp;
  let agent: string;

  beforeAll(async () => {
    app = await startTestApp();
    agent = await app.userKey('agent');
  });
  afterAll(() => app.stop());

  const body = { customerId: 'cust-idem', subject: 'Charged twice' };

  it('returns the first answer for the same key and body, and opens one case', async () => {
    const headers = { 'idempotency-key': 'open-1' };
    const first = await app.request('POST', '/v1/cases', { key: agent, body, headers });
    const second = await app.request('POST', '/v1/cases', { key: agent, body, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await app.db.case.count({ where: { customerId: 'cust-idem' } })).toBe(1);
  });

  it('refuses the same key with another body with a 422', async () => {
    const headers = { 'idempotency-key': 'open-2' };
    await app.request('POST', '/v1/cases', { key: agent, body, headers });
    const other = await app.request('POST', '/v1/cases', { key: agent, body: { ...body, subject: 'Other' }, headers });
    expect(other.status).toBe(422);
    expect(other.body.title).toBe('Idempotency key reused with another request');
  });

  it('gives one case when the same request arrives many times at once', async () => {
    const headers = { 'idempotency-key': 'open-concurrent' };
    const concurrentBody = { customerId: 'cust-concurrent', subject: 'Impatient customer' };
    const responses = await Promise.all(
      Array.from({ length: 25 }, () => app.request('POST', '/v1/cases', { key: agent, body: concurrentBody, headers })),
    );
    const created = responses.filter((response) => response.status === 201);
    const inProgress = responses.filter((response) => response.status === 409);
    expect(created.length + inProgress.length).toBe(25);
    expect(new Set(created.map((response) => response.body.id)).size).toBe(1);
    expect(await app.db.case.count({ where: { customerId: 'cust-concurrent' } })).toBe(1);
    const retry = await app.request('POST', '/v1/cases', { key: agent, body: concurrentBody, headers });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(created[0]?.body.id);
  });

  it('keeps keys per user: another user reusing a key gets their own case', async () => {
    const otherAgent = await app.userKey('agent', 'Other Agent');
    const headers = { 'idempotency-key': 'shared-key' };
    const mine = await app.request('POST', '/v1/cases', { key: agent, body, headers });
    const theirs = await app.request('POST', '/v1/cases', { key: otherAgent, body, headers });
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.body.openedBy.name).toBe('Other Agent');
  });

  it('answers a retry after an attempt that failed once the case was open with the case as it is now', async () => {
    const headers = { 'idempotency-key': 'open-then-failed' };
    const first = await app.request('POST', '/v1/cases', { key: agent, body, headers });
    expect(first.status).toBe(201);
    // The first answer was lost (its request counted as failed) after the case opened, and the case moved on before the retry.
    await app.db.idempotencyKey.updateMany({ where: { key: 'open-then-failed' }, data: { state: 'failed', statusCode: null } });
    const bea = await person(app, 'agent', 'Bea Backup');
    const transferred = await app.request('POST', `/v1/cases/${first.body.id}/transfer`, { key: agent, body: { toUserId: bea.id, reason: 'Going home' } });
    expect(transferred.status).toBe(200);

    const retry = await app.request('POST', '/v1/cases', { key: agent, body, headers });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
    expect(retry.body).toMatchObject({ id: first.body.id, owner: { id: bea.id, name: 'Bea Backup' }, transfers: 1 });
    expect(retry.body).toEqual((await app.request('GET', `/v1/cases/${first.body.id}`, { key: agent })).body);
  });

  it('refuses a key that is too long', async () => {
    const response = await app.request('POST', '/v1/cases', { key: agent, body, headers: { 'idempotency-key': 'k'.repeat(256) } });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ in: 'header', field: 'Idempotency-Key' })]);
  });

  it('keeps the first body of a key after its request failed: another body is a 422, the same body runs again', async () => {
    const headers = { 'idempotency-key': 'escalate-missing-case' };
    const missingCase = { caseId: randomUUID(), severity: 'P3', category: 'billing', reason: 'Charged twice' };
    const first = await app.request('POST', '/v1/escalations', { key: agent, body: missingCase, headers });
    expect(first.body.errors).toEqual([expect.objectContaining({ field: 'caseId' })]);
    const other = await app.request('POST', '/v1/escalations', { key: agent, body: { ...missingCase, caseId: randomUUID() }, headers });
    expect(other.status).toBe(422);
    const again = await app.request('POST', '/v1/escalations', { key: agent, body: missingCase, headers });
    expect(again.status).toBe(400);
  });

  it('forgets a key after its lifetime: the purge deletes it and the key may start something new', async () => {
    const headers = { 'idempotency-key': 'open-yesterday' };
    const first = await app.request('POST', '/v1/cases', { key: agent, body, headers });
    const lifetimeAgo = new Date(Date.now() - KEY_LIFETIME_MS - 60_000);
    await app.db.idempotencyKey.updateMany({ where: { key: 'open-yesterday' }, data: { createdAt: lifetimeAgo } });
    expect(await purgeExpiredIdempotencyKeys(app.db)).toBeGreaterThanOrEqual(1);
    expect(await app.db.idempotencyKey.count({ where: { key: 'open-yesterday' } })).toBe(0);
    const later = await app.request('POST', '/v1/cases', { key: agent, body: { ...body, subject: 'A new call' }, headers });
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(first.body.id);
  });
});
