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
import { nextTier, severityCalendar, TIER_ROLES, type EscalationStatus } from '../src/domain/escalations';
import { isoDurationToMs } from '../src/domain/duration';
import { FailureType } from '../src/domain/failures';
import type { CalendarPolicy, EscalationsPolicy } from '../src/domain/policies';
import type { Actor } from '../src/domain/actor';
import type { EscalationAction, EscalationRequest, EscalationState } from '../src/domain/messages/escalation';
import {
  acknowledgeUpdate,
  addNoteUpdate,
  confirmUpdate,
  customerRepliedUpdate,
  escalateUpdate,
  escalationRaisedUpdate,
  escalationStateQuery,
  reassignUpdate,
  resolveUpdate,
  waitOnCustomerUpdate,
} from './escalation-messages';
import { ProcessStatusAttribute } from './search-attributes';
import { finishWith } from './final-state';
import { SlaClock } from './sla-clock';

const activities = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '30 seconds' },
});

const refuse = (type: string, message: string) => ApplicationFailure.create({ type, message });

/** Histories recorded before it did not upsert ProcessStatus on a customer reply or a resolution. */
const STATUS_ATTRIBUTE_PATCH = 'escalation-status-attribute-on-reply-and-resolve';
/** Histories recorded before it answered a manual escalation as soon as the tier changed. */
const ESCALATE_ANSWERS_AFTER_MOVE = 'escalation-escalate-answers-after-move';

