import { readScope, ROUTE_ACCESS, routeAccess, type RouteAccess } from '../../src/domain/access';
import { ROLES, type Role } from '../../src/domain/roles';
import { objectsOf, teamOf, type Objects, type Team } from '../support/access-fixtures';
import { startTestApp, type TestApp } from '../support/harness';

// Every route of the OpenAPI document × every role × the caller's own and another's object,
// against the access table (src/domain/access.ts). A cell passes authorization when it gets a 2xx
// or a 400 (actions carry a body the schema refuses, so nothing is written); it is refused with a
// 403 for the role, a 404 for an object the caller may not read.

interface Operation {
  parameters?: Array<{ name: string; in: 'path' | 'query'; required?: boolean }>;
  requestBody?: unknown;
}

interface Cell {
  method: string;
  path: string;
  role: Role;
  whose: 'own' | 'other' | null;
}

const PROBE_BODY = { matrixProbe: true };

describe('who may read and do what', () => {
  let app: TestApp;
  let mine: Team;
  let theirs: Team;
  let own: Objects;
  let other: Objects;

  beforeAll(async () => {
    app = await startTestApp();
    mine = await teamOf(app, 'A');
    theirs = await teamOf(app, 'B');
    own = await objectsOf(app, 'A', mine);
    other = await objectsOf(app, 'B', theirs);
  });
  afterAll(() => app.stop());

  const expressPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

  function url(path: string, operation: Operation, access: RouteAccess, objects: Objects): string {
    const query = new URLSearchParams();
    for (const parameter of operation.parameters ?? []) {
      if (parameter.in === 'query' && parameter.required) {
        if (parameter.name !== 'customerId') throw new Error(`no value for the required query parameter ${parameter.name} of ${path}`);
        query.set(parameter.name, objects.customerId);
      }
    }
    const filled = path.replace(/\{(\w+)\}/g, (_match, name: string) => {
      if (name === 'id') return access.object ? objects[access.object] : 'not-a-uuid';
      if (name === 'n') return '1';
      if (name === 'name') return 'calendar';
      if (name === 'keyId') return 'not-a-uuid';
      if (name === 'token') return 'not-a-link-token';
      throw new Error(`no value for the path parameter ${name} of ${path}`);
    });
    return query.size ? `${filled}?${query}` : filled;
  }

  function expected(access: RouteAccess, role: Role, whose: Cell['whose'], operation: Operation & { path: string }): 'allowed' | 403 | 404 {
    // A customer's link route answers a bad token with its one 404, whoever calls (the probe body of a POST is refused first).
    if (access.public && operation.path.includes('{token}') && !operation.requestBody) return 404;
    if (access.roles !== 'any' && !access.roles.includes(role)) return 403;
    if (access.object && whose === 'other' && readScope(access.object, role) !== 'all') return 404;
    return 'allowed';
  }

  it('answers every route, for every role, as the access table says', async () => {
    const document = (await app.request('GET', '/openapi.json')).body as { paths: Record<string, Record<string, Operation>> };
    const routes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
    );
    const registered = routes.map(({ method, path }) => `${method} ${expressPath(path)}`);
    expect(registered.filter((route) => !routeAccess(route.split(' ')[0] ?? '', route.split(' ')[1] ?? ''))).toEqual([]);
    expect(Object.keys(ROUTE_ACCESS).filter((route) => !registered.includes(route))).toEqual([]);

    const failures: string[] = [];
    let cells = 0;
    const check = async ({ method, path, operation }: (typeof routes)[number], role: Role, whose: Cell['whose']) => {
      const access = routeAccess(method, expressPath(path)) as RouteAccess;
      const objects = whose === 'other' ? other : own;
      const key = mine[role];
      const response = await app.request(method, url(path, operation, access, objects), {
        key,
        ...(operation.requestBody ? { body: PROBE_BODY } : {}),
      });
      const want = expected(access, role, whose, { ...operation, path });
      const passed = response.status < 300 || response.status === 400;
      cells += 1;
      if (want === 'allowed' ? !passed : response.status !== want) {
        failures.push(`${method} ${path} as ${role} (${whose ?? 'no object'}): want ${want}, got ${response.status} ${JSON.stringify(response.body).slice(0, 160)}`);
      }
      if (access.lists && want === 'allowed' && whose) {
        const listed = (response.body.items as Array<{ id: string }>).map((item) => item.id);
        const id = objects[access.lists];
        const shown = whose === 'own' || readScope(access.lists, role) === 'all';
        cells += 1;
        if (listed.includes(id) !== shown) failures.push(`${method} ${path} as ${role}: the ${whose} ${access.lists} ${shown ? 'is missing' : 'is listed'}`);
      }
    };

    const queue = routes.flatMap((route) => {
      const access = routeAccess(route.method, expressPath(route.path)) as RouteAccess;
      const whose: Array<Cell['whose']> = access.object || access.lists ? ['own', 'other'] : [null];
      return ROLES.flatMap((role) => whose.map((which) => () => check(route, role, which)));
    });
    const workers = Array.from({ length: 6 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await next();
    });
    await Promise.all(workers);

    console.log(`authorization matrix: ${cells} cells checked (${routes.length} routes × ${ROLES.length} roles, own and other objects)`);
    expect(failures).toEqual([]);
    expect(cells).toBeGreaterThan(routes.length * ROLES.length);
  });

  it('keeps credits from the warehouse: neither the posted list nor one credit', async () => {
    const posted = await app.request('GET', '/v1/credits?status=posted', { key: mine.warehouse });
    expect(posted.status).toBe(403);
    expect(posted.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(posted.body)).not.toContain('600000');
    expect((await app.request('GET', `/v1/credits/${own.credit}`, { key: mine.warehouse })).status).toBe(403);

    const asAccounting = await app.request('GET', '/v1/credits?status=posted', { key: mine.accounting });
    expect(asAccounting.body.items.map((item: { id: string }) => item.id).sort()).toEqual([own.credit, other.credit].sort());
    const asAgent = await app.request('GET', '/v1/credits?status=posted', { key: mine.agent });
    expect(asAgent.body.items).toEqual([expect.objectContaining({ id: own.credit, amount: { minor: 600_000, currency: 'EUR' } })]);
  });

  it('shows amounts on a case timeline and a return only to roles that read credits', async () => {
    const amountsOf = (body: unknown) => JSON.stringify(body).match(/"(minor|\w+Minor)"/g) ?? [];
    const asSupervisor = await app.request('GET', `/v1/cases/${own.case}`, { key: mine.supervisor });
    const requested = asSupervisor.body.timeline.find((event: { type: string }) => event.type === 'credit.requested');
    expect(requested.data).toMatchObject({ creditId: own.credit, amount: { minor: 600_000, currency: 'EUR' }, reason: 'Installation went wrong' });

    for (const role of ['warehouse', 'sales'] as const) {
      const theCase = await app.request('GET', `/v1/cases/${own.case}`, { key: mine[role] });
      expect(theCase.status).toBe(200);
      const event = theCase.body.timeline.find((candidate: { type: string }) => candidate.type === 'credit.requested');
      expect(event.data).toEqual({ creditId: own.credit, kind: 'refund', reason: 'Installation went wrong', by: 'Agent A' });
      expect(amountsOf(theCase.body.timeline)).toEqual([]);
      expect(theCase.body.processes.map((process: { process: string }) => process.process)).not.toContain('credit');
    }

    const forWarehouse = await app.request('GET', `/v1/returns/${own.return}`, { key: mine.warehouse });
    expect(forWarehouse.body).toMatchObject({ status: 'inspecting', totals: null, lines: [{ sku: 'KETTLE', receivedQty: 1, unitPrice: null, credit: null }] });
    const forAgent = await app.request('GET', `/v1/returns/${own.return}`, { key: mine.agent });
    expect(forAgent.body.lines[0].unitPrice).toEqual({ minor: 4000, currency: 'EUR' });
  });

  it('refuses a process on a case the caller does not work, as if the case did not exist, and writes nothing', async () => {
    const credits = await app.db.credit.count();
    const credit = await app.request('POST', '/v1/credits', {
      key: theirs.agent,
      body: { customerId: own.customerId, caseId: own.case, amount: { minor: 1000, currency: 'EUR' }, kind: 'goodwill', reason: 'Sorry' },
    });
    expect(credit.status).toBe(400);
    expect(credit.body.errors).toEqual([expect.objectContaining({ in: 'body', field: 'caseId', message: 'no such case' })]);
    expect(await app.db.credit.count()).toBe(credits);
    const escalation = await app.request('POST', '/v1/escalations', {
      key: theirs.agent,
      body: { caseId: own.case, severity: 'P4', category: 'installation', reason: 'Not mine' },
    });
    expect(escalation.status).toBe(400);
    expect(escalation.body.errors).toEqual([expect.objectContaining({ field: 'caseId' })]);
  });

  it("puts a pending credit an agent may decide in that agent's queue, readable though the case is not theirs", async () => {
    const goodwill = (minor: number) =>
      app.request('POST', '/v1/credits', {
        key: mine.agent,
        body: { customerId: 'cust-cap', amount: { minor, currency: 'EUR' }, kind: 'goodwill', reason: 'Late again' },
      });
    await goodwill(4000);
    await goodwill(4000);
    const queued = await goodwill(4000);
    expect(queued.body).toMatchObject({ status: 'pending_approval', routeReason: 'above the goodwill cap for this customer' });

    const queue = await app.request('GET', '/v1/credits?status=pending_approval', { key: theirs.agent });
    expect(queue.body.items.map((item: { id: string }) => item.id)).toEqual([queued.body.id]);
    expect((await app.request('GET', `/v1/credits/${queued.body.id}`, { key: theirs.agent })).status).toBe(200);
    expect((await app.request('GET', `/v1/cases/${queued.body.caseId}`, { key: theirs.agent })).status).toBe(404);
    const approved = await app.request('POST', `/v1/credits/${queued.body.id}/approve`, { key: theirs.agent, body: {} });
    expect(approved.body).toMatchObject({ status: 'posted', approvals: [{ approver: { name: 'Agent B' } }] });
  });

  it("records contacts and survey answers by the handoff's owner or a supervisor only, never an admin", async () => {
    const answer = (key: string) => app.request('POST', `/v1/handoffs/${own.handoff}/survey-response`, { key, body: { score: 9 } });
    const asAdmin = await answer(mine.admin);
    expect(asAdmin.status).toBe(403);
    expect(asAdmin.body.detail).toBe('this action needs the role agent or supervisor; you are admin');
    expect((await answer(theirs.agent)).status).toBe(404);

    // Assigned an escalation on the case, agent B works it and reads the handoff, but does not own it.
    const bId = (await app.db.user.findFirstOrThrow({ where: { name: 'Agent B' } })).id;
    const reassigned = await app.request('POST', `/v1/escalations/${own.escalation}/reassign`, { key: mine.agent, body: { assigneeId: bId } });
    expect(reassigned.status).toBe(200);
    expect((await app.request('GET', `/v1/handoffs/${own.handoff}`, { key: theirs.agent })).status).toBe(200);
    const notOwner = await answer(theirs.agent);
    expect(notOwner.status).toBe(403);
    expect(notOwner.body.detail).toBe("only the handoff's service owner or a supervisor may do this");
    const contact = await app.request('POST', `/v1/handoffs/${own.handoff}/contacts`, { key: theirs.agent, body: { kind: 'welcome', outcome: 'reached' } });
    expect(contact.status).toBe(403);

    const ownerView = await app.request('GET', `/v1/handoffs/${own.handoff}`, { key: mine.agent });
    expect(ownerView.body.nextActions.map((action: { action: string }) => action.action)).toContain('contacts');
    const survey = await answer(mine.agent);
    expect(survey.status).toBe(409);
    expect(survey.body.detail).toBe('the survey has not been sent yet');
  });
});
