import { CASE_PROCESS, nextActions } from '../../src/domain/catalog';

describe('next actions on a case', () => {
  it('offers an agent the close action on an open case', () => {
    expect(nextActions(CASE_PROCESS, 'open', 'agent', 'c-1')).toEqual([
      { action: 'close', title: 'Close the case', method: 'POST', href: '/v1/cases/c-1/close' },
    ]);
  });

  it('offers nothing on a closed case', () => {
    expect(nextActions(CASE_PROCESS, 'closed', 'supervisor', 'c-1')).toEqual([]);
  });

  it('offers nothing to a role that may not act', () => {
    expect(nextActions(CASE_PROCESS, 'open', 'ops', 'c-1')).toEqual([]);
  });
});