export async function escalationWorkflow(request: EscalationRequest): Promise<EscalationState> {
  const { workflowId } = workflowInfo();
  const state: EscalationState = {
    ...request,
    tier: 'L1',
    status: 'open',
    assignee: null,
    policyVersion: null,
    raisedAt: new Date().toISOString(),
    ackClock: null,
    resolveClock: null,
    breaches: [],
    notes: [],
    history: [],
    resolutionCode: null,
    resolvedAt: null,
    closedAt: null,
    autoCloseAt: null,
  };
  // Started after the handlers are set: an update sent with the start must find them in place.
  const clocks: { ack?: SlaClock; resolve?: SlaClock } = {};
  let ackSequence = 0;
  let revision = 0;
  let raised = false;
  const escalationRequests: Array<{ by: Actor | null; reason: string }> = [];

  const view = (): EscalationState => ({ ...state, ackClock: clocks.ack?.view() ?? null, resolveClock: clocks.resolve?.view() ?? null });

  /** Records a change: the history entry, the search attribute, the row and the case timeline. */
  const record = async (type: string, by: Actor | null, detail: string | null, status?: EscalationStatus) => {
    if (status) {
      state.status = status;
      upsertSearchAttributes([{ key: ProcessStatusAttribute, value: status }]);
    }
    const at = new Date().toISOString();
    state.history.push({ type, at, by, tier: state.tier, detail });
    revision += 1;
    await activities.recordEscalation({ workflowId, revision, state: view(), event: { type, actorId: by?.id ?? null, detail, at } });
  };
  const notifyTier = (template: NotificationTemplate) =>
    activities.notify({
      dedupeKey: `${workflowId}:${template}:${state.tier}:${revision}`,
      audience: 'staff',
      recipient: `queue:escalations-${state.tier}`,
      template,
      payload: { escalationId: state.escalationId, caseId: state.caseId, severity: state.severity, tier: state.tier, reason: state.reason },
    });

  const requireStatus = (allowed: readonly EscalationStatus[], action: string) => {
    if (!allowed.includes(state.status)) throw refuse(FailureType.conflict, `cannot ${action} an escalation that is ${state.status}`);
  };
  // While the escalation moves up a tier, its queue and assignee change: other actions wait.
  // At the top tier a breach only records that it is overdue, so nothing needs to wait.
  const requireNotMoving = () => {
    if (escalationRequests.length > 0 && nextTier(state.tier)) throw refuse(FailureType.conflict, 'the escalation is moving to the next tier; try again in a moment');
  };
  const requireWorker = (by: Actor, action: string) => {
    if (state.assignee?.id !== by.id && by.role !== 'supervisor') {
      throw refuse(FailureType.forbidden, `only the assignee or a supervisor may ${action}`);
    }
  };

  setHandler(escalationStateQuery, view);
  setHandler(escalationRaisedUpdate, async () => {
    await condition(() => raised);
    return view();
  });

  setHandler(
    acknowledgeUpdate,
    async ({ by }) => {
      state.assignee = by;
      const clock = clocks.ack;
      await record('escalation.acknowledged', by, null, 'acknowledged');
      await clock?.complete();
      return view();
    },
    {
      validator: ({ by }: EscalationAction) => {
        requireStatus(['open'], 'acknowledge');
        requireNotMoving();
        if (!TIER_ROLES[state.tier].includes(by.role)) {
          throw refuse(FailureType.forbidden, `tier ${state.tier} is worked by ${TIER_ROLES[state.tier].join(' or ')}`);
        }
      },
    },
  );

  setHandler(
    addNoteUpdate,
    async ({ by, text }) => {
      state.notes.push({ by, text, at: new Date().toISOString() });
      await record('escalation.note_added', by, text);
      return view();
    },
    { validator: (_note: EscalationAction & { text: string }) => requireStatus(['open', 'acknowledged', 'waiting_on_customer', 'resolved'], 'add a note to') },
  );

  setHandler(
    reassignUpdate,
    async ({ by, assignee }) => {
      state.assignee = assignee;
      await record('escalation.reassigned', by, assignee.name);
      return view();
    },
    {
      validator: ({ by, assignee }: EscalationAction & { assignee: Actor }) => {
        requireStatus(['acknowledged', 'waiting_on_customer'], 'reassign');
        requireNotMoving();
        requireWorker(by, 'reassign');
        if (!TIER_ROLES[state.tier].includes(assignee.role)) {
          throw refuse(FailureType.invalid, `tier ${state.tier} is worked by ${TIER_ROLES[state.tier].join(' or ')}, not ${assignee.role}`);
        }
      },
    },
  );

  setHandler(
    escalateUpdate,
    async ({ by, reason }) => {
      const from = state.tier;
      const request = { by, reason };
      escalationRequests.push(request);
      const finished = () => state.status === 'resolved' || state.status === 'closed';
      // Answer once the move is done, so that the caller's next action is not refused as "moving".
      if (patched(ESCALATE_ANSWERS_AFTER_MOVE)) await condition(() => !escalationRequests.includes(request) || finished());
      else await condition(() => state.tier !== from || finished());
      return view();
    },
    {
      validator: (_request: EscalationAction & { reason: string }) => {
        requireStatus(['open', 'acknowledged'], 'escalate');
        if (!nextTier(state.tier)) throw refuse(FailureType.conflict, 'the escalation is already at the top tier');
        if (escalationRequests.length > 0) throw refuse(FailureType.conflict, 'the escalation is already moving to the next tier');
      },
    },
  );

  setHandler(
    waitOnCustomerUpdate,
    async ({ by }) => {
      await clocks.resolve?.pause();
      await record('escalation.waiting_on_customer', by, null, 'waiting_on_customer');
      return view();
    },
    {
      validator: ({ by }: EscalationAction) => {
        requireStatus(['acknowledged'], 'wait on the customer for');
        requireNotMoving();
        requireWorker(by, 'wait on the customer');
      },
    },
  );

  setHandler(
    customerRepliedUpdate,
    async ({ by }) => {
      state.status = 'acknowledged';
      await clocks.resolve?.resume();
      await record('escalation.customer_replied', by, null, patched(STATUS_ATTRIBUTE_PATCH) ? 'acknowledged' : undefined);
      return view();
    },
    {
      validator: (_reply: EscalationAction) => {
        requireStatus(['waiting_on_customer'], 'record a customer reply on');
        requireNotMoving();
      },
    },
  );

  setHandler(
    resolveUpdate,
    async ({ by, resolutionCode, note }) => {
      state.resolutionCode = resolutionCode;
      state.resolvedAt = new Date().toISOString();
      state.status = 'resolved';
      await clocks.resolve?.complete();
      await record('escalation.resolved', by, note ?? resolutionCode, patched(STATUS_ATTRIBUTE_PATCH) ? 'resolved' : undefined);
      return view();
    },
    {
      validator: ({ by }: EscalationAction) => {
        requireStatus(['acknowledged', 'waiting_on_customer'], 'resolve');
        requireNotMoving();
        requireWorker(by, 'resolve');
      },
    },
  );

  setHandler(
    confirmUpdate,
    async ({ by }) => {
      state.closedAt = new Date().toISOString();
      await record('escalation.confirmed', by, null, 'closed');
      return view();
    },
    { validator: (_confirmation: EscalationAction) => requireStatus(['resolved'], 'confirm') },
  );

  const policies = await activities.loadPolicySnapshot();
  const policy: EscalationsPolicy = policies.escalations.document;
  const targets = policy.severities[request.severity];
  const calendar: CalendarPolicy = severityCalendar(policy, request.severity, policies.calendar.document);
  state.policyVersion = policies.escalations.version;

  const startAckClock = async () => {
    ackSequence += 1;
    clocks.ack = await SlaClock.start({
      workflowId,
      process: 'escalation',
      caseId: state.caseId,
      step: 'acknowledge',
      sequence: ackSequence,
      ownerRole: TIER_ROLES[state.tier][0] ?? 'supervisor',
      calendar,
      target: targets.ack,
      warningFraction: policy.warningFraction,
      onWarn: () => notifyTier('escalation.ack_due_soon'),
      onBreach: async () => {
        state.breaches.push({ clock: 'ack', tier: state.tier, at: new Date().toISOString() });
        escalationRequests.push({ by: null, reason: 'acknowledgement overdue' });
      },
    });
  };

  await record('escalation.raised', request.raisedBy, request.reason);
  clocks.resolve = await SlaClock.start({
    workflowId,
    process: 'escalation',
    caseId: state.caseId,
    step: 'resolve',
    sequence: 1,
    ownerRole: 'agent',
    calendar,
    target: targets.resolve,
    warningFraction: policy.warningFraction,
    onWarn: () => notifyTier('escalation.resolve_due_soon'),
    onBreach: async () => {
      state.breaches.push({ clock: 'resolve', tier: state.tier, at: new Date().toISOString() });
      escalationRequests.push({ by: null, reason: 'resolution overdue' });
    },
  });
  await startAckClock();
  await notifyTier('escalation.queued');
  raised = true;

  // Moves the escalation up a tier when asked or when a clock breaches, until it is resolved.
  // A request leaves the queue only once handled, so that other actions wait for the move.
  while (state.status !== 'resolved' && state.status !== 'closed') {
    await condition(() => escalationRequests.length > 0 || state.status === 'resolved' || state.status === 'closed');
    const next = escalationRequests[0];
    if (!next) continue;
    const tier = nextTier(state.tier);
    if (tier) {
      await clocks.ack?.complete();
      state.tier = tier;
      state.assignee = null;
      await record('escalation.escalated', next.by, next.reason, 'open');
      await startAckClock();
      await notifyTier('escalation.escalated');
    } else {
      await record('escalation.overdue_at_top_tier', next.by, next.reason);
    }
    escalationRequests.shift();
  }

  await clocks.ack?.complete();
  if (state.status === 'resolved') {
    state.autoCloseAt = new Date(Date.now() + isoDurationToMs(policy.autoCloseAfter)).toISOString();
    const confirmed = await condition(() => state.status === 'closed', Date.parse(state.autoCloseAt) - Date.now());
    if (!confirmed) {
      state.closedAt = new Date().toISOString();
      await record('escalation.auto_closed', null, null, 'closed');
    }
  }
  await condition(allHandlersFinished);
  return finishWith('escalation', view());
}
