import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  makeContinueAsNewFunc,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { NotificationTemplate } from '../activities/notification-templates';
import { isoDurationToMs } from '../src/domain/duration';
import { FailureType } from '../src/domain/failures';
import { chooseOwner, commitmentClockPlan, ESCALATION_SEVERITY, type HandoffStatus } from '../src/domain/handoffs';
import { isNpsScore, npsCategory } from '../src/domain/nps';
import type { CalendarPolicy, HandoffPolicy } from '../src/domain/policies';
import type { Actor } from '../src/domain/actor';
import type {
  CommitmentDecision,
  CommitmentState,
  ContactRequest,
  HandoffCarryOver,
  HandoffEscalation,
  HandoffRequest,
  HandoffState,
  SurveyAnswer,
  SurveyState,
} from '../src/domain/messages/handoff';
import {
  fulfilCommitmentUpdate,
  handoffAssignedUpdate,
  handoffStateQuery,
  recordContactUpdate,
  surveyResponseUpdate,
  waiveCommitmentUpdate,
} from './handoff-messages';
import { checkInToOpen, currentCheckIn, followUpSchedule, initialState, isFinished, isSettled, nextDueAt, surveyWindowClosed } from './handoff-state';
import { ProcessStatusAttribute } from './search-attributes';
import { finishWith } from './final-state';
import { SlaClock, type SlaClockOptions } from './sla-clock';
import { startEscalation } from './start-escalation';

const activities = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '30 seconds' },
});

const refuse = (type: string, message: string) => ApplicationFailure.create({ type, message });

// Owners chosen under a lock (deals handed over at once spread over the agents); added while
// handoffs were running.
const LOCKED_ASSIGNMENT_PATCH = 'handoff-owner-assigned-under-lock';

type ClockStep = 'welcome' | 'check_in' | 'commitment';
interface OpenClock {
  step: ClockStep;
  sequence: number;
  clock: SlaClock;
}

/**
 * A deal handed from sales to service, followed for the policy's months: owner, welcome contact,
 * commitments, check-ins and the NPS survey. Runs for ~90 days, so it continues as new whenever its
 * history grows long, carrying its state and open clocks.
 */
