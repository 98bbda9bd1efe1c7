import { CREDIT_PROCESS, nextActions, type NextAction } from './catalog';
import type { Role } from './roles';

/** What a caller may do with a credit: only its requester may recall it, and a requester never decides their own. */
export function creditActionsFor(caller: { id: string; role: Role }, credit: { id: string; status: string; requestedById: string }): NextAction[] {
  const ownCredit = credit.requestedById === caller.id;
  return nextActions(CREDIT_PROCESS, credit.status, caller.role, credit.id).filter((action) => (action.action === 'recall') === ownCredit);
}
