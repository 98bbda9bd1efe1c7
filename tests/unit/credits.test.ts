import { approvalsComplete, refuseDecision, routeCredit, type PendingCredit } from '../../src/domain/credits';
import { DEFAULT_POLICIES } from '../../src/domain/policies';

const policy = DEFAULT_POLICIES.credits;
const person = (id: string, role: any) => ({ id, role });
const self = (id: string, role: any) => ({ user: person(id, role), onBehalfOf: null });

describe('the policy check', () => {
  it('approves an agent goodwill credit of 40.00 at once', () => {
    expect(routeCredit(policy, { requesterRole: 'agent', amountMinor: 4000, kind: 'goodwill', goodwillGrantedMinor: 0 })).toEqual({
      kind: 'auto_approve',
    });
  });

  it('queues goodwill above the 90-day cap even within authority', () => {
    const route = routeCredit(policy, { requesterRole: 'supervisor', amountMinor: 4000, kind: 'goodwill', goodwillGrantedMinor: 7000 });
    expect(route).toEqual({ kind: 'approval', queueRole: 'supervisor', dualControl: false, reason: 'above the goodwill cap for this customer' });
  });

  it('sends a 900.00 refund by an agent to accounting', () => {
    expect(routeCredit(policy, { requesterRole: 'agent', amountMinor: 90_000, kind: 'refund', goodwillGrantedMinor: 0 })).toMatchObject({
      kind: 'approval',
      queueRole: 'accounting',
      dualControl: false,
    });
  });

  it('puts a 7,500.00 refund under dual control, whoever asks', () => {
    expect(
      routeCredit(policy, { requesterRole: 'accounting_manager', amountMinor: 750_000, kind: 'refund', goodwillGrantedMinor: 0 }),
    ).toMatchObject({ kind: 'approval', queueRole: 'accounting', dualControl: true });
  });

  it('approves exactly at the limit and queues one minor unit above', () => {
    const at = routeCredit(policy, { requesterRole: 'agent', amountMinor: 5000, kind: 'refund', goodwillGrantedMinor: 0 });
    const above = routeCredit(policy, { requesterRole: 'agent', amountMinor: 5001, kind: 'refund', goodwillGrantedMinor: 0 });
    expect(at.kind).toBe('auto_approve');
    expect(above).toMatchObject({ kind: 'approval', queueRole: 'supervisor' });
  });
});

describe('who may decide', () => {
  const refund900: PendingCredit = { amountMinor: 90_000, requesterId: 'agent-1', dualControl: false, approvals: [] };
  const refund7500: PendingCredit = { amountMinor: 750_000, requesterId: 'agent-1', dualControl: true, approvals: [] };

  it('refuses the requester, even acting for someone else', () => {
    expect(refuseDecision(policy, { ...refund900, requesterId: 'acc-1' }, self('acc-1', 'accounting'))?.message).toMatch(/requester/);
    const viaDelegation = { user: person('acc-1', 'accounting'), onBehalfOf: person('mgr-1', 'accounting_manager') };
    expect(refuseDecision(policy, { ...refund900, requesterId: 'acc-1' }, viaDelegation)?.message).toMatch(/requester/);
  });

  it('refuses an agent and a supervisor below the amount, allows accounting', () => {
    expect(refuseDecision(policy, refund900, self('agent-2', 'agent'))?.message).toBe('the amount is above the authority of a agent');
    expect(refuseDecision(policy, refund900, self('sup-1', 'supervisor'))).toMatchObject({ type: 'forbidden' });
    expect(refuseDecision(policy, refund900, self('acc-1', 'accounting'))).toBeUndefined();
  });

  it('lets a delegate decide with the authority of the delegator', () => {
    const delegate = { user: person('sup-1', 'supervisor'), onBehalfOf: person('acc-1', 'accounting') };
    expect(refuseDecision(policy, refund900, delegate)).toBeUndefined();
  });

  it('needs accounting then an accounting manager (either order) above the threshold, two people', () => {
    expect(refuseDecision(policy, refund7500, self('acc-1', 'accounting'))).toBeUndefined();
    const afterAccounting = { ...refund7500, approvals: [{ approverId: 'acc-1', onBehalfOfId: null, role: 'accounting' as const }] };
    expect(approvalsComplete(afterAccounting)).toBe(false);
    expect(refuseDecision(policy, afterAccounting, self('acc-1', 'accounting'))?.message).toMatch(/already approved/);
    expect(refuseDecision(policy, afterAccounting, self('acc-2', 'accounting'))?.message).toMatch(/must be by an accounting manager/);
    expect(refuseDecision(policy, afterAccounting, self('mgr-1', 'accounting_manager'))).toBeUndefined();
    const both = { ...afterAccounting, approvals: [...afterAccounting.approvals, { approverId: 'mgr-1', onBehalfOfId: null, role: 'accounting_manager' as const }] };
    expect(approvalsComplete(both)).toBe(true);

    const afterManager = { ...refund7500, approvals: [{ approverId: 'mgr-1', onBehalfOfId: null, role: 'accounting_manager' as const }] };
    expect(refuseDecision(policy, afterManager, self('acc-1', 'accounting'))).toBeUndefined();
    expect(refuseDecision(policy, refund7500, self('sup-1', 'supervisor'))?.message).toMatch(/only accounting/);
  });

  it('refuses the delegator and the delegate as a second approver once either approved', () => {
    const approvedByDelegate = {
      ...refund7500,
      approvals: [{ approverId: 'acc-2', onBehalfOfId: 'mgr-1', role: 'accounting_manager' as const }],
    };
    expect(refuseDecision(policy, approvedByDelegate, self('mgr-1', 'accounting_manager'))?.message).toMatch(/already approved/);
    expect(refuseDecision(policy, approvedByDelegate, self('acc-2', 'accounting'))?.message).toMatch(/already approved/);
  });
});
