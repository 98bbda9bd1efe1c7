import { creditTeam, euros, requestCredit } from '../support/credits';
import { openCase, person } from '../support/cases';
import { startTestApp, type TestApp } from '../support/harness';
import { eventually } from '../support/wait';

describe('one accountable owner per case', () => {
  let app: TestApp;
  let ada: { key: string; id: string };
  let otto: { key: string; id: string };
  let sue: { key: string; id: string };
  let team: Awaited<ReturnType<typeof creditTeam>>;

  beforeAll(async () => {
    app = await startTestApp();
    team = await creditTeam(app);
    ada = { key: team.agent, id: (await app.db.user.findFirstOrThrow({ where: { name: 'Ada Agent' } })).id };
    otto = { key: team.otherAgent, id: (await app.db.user.findFirstOrThrow({ where: { name: 'Otto Agent' } })).id };
    sue = { key: team.supervisor, id: (await app.db.user.findFirstOrThrow({ where: { name: 'Sue Supervisor' } })).id };
  });
  afterAll(() => app.stop());

  it('keeps its owner while accounting approves a credit on it, and tells the owner when the credit posts', async () => {
    const theCase = await openCase(app, ada.key, { customerId: 'cust-own', category: 'billing' });
    expect(theCase).toMatchObject({ owner: { id: ada.id, name: 'Ada Agent' }, category: 'billing', transfers: 0, callbacks: [] });
    expect(theCase.currentStep.dueAt).toEqual(expect.any(String));

    const credit = await requestCredit(app, ada.key, { customerId: 'cust-own', caseId: theCase.id, amount: euros(90_000), kind: 'refund' });
    expect(credit.body).toMatchObject({ status: 'pending_approval', queueRole: 'accounting' });
    const approved = await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: team.accounting, body: {} });
    expect(approved.body).toMatchObject({ status: 'posted' });

    const told = await eventually(async () => {
      const found = await app.db.notification.findMany({ where: { template: 'case.process_finished', recipient: `user:${ada.id}` } });
      return found.length > 0 && found.every((notice) => notice.status !== 'pending') ? found : undefined;
    });
    expect(told).toEqual([expect.objectContaining({ status: 'sent', payload: expect.objectContaining({ caseId: theCase.id, process: 'credit', id: credit.body.id, status: 'posted' }) })]);

    const read = await app.request('GET', `/v1/cases/${theCase.id}`, { key: ada.key });
    expect(read.body).toMatchObject({ owner: { id: ada.id }, transfers: 0 });
    expect(read.body.timeline.map((event: { type: string }) => event.type)).toContain('credit.approval_given');
  });

  it('moves ownership only by a transfer, recorded on the timeline, with the new owner told', async () => {
    const theCase = await openCase(app, ada.key, { customerId: 'cust-transfer' });
    const transferred = await app.request('POST', `/v1/cases/${theCase.id}/transfer`, {
      key: ada.key,
      body: { toUserId: otto.id, reason: 'Going on leave' },
    });
    expect(transferred.status).toBe(200);
    expect(transferred.body).toMatchObject({ owner: { id: otto.id, name: 'Otto Agent' }, transfers: 1 });
    expect(transferred.body.timeline.at(-1)).toMatchObject({
      type: 'case.transferred',
      actorId: ada.id,
      data: { from: { id: ada.id }, to: { id: otto.id }, reason: 'Going on leave', by: 'Ada Agent' },
    });
    // The outbox sends it shortly after it is queued.
    const told = await eventually(async () => {
      const found = await app.db.notification.findMany({ where: { template: 'case.transferred' } });
      return found.length > 0 && found.every((notice) => notice.status !== 'pending') ? found : undefined;
    });
    expect(told).toEqual([expect.objectContaining({ recipient: `user:${otto.id}`, status: 'sent' })]);

    // Ada opened it and still reads it, but is no longer its owner.
    const again = await app.request('POST', `/v1/cases/${theCase.id}/transfer`, { key: ada.key, body: { toUserId: ada.id, reason: 'Back' } });
    expect(again.status).toBe(403);
    expect(again.body.detail).toBe("only the case's owner or a supervisor may transfer it");

    // Otto reads the case he now owns; a supervisor moves it on.
    expect((await app.request('GET', `/v1/cases/${theCase.id}`, { key: otto.key })).status).toBe(200);
    const bySupervisor = await app.request('POST', `/v1/cases/${theCase.id}/transfer`, { key: sue.key, body: { toUserId: sue.id, reason: 'Otto is out' } });
    expect(bySupervisor.body).toMatchObject({ owner: { id: sue.id }, transfers: 2 });
  });

  it('refuses a new owner who cannot work cases, naming the field, and writes nothing', async () => {
    const theCase = await openCase(app, ada.key, { customerId: 'cust-refused' });
    const accounting = (await app.db.user.findFirstOrThrow({ where: { name: 'Ann Accounting' } })).id;
    const events = await app.db.timelineEvent.count({ where: { caseId: theCase.id } });
    for (const [toUserId, message] of [
      [accounting, 'the new owner must be able to work cases (agent or supervisor); they are accounting'],
      ['5f1b0a52-7cc4-4a43-9a7e-3a64e3c3bd6e', 'no such active user'],
    ]) {
      const refused = await app.request('POST', `/v1/cases/${theCase.id}/transfer`, { key: ada.key, body: { toUserId, reason: 'Try' } });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ in: 'body', field: 'toUserId', message }]);
    }
    const noReason = await app.request('POST', `/v1/cases/${theCase.id}/transfer`, { key: ada.key, body: { toUserId: otto.id } });
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const same = await app.request('POST', `/v1/cases/${theCase.id}/transfer`, { key: ada.key, body: { toUserId: ada.id, reason: 'Mine' } });
    expect(same.status).toBe(409);
    expect(await app.db.timelineEvent.count({ where: { caseId: theCase.id } })).toBe(events);
    expect((await app.db.case.findUniqueOrThrow({ where: { id: theCase.id } })).ownerId).toBe(ada.id);

    await app.request('POST', `/v1/cases/${theCase.id}/close`, { key: ada.key, body: {} });
    const closed = await app.request('POST', `/v1/cases/${theCase.id}/transfer`, { key: ada.key, body: { toUserId: otto.id, reason: 'Late' } });
    expect(closed.status).toBe(409);
  });

  it("lists an absent owner's open cases for a supervisor to reassign", async () => {
    const absent = await person(app, 'agent', 'Abe Absent');
    const open = await openCase(app, absent.key, { customerId: 'cust-absent', subject: 'Still open' });
    const done = await openCase(app, absent.key, { customerId: 'cust-absent', subject: 'Done' });
    await app.request('POST', `/v1/cases/${done.id}/close`, { key: absent.key, body: {} });
    await app.request('POST', `/v1/users/${absent.id}/deactivate`, { key: await app.userKey('admin') });

    const listed = await app.request('GET', `/v1/cases?owner=${absent.id}&status=open`, { key: sue.key });
    expect(listed.body.items).toEqual([expect.objectContaining({ id: open.id, owner: { id: absent.id, name: 'Abe Absent' } })]);
    const moved = await app.request('POST', `/v1/cases/${open.id}/transfer`, { key: sue.key, body: { toUserId: ada.id, reason: 'Abe left' } });
    expect(moved.body.owner.id).toBe(ada.id);
    expect((await app.request('GET', `/v1/cases?owner=${absent.id}&status=open`, { key: sue.key })).body.items).toEqual([]);
    expect((await app.request('GET', '/v1/cases?owner=me&status=open', { key: ada.key })).body.items.map((item: { id: string }) => item.id)).toContain(open.id);
    expect((await app.request('GET', '/v1/cases?owner=nobody', { key: sue.key })).body.errors).toEqual([expect.objectContaining({ in: 'query', field: 'owner' })]);
  });
});
