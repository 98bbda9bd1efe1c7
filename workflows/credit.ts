import { allHandlersFinished, condition, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import type { NotificationTemplate } from '../activities/notification-templates';
import type { PolicySnapshot } from '../activities/policies';
import { approvalExpiresAt, goodwillWindowStart, OVERDUE_DECISION_QUEUE } from '../src/domain/credit-process';
import { approvalsComplete, refuseDecision, routeCredit, type CreditStatus, type PendingCredit, type Route } from '../src/domain/credits';
import { FailureType } from '../src/domain/failures';
import type { CalendarPolicy, CreditsPolicy } from '../src/domain/policies';
import type { Actor } from '../src/domain/actor';
import { activities } from './activities';
import type { CreditApprovalView, CreditDecision, CreditRequest, CreditState } from '../src/domain/messages/credit';
import type { CreditChange, CreditRowFields } from '../src/domain/read-model';
import { creditStartUpdate, creditStateQuery, decideCreditUpdate, recallCreditUpdate } from './credit-messages';
import { finishWith } from './final-state';
import { notify, outboxMessage, type Notice } from './notify';
import { setProcessStatus } from './process-status';
import { refuse } from './refuse';
import { SlaClock } from './sla-clock';

/** Added while credits were running: an approval counts only once its row is written. */
const APPROVAL_ROW_FIRST = 'approval-row-before-state';
/**
 * Runs started before it wrote each change with its own activity and moved the row by its status;
 * it is asked once, at the start of a run.
 */
const READ_MODEL_REVISIONS = 'credit-read-model-revisions';
/** Runs before it wrote a change and then sent the messages it called for in activities of their own; asked once per run, on revised runs only. */
const NOTICES_WITH_CHANGE = 'credit-notices-with-change';

/**
 * A credit (refund, store credit or goodwill): the policy check approves it at once or routes it to
 * the approval queue; an approval within its time (else it expires); then it is posted exactly once
 * and the customer told.
 */
export async function creditWorkflow(request: CreditRequest): Promise<CreditState> {
  const run = new CreditRun(request, workflowInfo().workflowId);
  handleMessages(run);

  const policies = await activities.loadPolicySnapshot();
  run.policies = policies;
  const policy = policies.credits.document;

  const route = await checkPolicy(run, request, policies.credits);
  await recordRouted(run, route);
  if (route.kind === 'approval') {
    const approval = await awaitApproval(run, policy, policies.calendar.document);
    // Completed here, not in awaitApproval(): what follows must run in the same microtask as before
    // the phases were functions (see docs/versioning.md).
    await approval.complete();
  }

  const outcome = run.status();
  if (outcome === 'approved') await post(run);
  else if ((outcome === 'rejected' || outcome === 'expired') && !run.noticesWithChange) await tellOfRefusal(run, outcome);
  run.settled = true;
  await condition(allHandlersFinished);
  return finishWith('credit', run.view());
}

/** One credit's state, the flags its handlers and phases share, and what every step does with them. */
class CreditRun {
  readonly state: CreditState;
  /** Loaded after the handlers are set: an update sent with the start must find them in place. */
  policies: PolicySnapshot | undefined;
  /** The approval step's SLA clock. */
  clock: SlaClock | undefined;
  /** Set once the credit is routed (and posted, when approved at once): the start's update answers then. */
  settled = false;
  /** Set while an approval's row is written: no other decision or recall meanwhile. */
  recordingApproval = false;
  /** Writes every change with recordProcessChange at the next revision, so that a late write never sets the row back. */
  readonly revised: boolean;
  /** Sends the messages a change calls for with it, in its transaction (revised runs only). */
  readonly noticesWithChange: boolean;
  /** Numbers the changes written to PostgreSQL. */
  revision = 0;

  constructor(
    request: CreditRequest,
    readonly workflowId: string,
  ) {
    this.revised = patched(READ_MODEL_REVISIONS);
    this.noticesWithChange = this.revised && patched(NOTICES_WITH_CHANGE);
    this.state = {
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
  }

  view(): CreditState {
    return { ...this.state, approvalClock: this.clock?.view() ?? null };
  }

  /** Read through a method: update handlers change the status between awaits, which TypeScript's narrowing cannot see. */
  status(): CreditState['status'] {
    return this.state.status;
  }

  setStatus(status: CreditStatus): void {
    if (status !== 'pending_approval') this.state.decidedAt ??= new Date().toISOString();
    setProcessStatus(this.state, status);
  }

  /** What the credit rules need to know of the credit and its approvals. */
  pending(): PendingCredit {
    const { state } = this;
    return {
      amountMinor: state.amount.minor,
      requesterId: state.requestedBy.id,
      dualControl: state.dualControl,
      approvals: state.approvals.map((approval) => ({
        approverId: approval.approver.id,
        onBehalfOfId: approval.onBehalfOf?.id ?? null,
        role: approval.role,
      })),
    };
  }

  /** The credit's row and the case timeline event of a change, and (on runs that send them so) the messages it calls for. */
  event(type: string, actor: Actor | null, data: Record<string, unknown>, status: CreditStatus, notices: Notice[] = []) {
    if (this.revised) return activities.recordProcessChange(this.withNotices(this.change(type, actor, data), notices));
    const { creditId, caseId } = this.state;
    return activities.recordCreditEvent({ creditId, caseId, status, type, actor, data, at: new Date().toISOString() });
  }

  /** A change at the next revision: its event, and the credit's row as the state stands (or as it is about to stand). */
  change(type: string, actor: Actor | null, data: Record<string, unknown>, { at = new Date().toISOString(), fields = {} }: ChangeOptions = {}): CreditChange {
    const { state } = this;
    this.revision += 1;
    return {
      workflowId: this.workflowId,
      revision: this.revision,
      caseId: state.caseId,
      event: { type, actor, detail: null, data, at },
      row: {
        table: 'credits',
        id: state.creditId,
        fields: { status: state.status, queueRole: state.queueRole, dualControl: state.dualControl, decidedAt: state.decidedAt, postedAt: state.postedAt, ...fields },
      },
    };
  }

  /** The change with the messages it calls for, on runs that send them with it. */
  withNotices<Change extends CreditChange>(change: Change, notices: Notice[]): Change {
    return this.noticesWithChange && notices.length > 0 ? { ...change, notices: notices.map(outboxMessage) } : change;
  }

  notifyStaff(recipient: string, template: NotificationTemplate) {
    return notify(this.staffNotice(recipient, template));
  }

  /** A message to the customer; `status` when it is sent for a status the credit is about to take. */
  customerNotice(template: NotificationTemplate, status = this.state.status): Notice {
    return this.noticeTo('customer', `customer:${this.state.customerId}`, template, status);
  }

  staffNotice(recipient: string, template: NotificationTemplate): Notice {
    return this.noticeTo('staff', recipient, template, this.state.status);
  }

  private noticeTo(audience: 'customer' | 'staff', recipient: string, template: NotificationTemplate, status: CreditState['status']): Notice {
    const { creditId, caseId, kind, amount } = this.state;
    return { audience, recipient, template, instance: [recipient], payload: { creditId, caseId, kind, amount, status } };
  }

  /** The messages a rejection or an expiry calls for: the requester hears of both, the customer of an expiry. */
  refusalNotices(outcome: 'rejected' | 'expired'): Notice[] {
    const requester = this.staffNotice(`user:${this.state.requestedBy.id}`, `credit.${outcome}`);
    return outcome === 'expired' ? [requester, this.customerNotice('credit.expired')] : [requester];
  }
}

interface ChangeOptions {
  at?: string;
  fields?: Partial<CreditRowFields>;
}

/** Set before the first await: an update sent with the start must find its handler in place. */
function handleMessages(run: CreditRun): void {
  setHandler(creditStateQuery, () => run.view());
  setHandler(creditStartUpdate, async () => {
    await condition(() => run.settled);
    return run.view();
  });
  handleDecisions(run);
  handleRecall(run);
}

/** An approver's decision: a rejection ends the credit; approvals count until enough are given. */
function handleDecisions(run: CreditRun): void {
  const { state } = run;
  setHandler(
    decideCreditUpdate,
    async (decision) => {
      const at = new Date().toISOString();
      const acting = decision.onBehalfOf ?? decision.by;
      if (decision.decision === 'reject') {
        run.setStatus('rejected');
        state.rejection = { by: decision.by, onBehalfOf: decision.onBehalfOf, reason: decision.note ?? '', at };
        await run.event('credit.rejected', decision.by, { reason: decision.note, onBehalfOf: decision.onBehalfOf?.name ?? null }, 'rejected', run.refusalNotices('rejected'));
      } else {
        const approval = { approver: decision.by, onBehalfOf: decision.onBehalfOf, role: acting.role, note: decision.note, at };
        if (patched(APPROVAL_ROW_FIRST)) {
          // The approval counts only once its row is written: if the row cannot be written, the
          // update fails and the credit stays pending, so it can never post without its approval.
          run.recordingApproval = true;
          try {
            await recordApproval(run, approval);
          } finally {
            run.recordingApproval = false;
          }
          if (state.status !== 'pending_approval') throw refuse(FailureType.conflict, `the credit is ${state.status}, not waiting for a decision`);
          state.approvals.push(approval);
          if (approvalsComplete(run.pending())) run.setStatus('approved');
        } else {
          state.approvals.push(approval);
          if (approvalsComplete(run.pending())) run.setStatus('approved');
          await activities.recordCreditApproval({ creditId: state.creditId, caseId: state.caseId, approval });
        }
        if (state.status === 'approved') await run.event('credit.approved', decision.by, {}, 'approved');
      }
      await condition(() => state.status !== 'approved');
      return run.view();
    },
    {
      validator: (decision: CreditDecision) => {
        if (state.status !== 'pending_approval') throw refuse(FailureType.conflict, `the credit is ${state.status}, not waiting for a decision`);
        if (run.recordingApproval) throw refuse(FailureType.conflict, 'another approval of this credit is being recorded; try again in a moment');
        if (decision.decision === 'reject' && !decision.note?.trim()) throw refuse(FailureType.invalid, 'a rejection needs a reason');
        if (!run.policies) throw refuse(FailureType.conflict, 'the credit is still being checked');
        const refusal = refuseDecision(run.policies.credits.document, run.pending(), { user: decision.by, onBehalfOf: decision.onBehalfOf });
        if (refusal) throw refuse(FailureType.forbidden, refusal.message);
      },
    },
  );
}

/** The requester may take back a credit that is still pending. */
function handleRecall(run: CreditRun): void {
  const { state } = run;
  setHandler(
    recallCreditUpdate,
    async ({ by }) => {
      run.setStatus('recalled');
      await run.event('credit.recalled', by, {}, 'recalled');
      return run.view();
    },
    {
      validator: ({ by }: { by: Actor }) => {
        if (by.id !== state.requestedBy.id) throw refuse(FailureType.forbidden, 'only the requester may recall a credit');
        if (state.status !== 'pending_approval') throw refuse(FailureType.conflict, `the credit is ${state.status}; only a pending credit can be recalled`);
        if (run.recordingApproval) throw refuse(FailureType.conflict, 'an approval of this credit is being recorded; try again in a moment');
      },
    },
  );
}

/**
 * The policy check: records the request, counts the customer's recent goodwill, and approves the
 * credit at once within the requester's authority or routes it to the approval queue.
 */
async function checkPolicy(run: CreditRun, request: CreditRequest, { document: policy, version }: PolicySnapshot['credits']): Promise<Route> {
  const { state } = run;
  state.policyVersion = version;
  await recordRequested(run, request, version);
  const goodwillGrantedMinor =
    request.kind === 'goodwill'
      ? await activities.goodwillGrantedSince({
          creditId: request.creditId,
          customerId: request.customerId,
          currency: request.amount.currency,
          since: new Date(goodwillWindowStart(policy, Date.now())).toISOString(),
        })
      : 0;
  const route = routeCredit(policy, { requesterRole: request.requestedBy.role, amountMinor: request.amount.minor, kind: request.kind, goodwillGrantedMinor });
  if (route.kind === 'auto_approve') {
    run.setStatus('approved');
  } else {
    run.setStatus('pending_approval');
    state.queueRole = route.queueRole;
    state.dualControl = route.dualControl;
    state.routeReason = route.reason;
  }
  return route;
}

/** The credit's row, made by its first change, and the request on the case timeline. */
function recordRequested(run: CreditRun, request: CreditRequest, policyVersion: number) {
  const { state, workflowId } = run;
  if (!run.revised) return activities.recordCreditRequested({ ...request, workflowId, policyVersion, requestedAt: state.requestedAt });
  const { customerId, kind, amount, reason, requestedBy, source } = request;
  const change = run.change('credit.requested', requestedBy, { kind, amount, reason, by: requestedBy.name }, { at: state.requestedAt });
  const insert = { customerId, kind, amount, reason, requestedById: requestedBy.id, policyVersion, sourceType: source?.type ?? null, sourceId: source?.id ?? null, requestedAt: state.requestedAt };
  return activities.recordProcessChange({ ...change, row: { ...change.row, insert } });
}

/** The routed credit's row, for the approval queue, with the policy check's step. */
function recordRouted(run: CreditRun, route: Route) {
  if (!run.revised) return activities.recordCreditRouted(routed(run, route));
  const { state } = run;
  const at = new Date().toISOString();
  const type = route.kind === 'auto_approve' ? 'credit.approved_by_policy' : 'credit.awaiting_approval';
  const change = run.change(type, null, { queueRole: state.queueRole, dualControl: state.dualControl, reason: state.routeReason }, { at });
  return activities.recordProcessChange({ ...change, step: { name: 'policy_check', startedAt: state.requestedAt, completedAt: at } });
}

/** An approval's row, once per approver, with its event; the credit's row follows the revision rule. */
function recordApproval(run: CreditRun, approval: CreditApprovalView) {
  const { state } = run;
  if (!run.revised) return activities.recordCreditApproval({ creditId: state.creditId, caseId: state.caseId, approval });
  const data = { by: approval.approver.name, onBehalfOf: approval.onBehalfOf?.name ?? null, role: approval.role };
  const change = run.change('credit.approval_given', approval.approver, data, { at: approval.at });
  return activities.recordProcessChange({ ...change, row: { ...change.row, approval } });
}

/** The row of the routed credit, for the approval queue. */
function routed(run: CreditRun, route: Route) {
  const { state } = run;
  return {
    creditId: state.creditId,
    workflowId: run.workflowId,
    caseId: state.caseId,
    status: route.kind === 'auto_approve' ? ('approved' as const) : ('pending_approval' as const),
    queueRole: state.queueRole,
    dualControl: state.dualControl,
    reason: state.routeReason,
    at: new Date().toISOString(),
    checkStartedAt: state.requestedAt,
  };
}

/**
 * Waits for the decision on the approval step's clock: a warning to the queue, on breach the
 * credit moves to the accounting managers, and it expires after the policy's time. Returns the
 * clock, still running.
 */
async function awaitApproval(run: CreditRun, policy: CreditsPolicy, calendar: CalendarPolicy): Promise<SlaClock> {
  const { state } = run;
  const startedAt = Date.now();
  state.expiresAt = new Date(approvalExpiresAt(policy, calendar, startedAt)).toISOString();
  const clock = await SlaClock.start({
    workflowId: run.workflowId,
    process: 'credit',
    caseId: state.caseId,
    step: 'approval',
    sequence: 1,
    ownerRole: state.queueRole ?? 'accounting',
    calendar,
    target: policy.decision.target,
    warningFraction: policy.warningFraction,
    onWarn: () => run.notifyStaff(`role:${state.queueRole}`, 'credit.decision_due_soon'),
    onBreach: async () => {
      state.escalated = true;
      state.queueRole = OVERDUE_DECISION_QUEUE;
      const data = { queueRole: OVERDUE_DECISION_QUEUE, reason: 'decision overdue' };
      const notice = run.staffNotice(`role:${OVERDUE_DECISION_QUEUE}`, 'credit.decision_overdue');
      if (run.revised) {
        await activities.recordProcessChange(run.withNotices(run.change('credit.escalated', null, data), [notice]));
      } else {
        await activities.recordCreditEvent({
          creditId: state.creditId,
          caseId: state.caseId,
          queueRole: OVERDUE_DECISION_QUEUE,
          type: 'credit.escalated',
          actor: null,
          data,
          at: new Date().toISOString(),
        });
      }
      if (!run.noticesWithChange) await notify(notice);
    },
  });
  run.clock = clock;
  run.settled = true;
  const decided = await condition(() => run.status() !== 'pending_approval', Date.parse(state.expiresAt) - startedAt);
  if (!decided) {
    run.setStatus('expired');
    await run.event('credit.expired', null, { expiresAt: state.expiresAt }, 'expired', run.refusalNotices('expired'));
  }
  return clock;
}

/** Posts the approved credit exactly once (ledger entry, balance or refund instruction) and tells the customer. */
async function post(run: CreditRun): Promise<void> {
  const { state } = run;
  const posting = {
    creditId: state.creditId,
    workflowId: run.workflowId,
    caseId: state.caseId,
    customerId: state.customerId,
    kind: state.kind,
    amount: state.amount,
    at: new Date().toISOString(),
  };
  const { postedAt } = run.revised
    ? await activities.postCreditChange({
        posting,
        change: run.withNotices(run.change('credit.posted', null, { kind: state.kind, amount: state.amount }, { at: posting.at, fields: { status: 'posted' } }), [
          run.customerNotice('credit.posted', 'posted'),
        ]),
      })
    : await activities.postCredit(posting);
  state.postedAt = postedAt;
  run.setStatus('posted');
  if (!run.noticesWithChange) await notify(run.customerNotice('credit.posted'));
}

/** Tells the requester that the credit was rejected or expired, and the customer that it expired. */
async function tellOfRefusal(run: CreditRun, outcome: 'rejected' | 'expired'): Promise<void> {
  for (const notice of run.refusalNotices(outcome)) await notify(notice);
}
