import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { NotificationTemplate } from '../activities/notification-templates';
import type { PolicySnapshot } from '../activities/policies';
import { dueAt } from '../src/domain/calendar';
import { approvalsComplete, refuseDecision, routeCredit, type CreditStatus, type PendingCredit } from '../src/domain/credits';
import { isoDurationToMs } from '../src/domain/duration';
import { FailureType } from '../src/domain/failures';
import type { Actor } from '../src/domain/actor';
import type { CreditDecision, CreditRequest, CreditState } from '../src/domain/messages/credit';
import { creditSettledUpdate, creditStateQuery, decideCreditUpdate, recallCreditUpdate } from './credit-messages';
import { ProcessStatusAttribute } from './search-attributes';
import { finishWith } from './final-state';
import { SlaClock } from './sla-clock';

const activities = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '30 seconds' },
});

const APPROVAL_ROW_FIRST = 'approval-row-before-state';

const conflict = (message: string) => ApplicationFailure.create({ type: FailureType.conflict, message });

export async function creditWorkflow(request: CreditRequest): Promise<CreditState> {
  const { workflowId } = workflowInfo();
  const state: CreditState = {
    ...request,
    status: 'checking',
    policyVersion: null,
    queueRole: null,
    dualControl: false,
    escalated: false,
    routeReason: null,
    approvals: [],
    rejection: null,
    approvalClock: null,
    requestedAt: new Date().toISOString(),
    decidedAt: null,
    expiresAt: null,
    postedAt: null,
  };
  // Loaded after the handlers are set: an update sent with the start must find them in place.
  const loaded: { policies?: PolicySnapshot } = {};
  let clock: SlaClock | undefined;
  let settled = false;
  let recordingApproval = false;

  const setStatus = (status: CreditStatus) => {
    state.status = status;
    if (status !== 'pending_approval') state.decidedAt ??= new Date().toISOString();
    upsertSearchAttributes([{ key: ProcessStatusAttribute, value: status }]);
  };

  const pending = (): PendingCredit => ({
    amountMinor: state.amount.minor,
    requesterId: state.requestedBy.id,
    dualControl: state.dualControl,
    approvals: state.approvals.map((approval) => ({
      approverId: approval.approver.id,
      onBehalfOfId: approval.onBehalfOf?.id ?? null,
      role: approval.role,
    })),
  });
  const view = (): CreditState => ({ ...state, approvalClock: clock?.view() ?? null });
  const event = (type: string, actor: Actor | null, data: Record<string, unknown>, status: CreditStatus) =>
    activities.recordCreditEvent({
      creditId: state.creditId,
      caseId: state.caseId,
      status,
      type,
      actor,
      data,
      at: new Date().toISOString(),
    });
  const notify = (audience: 'customer' | 'staff', recipient: string, template: NotificationTemplate) =>
    activities.notify({
      dedupeKey: `${workflowId}:${template}:${recipient}`,
      audience,
      recipient,
      template,
      payload: { creditId: state.creditId, caseId: state.caseId, kind: state.kind, amount: state.amount, status: state.status },
    });

  setHandler(creditStateQuery, view);

  setHandler(creditSettledUpdate, async () => {
    await condition(() => settled);
    return view();
  });

  setHandler(
    decideCreditUpdate,
    async (decision) => {
      const at = new Date().toISOString();
      const acting = decision.onBehalfOf ?? decision.by;
      if (decision.decision === 'reject') {
        setStatus('rejected');
        state.rejection = { by: decision.by, onBehalfOf: decision.onBehalfOf, reason: decision.note ?? '', at };
        await event('credit.rejected', decision.by, { reason: decision.note, onBehalfOf: decision.onBehalfOf?.name ?? null }, 'rejected');
      } else {
        const approval = { approver: decision.by, onBehalfOf: decision.onBehalfOf, role: acting.role, note: decision.note, at };
        if (patched(APPROVAL_ROW_FIRST)) {
          // The approval counts only once its row is written: if the row cannot be written, the
          // update fails and the credit stays pending, so it can never post without its approval.
          recordingApproval = true;
          try {
            await activities.recordCreditApproval({ creditId: state.creditId, caseId: state.caseId, approval });
          } finally {
            recordingApproval = false;
          }
          if (state.status !== 'pending_approval') throw conflict(`the credit is ${state.status}, not waiting for a decision`);
          state.approvals.push(approval);
          if (approvalsComplete(pending())) setStatus('approved');
        } else {
          state.approvals.push(approval);
          if (approvalsComplete(pending())) setStatus('approved');
          await activities.recordCreditApproval({ creditId: state.creditId, caseId: state.caseId, approval });
        }
        if (state.status === 'approved') await event('credit.approved', decision.by, {}, 'approved');
      }
      await condition(() => state.status !== 'approved');
      return view();
    },
    {
      validator: (decision: CreditDecision) => {
        if (state.status !== 'pending_approval') throw conflict(`the credit is ${state.status}, not waiting for a decision`);
        if (recordingApproval) throw conflict('another approval of this credit is being recorded; try again in a moment');
        if (decision.decision === 'reject' && !decision.note?.trim()) {
          throw ApplicationFailure.create({ type: FailureType.invalid, message: 'a rejection needs a reason' });
        }
        if (!loaded.policies) throw conflict('the credit is still being checked');
        const refusal = refuseDecision(loaded.policies.credits.document, pending(), { user: decision.by, onBehalfOf: decision.onBehalfOf });
        if (refusal) throw ApplicationFailure.create({ type: FailureType.forbidden, message: refusal.message });
      },
    },
  );

  setHandler(
    recallCreditUpdate,
    async ({ by }) => {
      setStatus('recalled');
      await event('credit.recalled', by, {}, 'recalled');
      return view();
    },
    {
      validator: ({ by }: { by: Actor }) => {
        if (by.id !== state.requestedBy.id) {
          throw ApplicationFailure.create({ type: FailureType.forbidden, message: 'only the requester may recall a credit' });
        }
        if (state.status !== 'pending_approval') throw conflict(`the credit is ${state.status}; only a pending credit can be recalled`);
        if (recordingApproval) throw conflict('an approval of this credit is being recorded; try again in a moment');
      },
    },
  );

  const policies = await activities.loadPolicySnapshot();
  loaded.policies = policies;
  const creditsPolicy = policies.credits.document;
  const calendar = policies.calendar.document;
  state.policyVersion = policies.credits.version;
  await activities.recordCreditRequested({ ...request, workflowId, policyVersion: state.policyVersion, requestedAt: state.requestedAt });

  const goodwillGrantedMinor =
    request.kind === 'goodwill'
      ? await activities.goodwillGrantedSince({
          creditId: request.creditId,
          customerId: request.customerId,
          currency: request.amount.currency,
          since: new Date(Date.now() - isoDurationToMs(creditsPolicy.goodwillWindow)).toISOString(),
        })
      : 0;
  const route = routeCredit(creditsPolicy, {
    requesterRole: request.requestedBy.role,
    amountMinor: request.amount.minor,
    kind: request.kind,
    goodwillGrantedMinor,
  });
  if (route.kind === 'auto_approve') {
    setStatus('approved');
  } else {
    setStatus('pending_approval');
    state.queueRole = route.queueRole;
    state.dualControl = route.dualControl;
    state.routeReason = route.reason;
  }
  await activities.recordCreditRouted({
    creditId: state.creditId,
    workflowId,
    caseId: state.caseId,
    status: route.kind === 'auto_approve' ? 'approved' : 'pending_approval',
    queueRole: state.queueRole,
    dualControl: state.dualControl,
    reason: state.routeReason,
    at: new Date().toISOString(),
    checkStartedAt: state.requestedAt,
  });

  if (route.kind === 'approval') {
    const startedAt = Date.now();
    state.expiresAt = new Date(dueAt(calendar, startedAt, creditsPolicy.expiresAfter)).toISOString();
    clock = await SlaClock.start({
      workflowId,
      process: 'credit',
      caseId: state.caseId,
      step: 'approval',
      sequence: 1,
      ownerRole: state.queueRole ?? 'accounting',
      calendar,
      target: creditsPolicy.decision.target,
      warningFraction: creditsPolicy.warningFraction,
      onWarn: () => notify('staff', `role:${state.queueRole}`, 'credit.decision_due_soon'),
      onBreach: async () => {
        state.escalated = true;
        state.queueRole = 'accounting_manager';
        await activities.recordCreditEvent({
          creditId: state.creditId,
          caseId: state.caseId,
          queueRole: 'accounting_manager',
          type: 'credit.escalated',
          actor: null,
          data: { queueRole: 'accounting_manager', reason: 'decision overdue' },
          at: new Date().toISOString(),
        });
        await notify('staff', 'role:accounting_manager', 'credit.decision_overdue');
      },
    });
    settled = true;
    const decided = await condition(() => state.status !== 'pending_approval', Date.parse(state.expiresAt) - startedAt);
    if (!decided) {
      setStatus('expired');
      await event('credit.expired', null, { expiresAt: state.expiresAt }, 'expired');
    }
    await clock.complete();
  }

  // Update handlers change the status too, which TypeScript's narrowing cannot see.
  const outcome = state.status as CreditState['status'];
  if (outcome === 'approved') {
    const { postedAt } = await activities.postCredit({
      creditId: state.creditId,
      workflowId,
      caseId: state.caseId,
      customerId: state.customerId,
      kind: state.kind,
      amount: state.amount,
      at: new Date().toISOString(),
    });
    state.postedAt = postedAt;
    setStatus('posted');
    await notify('customer', `customer:${state.customerId}`, 'credit.posted');
  } else if (outcome === 'rejected' || outcome === 'expired') {
    await notify('staff', `user:${state.requestedBy.id}`, `credit.${outcome}`);
    if (outcome === 'expired') await notify('customer', `customer:${state.customerId}`, 'credit.expired');
  }
  settled = true;
  await condition(allHandlersFinished);
  return finishWith('credit', view());
}
