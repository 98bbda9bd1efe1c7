import { ackOwnerRole, autoCloseAt, ESCALATION_ACTIONS, refuseAction } from '../../src/domain/escalation-process';
import { ESCALATION_STATUSES } from '../../src/domain/escalations';
import { DEFAULT_POLICIES } from '../../src/domain/policies';

describe('what may be done to an escalation', () => {
  it('acknowledges only an open escalation, and names the action in the refusal', () => {
    expect(refuseAction('acknowledge', 'open')).toBeUndefined();
    expect(refuseAction('acknowledge', 'resolved')).toEqual({ type: 'Conflict', message: 'cannot acknowledge an escalation that is resolved' });
    expect(refuseAction('waitOnCustomer', 'open')?.message).toBe('cannot wait on the customer for an escalation that is open');
  });

  it('takes notes until it is closed, and nothing else once it is closed', () => {
    for (const status of ESCALATION_STATUSES) expect(refuseAction('addNote', status) === undefined).toBe(status !== 'closed');
    for (const action of Object.keys(ESCALATION_ACTIONS) as Array<keyof typeof ESCALATION_ACTIONS>) {
      expect(refuseAction(action, 'closed')?.type).toBe('Conflict');
    }
  });

  it('is confirmed only once resolved, and resolved only while worked', () => {
    expect(ESCALATION_STATUSES.filter((status) => !refuseAction('confirm', status))).toEqual(['resolved']);
    expect(ESCALATION_STATUSES.filter((status) => !refuseAction('resolve', status))).toEqual(['acknowledged', 'waiting_on_customer']);
  });
});

describe('clocks and closing', () => {
  it('gives each tier acknowledgement to the first role that works it', () => {
    expect(ackOwnerRole('L1')).toBe('agent');
    expect(ackOwnerRole('manager')).toBe('supervisor');
  });

  it('closes a resolved escalation by itself after the policy days', () => {
    const resolvedAt = Date.parse('2026-03-02T10:00:00Z');
    expect(new Date(autoCloseAt(DEFAULT_POLICIES.escalations, resolvedAt)).toISOString()).toBe('2026-03-05T10:00:00.000Z');
  });
});