export async function handoffWorkflow(request: HandoffRequest, carriedOver?: HandoffCarryOver): Promise<HandoffState> {
  const { workflowId } = workflowInfo();
  const state: HandoffState = carriedOver?.state ?? initialState(request, new Date().toISOString());
  const open: OpenClock[] = [];
  let revision = carriedOver?.revision ?? 0;
  // Set once the owner is assigned and the first clocks run (at once in a continued run).
  let assigned = false;
  // Grows with every change made by a handler, to wake the main loop.
  let progress = 0;

  const view = (): HandoffState => ({ ...state, openClocks: open.map(({ sequence, clock }) => ({ ...clock.view(), sequence })) });
  const now = () => new Date().toISOString();

  const setStatus = (status: HandoffStatus) => {
    state.status = status;
    upsertSearchAttributes([{ key: ProcessStatusAttribute, value: status }]);
  };
  /** The row (for loads and lists) and the case timeline event of a change. */
  const record = async (type: string, by: Actor | null, detail: string | null) => {
    revision += 1;
    await activities.recordHandoff({ workflowId, revision, state: view(), event: { type, actorId: by?.id ?? null, detail, at: now() } });
  };
  const notify = (audience: 'customer' | 'staff', recipient: string, template: NotificationTemplate, instance: string, payload: Record<string, unknown> = {}) =>
    activities.notify({
      dedupeKey: `${workflowId}:${template}:${instance}:${recipient}`,
      audience,
      recipient,
      template,
      payload: { handoffId: state.handoffId, dealId: state.dealId, caseId: state.caseId, customer: state.customer.name, tier: state.customer.tier, ...payload },
    });
  const ownerRecipient = () => `user:${state.owner?.id ?? ''}`;
  const escalate = async (reason: HandoffEscalation['reason'], detail: string, commitment: number | null): Promise<string> => {
    const escalationId = await startEscalation({
      caseId: state.caseId,
      customerId: state.customer.id,
      severity: ESCALATION_SEVERITY[state.customer.tier],
      category: `handoff.${reason}`,
      reason: detail,
      raisedBy: null,
      source: { type: 'handoff', id: state.handoffId },
    });
    state.escalations.push({ reason, escalationId, commitment, at: now() });
    return escalationId;
  };
  /** Removes an open clock so it is neither shown nor carried over; the caller completes it. */
  const takeClock = (step: ClockStep, sequence: number): SlaClock | undefined => {
    const index = open.findIndex((entry) => entry.step === step && entry.sequence === sequence);
    return index === -1 ? undefined : open.splice(index, 1)[0]?.clock;
  };

  const commitmentAt = (n: number): CommitmentState => {
    const commitment = state.commitments[n - 1];
    if (!commitment) throw refuse(FailureType.invalid, `the handoff has no commitment ${n}`);
    return commitment;
  };
  const requireActive = () => {
    if (!assigned) throw refuse(FailureType.conflict, 'the handoff is still being assigned');
    if (state.status === 'completed') throw refuse(FailureType.conflict, 'the handoff is completed');
  };
  const requireOwnerOrSupervisor = (by: Actor, action: string) => {
    if (state.owner?.id !== by.id && by.role !== 'supervisor') {
      throw refuse(FailureType.forbidden, `only the owner (${state.owner?.name ?? 'none yet'}) or a supervisor may ${action}`);
    }
  };
  const requireOpenCommitment = (n: number) => {
    const commitment = commitmentAt(n);
    if (isSettled(commitment)) throw refuse(FailureType.conflict, `commitment ${n} is already ${commitment.status}`);
  };
  const settleCommitment = async (type: string, status: 'fulfilled' | 'waived', { by, n, note }: CommitmentDecision) => {
    const commitment = commitmentAt(n);
    Object.assign(commitment, { status, closedBy: by, closedAt: now(), note });
    progress += 1;
    await takeClock('commitment', n)?.complete();
    await record(type, by, `${n}: ${commitment.description}`);
    return view();
  };

  const welcomeCallbacks = (): Pick<SlaClockOptions, 'onWarn' | 'onBreach'> => ({
    onWarn: () => notify('staff', ownerRecipient(), 'handoff.welcome_due_soon', 'welcome'),
    onBreach: async () => {
      if (state.welcomedAt !== null) return;
      await escalate('welcome_missed', `No welcome contact with ${state.customer.name} (${state.customer.tier}) within the SLA`, null);
      await record('handoff.welcome_overdue', null, null);
      await notify('staff', 'role:supervisor', 'handoff.welcome_overdue', 'welcome', { owner: state.owner?.name });
    },
  });
  const checkInCallbacks = (n: number): Pick<SlaClockOptions, 'onWarn' | 'onBreach'> => ({
    onWarn: () => notify('staff', ownerRecipient(), 'handoff.check_in_due_soon', `check-in-${n}`),
    onBreach: async () => {
      if (state.checkIns[n - 1]?.status === 'done') return;
      await record('handoff.check_in_overdue', null, `check-in ${n}`);
      await notify('staff', ownerRecipient(), 'handoff.check_in_overdue', `check-in-${n}`);
      await notify('staff', 'role:supervisor', 'handoff.check_in_overdue', `check-in-${n}`, { owner: state.owner?.name });
    },
  });
  const commitmentCallbacks = (n: number): Pick<SlaClockOptions, 'onWarn' | 'onBreach'> => ({
    onWarn: () => {
      const { description, dueAt } = commitmentAt(n);
      return notify('staff', ownerRecipient(), 'handoff.commitment_due_soon', `commitment-${n}`, { commitment: description, dueAt });
    },
    onBreach: async () => {
      const commitment = commitmentAt(n);
      if (commitment.status !== 'open') return;
      commitment.status = 'overdue';
      commitment.escalationId = await escalate('commitment_overdue', `Commitment ${n} to ${state.customer.name} is overdue: ${commitment.description}`, n);
      await record('handoff.commitment_overdue', null, `${n}: ${commitment.description}`);
      const payload = { commitment: commitment.description, dueAt: commitment.dueAt };
      await notify('staff', ownerRecipient(), 'handoff.commitment_overdue', `commitment-${n}`, payload);
      await notify('staff', 'role:supervisor', 'handoff.commitment_overdue', `commitment-${n}`, payload);
    },
  });
  const callbacksFor = (step: ClockStep, sequence: number) =>
    step === 'welcome' ? welcomeCallbacks() : step === 'check_in' ? checkInCallbacks(sequence) : commitmentCallbacks(sequence);

  /** Sets off what the customer's answer calls for: recovery, a follow-up by the owner, or a referral request. */
  const followUpAnswer = async (survey: SurveyState, by: Actor) => {
    const { score, comment } = survey;
    if (survey.category === 'detractor') {
      survey.escalationId = await escalate('detractor', `NPS ${score} from ${state.customer.name}${comment ? `: ${comment}` : ''}`, null);
      await record('handoff.recovery_escalated', by, `NPS ${score}`);
      await notify('staff', ownerRecipient(), 'handoff.detractor', 'survey', { score, comment, escalationId: survey.escalationId });
    } else if (survey.category === 'passive') {
      await notify('staff', ownerRecipient(), 'handoff.passive_follow_up', 'survey', { score, comment });
    } else {
      await notify('customer', state.customer.email, 'handoff.referral_request', 'survey', { score });
    }
  };

  setHandler(handoffStateQuery, view);
  setHandler(handoffAssignedUpdate, async () => {
    await condition(() => assigned);
    return view();
  });

  setHandler(
    recordContactUpdate,
    async ({ by, kind, outcome, note }) => {
      const at = now();
      const checkIn = kind === 'check_in' ? currentCheckIn(state) : undefined;
      state.contacts.push({ kind, outcome, note, by, at, checkIn: checkIn?.n ?? null });
      let clock: SlaClock | undefined;
      if (outcome === 'reached' && kind === 'welcome') {
        state.welcomedAt = at;
        setStatus('following_up');
        clock = takeClock('welcome', 1);
      } else if (outcome === 'reached' && checkIn) {
        Object.assign(checkIn, { status: 'done', contactedAt: at, contactedBy: by });
        clock = takeClock('check_in', checkIn.n);
      }
      progress += 1;
      await clock?.complete();
      await record(`handoff.${kind}_contact`, by, note ? `${outcome}: ${note}` : outcome);
      return view();
    },
    {
      validator: ({ by, kind }: ContactRequest) => {
        requireActive();
        requireOwnerOrSupervisor(by, 'record a contact');
        if (kind === 'welcome' && state.welcomedAt !== null) throw refuse(FailureType.conflict, 'the welcome contact is already recorded');
        if (kind === 'check_in' && state.welcomedAt === null) throw refuse(FailureType.conflict, 'record the welcome contact first');
        if (kind === 'check_in' && currentCheckIn(state)?.status !== 'due') {
          const next = currentCheckIn(state);
          throw refuse(FailureType.conflict, next ? `no check-in is due; check-in ${next.n} is due from ${next.dueFrom}` : 'every check-in is done');
        }
      },
    },
  );

  setHandler(fulfilCommitmentUpdate, (decision) => settleCommitment('handoff.commitment_fulfilled', 'fulfilled', decision), {
    validator: ({ by, n }: CommitmentDecision) => {
      requireActive();
      requireOwnerOrSupervisor(by, 'fulfil a commitment');
      requireOpenCommitment(n);
    },
  });

  setHandler(waiveCommitmentUpdate, (decision) => settleCommitment('handoff.commitment_waived', 'waived', decision), {
    validator: ({ by, n, note }: CommitmentDecision) => {
      requireActive();
      if (by.role !== 'supervisor') throw refuse(FailureType.forbidden, 'only a supervisor may waive a commitment');
      if (!note?.trim()) throw refuse(FailureType.invalid, 'a waiver needs a reason');
      requireOpenCommitment(n);
    },
  });

  setHandler(
    surveyResponseUpdate,
    async ({ by, score, comment }) => {
      const survey = state.survey as SurveyState;
      const category = npsCategory(score);
      const answeredAt = now();
      const followUp = category === 'detractor' ? 'recovery_escalation' : category === 'passive' ? 'owner_follow_up' : 'referral_request';
      Object.assign(survey, { status: 'answered', score, category, comment, answeredAt, followUp });
      progress += 1;
      const { handoffId, customer } = state;
      await activities.recordNpsResponse({ handoffId, customerId: customer.id, tier: customer.tier, score, category, comment, answeredAt });
      await record('handoff.survey_answered', by, `${score} (${category})`);
      await followUpAnswer(survey, by);
      return view();
    },
    {
      validator: ({ score }: SurveyAnswer) => {
        if (!assigned) throw refuse(FailureType.conflict, 'the handoff is still being assigned');
        if (!isNpsScore(score)) throw refuse(FailureType.invalid, 'the score is a whole number from 0 to 10');
        const survey = state.survey;
        if (!survey || survey.status === 'scheduled') throw refuse(FailureType.conflict, 'the survey has not been sent yet');
        if (survey.status === 'answered') throw refuse(FailureType.conflict, 'the survey is already answered');
        if (survey.status === 'no_response' || surveyWindowClosed(survey, Date.now())) {
          throw refuse(FailureType.conflict, 'the survey window has closed');
        }
      },
    },
  );

  const loadPolicies = async (): Promise<{ policy: HandoffPolicy; calendar: CalendarPolicy }> => {
    const policies = await activities.loadPolicySnapshot();
    state.policyVersion = policies.handoff.version;
    Object.assign(state, followUpSchedule(policies.handoff.document, state.handedOverAt));
    return { policy: policies.handoff.document, calendar: policies.calendar.document };
  };
  const { policy, calendar } = carriedOver ?? (await loadPolicies());

  const clockOptions = (step: ClockStep, sequence: number): Omit<SlaClockOptions, 'onWarn' | 'onBreach'> => {
    const common = { workflowId, process: 'handoff', caseId: state.caseId, step, sequence, ownerRole: 'agent', warningFraction: policy.warningFraction };
    if (step === 'welcome') return { ...common, calendar, target: policy.welcomeContact[state.customer.tier] };
    if (step === 'check_in') return { ...common, calendar, target: policy.checkInContact };
    // Only a commitment with a due date has a clock.
    const dueAt = Date.parse(commitmentAt(sequence).dueAt as string);
    return { ...common, calendar: { kind: '24x7' }, ...commitmentClockPlan(dueAt, Date.now(), isoDurationToMs(policy.commitmentReminderBefore)) };
  };
  const startClock = async (step: ClockStep, sequence: number) => {
    const clock = await SlaClock.start({ ...clockOptions(step, sequence), ...callbacksFor(step, sequence) });
    open.push({ step, sequence, clock });
  };

  if (carriedOver) {
    for (const snapshot of carriedOver.clocks) {
      const { step, sequence } = snapshot.options as { step: ClockStep; sequence: number };
      open.push({ step, sequence, clock: SlaClock.resume(snapshot, callbacksFor(step, sequence)) });
    }
  } else {
    const owner = patched(LOCKED_ASSIGNMENT_PATCH)
      ? await activities.assignHandoffOwner({ workflowId, state: view() })
      : chooseOwner(state.customer.tier, await activities.handoffOwnerCandidates());
    state.owner = { id: owner.id, name: owner.name, role: owner.role };
    await record('handoff.assigned', null, owner.name);
    await startClock('welcome', 1);
    for (const commitment of state.commitments) {
      if (commitment.dueAt !== null) await startClock('commitment', commitment.n);
    }
    await notify('staff', ownerRecipient(), 'handoff.assigned', 'assigned', { products: state.products, commitments: state.commitments.length });
  }
  assigned = true;

  /** Opens what has fallen due by time alone: the current check-in, the survey, the end of its window. */
  const openDueWork = async () => {
    const checkIn = checkInToOpen(state, Date.now());
    if (checkIn) {
      // The clock first: a contact is accepted only once the check-in is due, and then completes it.
      await startClock('check_in', checkIn.n);
      checkIn.status = 'due';
      await record('handoff.check_in_due', null, `check-in ${checkIn.n}`);
      await notify('staff', ownerRecipient(), 'handoff.check_in_due', `check-in-${checkIn.n}`);
    }
    const survey = state.survey as SurveyState;
    if (survey.status === 'scheduled' && Date.parse(survey.sendAt) <= Date.now()) {
      Object.assign(survey, { status: 'sent', sentAt: now(), closesAt: new Date(Date.now() + isoDurationToMs(policy.surveyWindow)).toISOString() });
      await record('handoff.survey_sent', null, null);
      await notify('customer', state.customer.email, 'handoff.nps_survey', 'survey', { closesAt: survey.closesAt });
    } else if (surveyWindowClosed(survey, Date.now())) {
      survey.status = 'no_response';
      await record('handoff.survey_unanswered', null, null);
    }
  };
  const historyIsLong = () => {
    const info = workflowInfo();
    return info.continueAsNewSuggested || (request.maxHistoryEvents !== undefined && info.historyLength >= request.maxHistoryEvents);
  };
  // Nothing half done: no handler running and no clock recording a warning or breach.
  const readyToContinue = () => historyIsLong() && allHandlersFinished() && open.every(({ clock }) => clock.quiet);

  while (!isFinished(state)) {
    await openDueWork();
    if (isFinished(state)) break;
    const seen = progress;
    const wake = () => progress !== seen || readyToContinue();
    const dueAt = nextDueAt(state);
    if (dueAt === undefined) await condition(wake);
    else await condition(wake, Math.max(1, dueAt - Date.now()));
    if (readyToContinue()) {
      state.continuedRuns += 1;
      const carryOver: HandoffCarryOver = { state: view(), revision, policy, calendar, clocks: open.map(({ clock }) => clock.snapshot()) };
      const continueAsNew = makeContinueAsNewFunc<typeof handoffWorkflow>({ typedSearchAttributes: workflowInfo().typedSearchAttributes });
      return continueAsNew(request, carryOver);
    }
  }

  for (const { clock } of open.splice(0)) await clock.complete();
  state.completedAt = now();
  setStatus('completed');
  await record('handoff.completed', null, null);
  await condition(allHandlersFinished);
  return finishWith('handoff', view());
}
