import { actionRoles, readersOf, ROUTE_ACCESS, routeAccess, seesMoney } from '../../src/domain/access';
import { PROCESS_CATALOG } from '../../src/domain/catalog';
import { withoutMoney } from '../../src/domain/money';

describe('the access table', () => {
  it('gives every process action in the catalog the roles of its route', () => {
    for (const process of PROCESS_CATALOG) {
      for (const action of process.actions) {
        expect(routeAccess('POST', action.path.replace(/\{(\w+)\}/g, ':$1'))?.roles).toEqual(action.roles);
      }
    }
  });

  it('puts the object rule on every route that names a case, credit, return, escalation, handoff or order', () => {
    const resources: Record<string, string> = { cases: 'case', credits: 'credit', returns: 'return', escalations: 'escalation', handoffs: 'handoff', orders: 'order' };
    for (const [route, access] of Object.entries(ROUTE_ACCESS)) {
      const collection = /^\w+ \/v1\/([\w-]+)\/:id/.exec(route)?.[1] ?? '';
      if (collection in resources) expect([route, 'object' in access ? access.object : undefined]).toEqual([route, resources[collection]]);
    }
  });

  it('keeps credits and amounts from the warehouse, sales and admins', () => {
    expect(readersOf('credit')).toEqual(['agent', 'supervisor', 'accounting', 'accounting_manager', 'ops']);
    expect(['warehouse', 'sales', 'admin'].map((role) => seesMoney(role as never))).toEqual([false, false, false]);
    expect(ROUTE_ACCESS['POST /v1/handoffs/:id/survey-response'].roles).not.toContain('admin');
  });

  it('refuses to name roles for an action it does not list', () => {
    expect(() => actionRoles('/v1/credits/{id}/forgive')).toThrow('no action POST /v1/credits/{id}/forgive in the access table');
  });
});

describe('amounts hidden from a timeline event', () => {
  it('drops money, totals and minor-unit fields at any depth, and keeps the rest', () => {
    expect(
      withoutMoney({
        creditId: 'c-1',
        amount: { minor: 3400, currency: 'EUR' },
        totals: { grossMinor: 4000, restockingFeeMinor: 600, creditMinor: 3400, currency: 'EUR' },
        lines: [{ sku: 'KETTLE', qty: 1, unitPrice: { minor: 4000, currency: 'EUR' }, creditMinor: 3400 }],
        creditStatus: 'posted',
      }),
    ).toEqual({ creditId: 'c-1', lines: [{ sku: 'KETTLE', qty: 1 }], creditStatus: 'posted' });
  });
});
