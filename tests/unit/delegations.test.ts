import { delegationDays, delegationStatus, mayReceiveDelegation } from '../../src/domain/delegations';
import type { Role } from '../../src/domain/roles';

describe('delegations', () => {
  it('counts both ends of a delegation', () => {
    expect(delegationDays('2026-03-01', '2026-03-01')).toBe(1);
    expect(delegationDays('2026-03-01', '2026-03-30')).toBe(30);
    expect(delegationDays('2026-03-28', '2026-04-27')).toBe(31);
  });

  it('goes only to roles that work an approval queue', () => {
    expect(['supervisor', 'accounting', 'accounting_manager'].every((role) => mayReceiveDelegation(role as Role))).toBe(true);
    expect(['agent', 'warehouse', 'sales', 'ops', 'admin'].some((role) => mayReceiveDelegation(role as Role))).toBe(false);
  });

  it.each([
    ['2026-02-28', false, 'scheduled'],
    ['2026-03-01', false, 'active'],
    ['2026-03-05', false, 'active'],
    ['2026-03-06', false, 'expired'],
    ['2026-03-03', true, 'ended'],
  ])('on %s (ended: %s) it is %s', (today, ended, status) => {
    expect(delegationStatus({ from: '2026-03-01', to: '2026-03-05', ended }, today)).toBe(status);
  });
});
