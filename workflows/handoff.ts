import { allHandlersFinished, condition, makeContinueAsNewFunc, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import type { NotificationTemplate } from '../activities/notification-templates';
import { isoDurationToMs } from '../src/domain/duration';
import { FailureType } from '../src/domain/failures';
import { surveyClosesAt, surveyFollowUp } from '../src/domain/handoff-process';
import { chooseOwner, commitmentClockPlan, ESCALATION_SEVERITY, type HandoffStatus } from '../src/domain/handoffs';
import { isNpsScore, npsCategory } from '../src/domain/nps';
import type { CalendarPolicy, HandoffPolicy } from '../src/domain/policies';
import type { Actor } from '../src/domain/actor';
import { activities } from './activities';
import type { CommitmentDecision, CommitmentState, ContactRecord, ContactRequest, HandoffCarryOver, HandoffEscalation, HandoffRequest, HandoffState, SurveyAnswer, SurveyState } from '../src/domain/messages/handoff';
import { keepRecent, type HandoffRowFields } from '../src/domain/read-model';
import { fulfilCommitmentUpdate, handoffStartUpdate, handoffStateQuery, recordContactUpdate, surveyResponseUpdate, waiveCommitmentUpdate } from './handoff-messages';
import { checkInToOpen, currentCheckIn, followUpSchedule, initialState, isFinished, isSettled, nextDueAt, openCommitmentCount, surveyWindowClosed } from '../src/domain/handoff-state';
import { historyIsLong, refuseWhileHandingOver } from './continue-as-new';
import { finishWith } from './final-state';
import { notify, outboxMessage, type Notice } from './notify';
import { setProcessStatus } from './process-status';
import { refuse } from './refuse';
import { SlaClock, type SlaClockOptions } from './sla-clock';
import { startEscalation } from './start-escalation';

// Owners chosen under a lock (deals handed over at once spread over the agents); added while
// handoffs were running.
const LOCKED_ASSIGNMENT_PATCH = 'handoff-owner-assigned-under-lock';
/**
 * Runs started before it kept every contact in their state and wrote a whole snapshot with each
 * change; it is asked once, at the start of a first run, and continued runs carry the answer.
 */
const BOUNDED_STATE_PATCH = 'handoff-bounded-state';
/** Runs before it wrote a change and then sent the messages it called for in activities of their own; asked once per run, on bounded runs only. */
const NOTICES_WITH_CHANGE_PATCH = 'handoff-notices-with-change';

type ClockStep = 'welcome' | 'check_in' | 'commitment';
type ClockCallbacks = Pick<SlaClockOptions, 'onWarn' | 'onBreach'>;

/**
 * A deal handed from sales to service, followed for the policy's months: owner, welcome contact,
 * commitments, check-ins and the NPS survey. Runs for ~90 days, so it continues as new whenever its
 * history grows long, carrying its state and open clocks.
 *
 * The main flow stays in this function with the same awaits as before it was split: a phase
 * returning from a function of its own would let a handler's command overtake the next one (see
 * docs/versioning.md).
 */
export async function handoffWorkflow(request: HandoffRequest, carriedOver?: HandoffCarryOver): Promise<HandoffState> {
  const run = new HandoffRun(request, workflowInfo().workflowId, carriedOver);
  // A continued run has its policy and clocks back before its handlers are set: an update the run
  // before could not take is sent again and reaches the handlers as they are set.
  if (carriedOver) {
    run.policy = carriedOver.policy;
    run.calendar = carriedOver.calendar;
    for (const snapshot of carriedOver.clocks) {
      const { step, sequence } = snapshot.options as { step: ClockStep; sequence: number };
      run.open.push({ step, sequence, clock: SlaClock.resume(snapshot, callbacksFor(run, step, sequence)) });
    }
  }
  handleMessages(run);
  const { policy, calendar } = carriedOver ?? (await loadPolicies(run));
  run.policy = policy;
  run.calendar = calendar;

  // Assign a service owner, start the welcome and commitment clocks, and tell the owner.
  if (!carriedOver) {
    const owner = patched(LOCKED_ASSIGNMENT_PATCH)
      ? await activities.assignHandoffOwner({ workflowId: run.workflowId, state: run.view() })
      : chooseOwner(run.state.customer.tier, await activities.handoffOwnerCandidates());
    run.state.owner = { id: owner.id, name: owner.name, role: owner.role };
    const assignedNotice = run.staffNotice(run.ownerRecipient(), 'handoff.assigned', 'assigned', { products: run.state.products, commitments: run.state.commitments.length });
    await run.record('handoff.assigned', null, owner.name, undefined, [assignedNotice]);
    await run.startClock('welcome', 1);
    for (const commitment of run.state.commitments) {
      if (commitment.dueAt !== null) await run.startClock('commitment', commitment.n);
    }
    if (!run.noticesWithChange) await notify(assignedNotice);
  }
  run.assigned = true;

  // Follow up: contacts, commitments, check-ins and the survey, until all are done; continue as
  // new when the history is long.
  while (!isFinished(run.state)) {
    await openDueWork(run);
    if (isFinished(run.state)) break;
    const seen = run.progress;
    const wake = () => run.progress !== seen || run.readyToContinue();
    const dueAt = nextDueAt(run.state);
    if (dueAt === undefined) await condition(wake);
    else await condition(wake, Math.max(1, dueAt - Date.now()));
    if (run.readyToContinue()) {
      run.state.continuedRuns += 1;
      const carryOver: HandoffCarryOver = {
        state: run.view(),
        revision: run.revision,
        policy,
        calendar,
        clocks: run.open.map(({ clock }) => clock.snapshot()),
        ...(run.bounded ? { bounded: true } : {}),
      };
      const continueAsNew = makeContinueAsNewFunc<typeof handoffWorkflow>({ typedSearchAttributes: workflowInfo().typedSearchAttributes });
      return continueAsNew(request, carryOver);
    }
  }

  // Done: day 90 has passed, every commitment is fulfilled or waived.
  for (const { clock } of run.open.splice(0)) await clock.complete();
  run.state.completedAt = run.now();
  run.setStatus('completed');
  await run.record('handoff.completed', null, null);
  await condition(allHandlersFinished);
  return finishWith('handoff', run.view());
}

/** One handoff's state, its open clocks, and what every step does with them. */
class HandoffRun {
  readonly state: HandoffState;
  readonly open: Array<{ step: ClockStep; sequence: number; clock: SlaClock }> = [];
  revision: number;
  /**
   * Set once the owner is assigned and the first clocks run. A continued run is assigned from its
   * start: an update the previous run could not take is sent again and reaches the new run's
   * handlers as they are set, before the workflow function goes on.
   */
  assigned: boolean;
  /** Grows with every change made by a handler, to wake the main loop. */
  progress = 0;
  /** Keeps the last few contacts and writes each change alone (every run of a chain that started with it). */
  readonly bounded: boolean;
  /** Sends the messages a change calls for with it, in its transaction (bounded runs only). */
  readonly noticesWithChange: boolean;
  /** Loaded (or carried over) before any clock starts, after the handlers are set. */
  policy!: HandoffPolicy;
  calendar!: CalendarPolicy;

  constructor(
    readonly request: HandoffRequest,
    readonly workflowId: string,
    carriedOver: HandoffCarryOver | undefined,
  ) {
    this.bounded = carriedOver ? carriedOver.bounded === true : patched(BOUNDED_STATE_PATCH);
    this.noticesWithChange = this.bounded && patched(NOTICES_WITH_CHANGE_PATCH);
    this.state = carriedOver?.state ?? initialState(request, new Date().toISOString());
    this.revision = carriedOver?.revision ?? 0;
    this.assigned = carriedOver !== undefined;
  }

  view(): HandoffState {
    return { ...this.state, openClocks: this.open.map(({ sequence, clock }) => ({ ...clock.view(), sequence })) };
  }

  now(): string {
    return new Date().toISOString();
  }

  setStatus(status: HandoffStatus): void {
    setProcessStatus(this.state, status);
  }

  /** The row (for loads and lists) and the case timeline event of a change, and (on runs that send them so) the messages it calls for. */
  async record(type: string, by: Actor | null, detail: string | null, contact?: ContactRecord, notices: Notice[] = []): Promise<void> {
    this.revision += 1;
    if (!this.bounded) {
      await activities.recordHandoff({ workflowId: this.workflowId, revision: this.revision, state: this.view(), event: { type, actorId: by?.id ?? null, detail, at: this.now() } });
      return;
    }
    const { state } = this;
    await activities.recordProcessChange({
      workflowId: this.workflowId,
      revision: this.revision,
      caseId: state.caseId,
      event: { type, actor: by, detail, data: { dealId: state.dealId, status: state.status, owner: state.owner?.name ?? null, ...(contact ? { contact } : {}) }, at: this.now() },
      row: { table: 'handoffs', id: state.handoffId, fields: handoffRow(state) },
      ...(this.noticesWithChange && notices.length > 0 ? { notices: notices.map(outboxMessage) } : {}),
    });
  }


  addContact(contact: ContactRecord): void {
    if (this.bounded) this.state.contacts = keepRecent(this.state.contacts, contact);
    else this.state.contacts.push(contact);
  }

  notifyStaff(recipient: string, template: NotificationTemplate, instance: string, payload: Record<string, unknown> = {}) {
    return notify(this.staffNotice(recipient, template, instance, payload));
  }

  customerNotice(template: NotificationTemplate, instance: string, payload: Record<string, unknown> = {}): Notice {
    return this.noticeTo('customer', this.state.customer.email, template, instance, payload);
  }

  staffNotice(recipient: string, template: NotificationTemplate, instance: string, payload: Record<string, unknown> = {}): Notice {
    return this.noticeTo('staff', recipient, template, instance, payload);
  }

  private noticeTo(audience: 'customer' | 'staff', recipient: string, template: NotificationTemplate, instance: string, payload: Record<string, unknown>): Notice {
    const { handoffId, dealId, caseId, customer } = this.state;
    return { audience, recipient, template, instance: [instance, recipient], payload: { handoffId, dealId, caseId, customer: customer.name, tier: customer.tier, ...payload } };
  }

  ownerRecipient(): string {
    return `user:${this.state.owner?.id ?? ''}`;
  }

  /** Raises an escalation for the customer, as urgent as their tier. */
  async escalate(reason: HandoffEscalation['reason'], detail: string, commitment: number | null): Promise<string> {
    const { state } = this;
    const escalationId = await startEscalation({
      caseId: state.caseId,
      customerId: state.customer.id,
      severity: ESCALATION_SEVERITY[state.customer.tier],
      category: `handoff.${reason}`,
      reason: detail,
      raisedBy: null,
      source: { type: 'handoff', id: state.handoffId },
    });
    state.escalations.push({ reason, escalationId, commitment, at: this.now() });
    return escalationId;
  }

  async startClock(step: ClockStep, sequence: number): Promise<void> {
    const clock = await SlaClock.start({ ...clockOptions(this, step, sequence), ...callbacksFor(this, step, sequence) });
    this.open.push({ step, sequence, clock });
  }

  /** Removes an open clock so it is neither shown nor carried over; the caller completes it. */
  takeClock(step: ClockStep, sequence: number): SlaClock | undefined {
    const index = this.open.findIndex((entry) => entry.step === step && entry.sequence === sequence);
    return index === -1 ? undefined : this.open.splice(index, 1)[0]?.clock;
  }

  commitmentAt(n: number): CommitmentState {
    const commitment = this.state.commitments[n - 1];
    if (!commitment) throw refuse(FailureType.invalid, `the handoff has no commitment ${n}`);
    return commitment;
  }

  /** Time to continue as new: the history is long, no handler is running and no clock is recording a warning or breach. */
  readyToContinue(): boolean {
    return historyIsLong(this.request.maxHistoryEvents) && allHandlersFinished() && this.open.every(({ clock }) => clock.quiet);
  }
}

/** The row's fields after a change: owner loads, lists and the survey report read them. */
function handoffRow(state: HandoffState): HandoffRowFields {
  const { owner, status, welcomedAt, survey, completedAt } = state;
  return { ownerId: owner?.id ?? null, status, welcomedAt, openCommitments: openCommitmentCount(state), surveyStatus: survey?.status ?? 'scheduled', completedAt };
}

async function loadPolicies(run: HandoffRun): Promise<{ policy: HandoffPolicy; calendar: CalendarPolicy }> {
  const policies = await activities.loadPolicySnapshot();
  run.state.policyVersion = policies.handoff.version;
  Object.assign(run.state, followUpSchedule(policies.handoff.document, run.state.handedOverAt));
  return { policy: policies.handoff.document, calendar: policies.calendar.document };
}

/** The welcome and check-in clocks run on the business calendar; a commitment's runs 24x7 to the date sales promised. */
function clockOptions(run: HandoffRun, step: ClockStep, sequence: number): Omit<SlaClockOptions, 'onWarn' | 'onBreach'> {
  const { policy, calendar } = run;
  const common = { workflowId: run.workflowId, process: 'handoff', caseId: run.state.caseId, step, sequence, ownerRole: 'agent', warningFraction: policy.warningFraction };
  if (step === 'welcome') return { ...common, calendar, target: policy.welcomeContact[run.state.customer.tier] };
  if (step === 'check_in') return { ...common, calendar, target: policy.checkInContact };
  // Only a commitment with a due date has a clock.
  const dueAt = Date.parse(run.commitmentAt(sequence).dueAt as string);
  return { ...common, calendar: { kind: '24x7' }, ...commitmentClockPlan(dueAt, Date.now(), isoDurationToMs(policy.commitmentReminderBefore)) };
}

function callbacksFor(run: HandoffRun, step: ClockStep, sequence: number): ClockCallbacks {
  return step === 'welcome' ? welcomeCallbacks(run) : step === 'check_in' ? checkInCallbacks(run, sequence) : commitmentCallbacks(run, sequence);
}

/** The owner is reminded; a missed welcome escalates and tells a supervisor. */
function welcomeCallbacks(run: HandoffRun): ClockCallbacks {
  const { state } = run;
  return {
    onWarn: () => run.notifyStaff(run.ownerRecipient(), 'handoff.welcome_due_soon', 'welcome'),
    onBreach: async () => {
      if (state.welcomedAt !== null) return;
      await run.escalate('welcome_missed', `No welcome contact with ${state.customer.name} (${state.customer.tier}) within the SLA`, null);
      const notice = run.staffNotice('role:supervisor', 'handoff.welcome_overdue', 'welcome', { owner: state.owner?.name });
      await run.record('handoff.welcome_overdue', null, null, undefined, [notice]);
      if (!run.noticesWithChange) await notify(notice);
    },
  };
}

/** The owner is reminded; an overdue check-in tells the owner and a supervisor. */
function checkInCallbacks(run: HandoffRun, n: number): ClockCallbacks {
  const { state } = run;
  return {
    onWarn: () => run.notifyStaff(run.ownerRecipient(), 'handoff.check_in_due_soon', `check-in-${n}`),
    onBreach: async () => {
      if (state.checkIns[n - 1]?.status === 'done') return;
      const notices = [
        run.staffNotice(run.ownerRecipient(), 'handoff.check_in_overdue', `check-in-${n}`),
        run.staffNotice('role:supervisor', 'handoff.check_in_overdue', `check-in-${n}`, { owner: state.owner?.name }),
      ];
      await run.record('handoff.check_in_overdue', null, `check-in ${n}`, undefined, notices);
      if (!run.noticesWithChange) for (const notice of notices) await notify(notice);
    },
  };
}

/** The owner is reminded before the due date; an overdue commitment escalates and tells the owner and a supervisor. */
function commitmentCallbacks(run: HandoffRun, n: number): ClockCallbacks {
  const { state } = run;
  return {
    onWarn: () => {
      const { description, dueAt } = run.commitmentAt(n);
      return run.notifyStaff(run.ownerRecipient(), 'handoff.commitment_due_soon', `commitment-${n}`, { commitment: description, dueAt });
    },
    onBreach: async () => {
      const commitment = run.commitmentAt(n);
      if (commitment.status !== 'open') return;
      commitment.status = 'overdue';
      commitment.escalationId = await run.escalate('commitment_overdue', `Commitment ${n} to ${state.customer.name} is overdue: ${commitment.description}`, n);
      const payload = { commitment: commitment.description, dueAt: commitment.dueAt };
      const notices = [
        run.staffNotice(run.ownerRecipient(), 'handoff.commitment_overdue', `commitment-${n}`, payload),
        run.staffNotice('role:supervisor', 'handoff.commitment_overdue', `commitment-${n}`, payload),
      ];
      await run.record('handoff.commitment_overdue', null, `${n}: ${commitment.description}`, undefined, notices);
      if (!run.noticesWithChange) for (const notice of notices) await notify(notice);
    },
  };
}

/** Opens what has fallen due by time alone: the current check-in, the survey, the end of its window. */
async function openDueWork(run: HandoffRun): Promise<void> {
  const { state } = run;
  const checkIn = checkInToOpen(state, Date.now());
  if (checkIn) {
    // The clock first: a contact is accepted only once the check-in is due, and then completes it.
    await run.startClock('check_in', checkIn.n);
    checkIn.status = 'due';
    const notice = run.staffNotice(run.ownerRecipient(), 'handoff.check_in_due', `check-in-${checkIn.n}`);
    await run.record('handoff.check_in_due', null, `check-in ${checkIn.n}`, undefined, [notice]);
    if (!run.noticesWithChange) await notify(notice);
  }
  const survey = state.survey as SurveyState;
  if (survey.status === 'scheduled' && Date.parse(survey.sendAt) <= Date.now()) {
    Object.assign(survey, { status: 'sent', sentAt: run.now(), closesAt: new Date(surveyClosesAt(run.policy, Date.now())).toISOString() });
    const notice = run.customerNotice('handoff.nps_survey', 'survey', { closesAt: survey.closesAt });
    await run.record('handoff.survey_sent', null, null, undefined, [notice]);
    if (!run.noticesWithChange) await notify(notice);
  } else if (surveyWindowClosed(survey, Date.now())) {
    survey.status = 'no_response';
    await run.record('handoff.survey_unanswered', null, null);
  }
}

/** Set before the first await: an update sent with the start must find its handler in place. */
function handleMessages(run: HandoffRun): void {
  setHandler(handoffStateQuery, () => run.view());
  setHandler(handoffStartUpdate, async () => {
    await condition(() => run.assigned);
    return run.view();
  });
  handleContacts(run);
  handleCommitments(run);
  handleSurvey(run);
}

const requireActive = (run: HandoffRun) => {
  refuseWhileHandingOver(run.bounded, run.request.maxHistoryEvents);
  if (!run.assigned) throw refuse(FailureType.conflict, 'the handoff is still being assigned');
  if (run.state.status === 'completed') throw refuse(FailureType.conflict, 'the handoff is completed');
};

const requireOwnerOrSupervisor = (run: HandoffRun, by: Actor, action: string) => {
  const { owner } = run.state;
  if (owner?.id !== by.id && by.role !== 'supervisor') throw refuse(FailureType.forbidden, `only the owner (${owner?.name ?? 'none yet'}) or a supervisor may ${action}`);
};

/** A reached welcome contact starts the follow-up; a reached check-in completes it. Other outcomes are recorded attempts. */
function handleContacts(run: HandoffRun): void {
  const { state } = run;
  setHandler(
    recordContactUpdate,
    async ({ by, kind, outcome, note }) => {
      const at = run.now();
      const checkIn = kind === 'check_in' ? currentCheckIn(state) : undefined;
      const contact: ContactRecord = { kind, outcome, note, by, at, checkIn: checkIn?.n ?? null };
      run.addContact(contact);
      let clock: SlaClock | undefined;
      if (outcome === 'reached' && kind === 'welcome') {
        state.welcomedAt = at;
        run.setStatus('following_up');
        clock = run.takeClock('welcome', 1);
      } else if (outcome === 'reached' && checkIn) {
        Object.assign(checkIn, { status: 'done', contactedAt: at, contactedBy: by });
        clock = run.takeClock('check_in', checkIn.n);
      }
      run.progress += 1;
      await clock?.complete();
      await run.record(`handoff.${kind}_contact`, by, note ? `${outcome}: ${note}` : outcome, contact);
      return run.view();
    },
    {
      validator: ({ by, kind }: ContactRequest) => {
        requireActive(run);
        requireOwnerOrSupervisor(run, by, 'record a contact');
        if (kind === 'welcome' && state.welcomedAt !== null) throw refuse(FailureType.conflict, 'the welcome contact is already recorded');
        if (kind === 'check_in' && state.welcomedAt === null) throw refuse(FailureType.conflict, 'record the welcome contact first');
        if (kind === 'check_in' && currentCheckIn(state)?.status !== 'due') {
          const next = currentCheckIn(state);
          throw refuse(FailureType.conflict, next ? `no check-in is due; check-in ${next.n} is due from ${next.dueFrom}` : 'every check-in is done');
        }
      },
    },
  );
}

/** The owner (or a supervisor) fulfils a commitment; only a supervisor waives one, with a reason. */
function handleCommitments(run: HandoffRun): void {
  const requireOpenCommitment = (n: number) => {
    const commitment = run.commitmentAt(n);
    if (isSettled(commitment)) throw refuse(FailureType.conflict, `commitment ${n} is already ${commitment.status}`);
  };
  const settleCommitment = async (type: string, status: 'fulfilled' | 'waived', { by, n, note }: CommitmentDecision) => {
    const commitment = run.commitmentAt(n);
    Object.assign(commitment, { status, closedBy: by, closedAt: run.now(), note });
    run.progress += 1;
    await run.takeClock('commitment', n)?.complete();
    await run.record(type, by, `${n}: ${commitment.description}`);
    return run.view();
  };

  setHandler(fulfilCommitmentUpdate, (decision) => settleCommitment('handoff.commitment_fulfilled', 'fulfilled', decision), {
    validator: ({ by, n }: CommitmentDecision) => {
      requireActive(run);
      requireOwnerOrSupervisor(run, by, 'fulfil a commitment');
      requireOpenCommitment(n);
    },
  });

  setHandler(waiveCommitmentUpdate, (decision) => settleCommitment('handoff.commitment_waived', 'waived', decision), {
    validator: ({ by, n, note }: CommitmentDecision) => {
      requireActive(run);
      if (by.role !== 'supervisor') throw refuse(FailureType.forbidden, 'only a supervisor may waive a commitment');
      if (!note?.trim()) throw refuse(FailureType.invalid, 'a waiver needs a reason');
      requireOpenCommitment(n);
    },
  });
}

/** The customer's NPS answer, recorded and followed up by its category. */
function handleSurvey(run: HandoffRun): void {
  const { state } = run;
  setHandler(
    surveyResponseUpdate,
    async ({ by, score, comment }) => {
      const survey = state.survey as SurveyState;
      const category = npsCategory(score);
      const answeredAt = run.now();
      Object.assign(survey, { status: 'answered', score, category, comment, answeredAt, followUp: surveyFollowUp(category) });
      run.progress += 1;
      const { handoffId, customer } = state;
      await activities.recordNpsResponse({ handoffId, customerId: customer.id, tier: customer.tier, score, category, comment, answeredAt });
      const thanks = answerNotice(run, survey);
      await run.record('handoff.survey_answered', by, `${score} (${category})`, undefined, thanks ? [thanks] : []);
      await followUpAnswer(run, survey, by, thanks);
      return run.view();
    },
    {
      validator: ({ score }: SurveyAnswer) => {
        refuseWhileHandingOver(run.bounded, run.request.maxHistoryEvents);
        if (!run.assigned) throw refuse(FailureType.conflict, 'the handoff is still being assigned');
        if (!isNpsScore(score)) throw refuse(FailureType.invalid, 'the score is a whole number from 0 to 10');
        const survey = state.survey;
        if (!survey || survey.status === 'scheduled') throw refuse(FailureType.conflict, 'the survey has not been sent yet');
        if (survey.status === 'answered') throw refuse(FailureType.conflict, 'the survey is already answered');
        if (survey.status === 'no_response' || surveyWindowClosed(survey, Date.now())) throw refuse(FailureType.conflict, 'the survey window has closed');
      },
    },
  );
}

/** The message a passive's or a promoter's answer calls for: a follow-up by the owner, or a referral request. */
function answerNotice(run: HandoffRun, survey: SurveyState): Notice | undefined {
  const { score, comment } = survey;
  if (survey.category === 'passive') return run.staffNotice(run.ownerRecipient(), 'handoff.passive_follow_up', 'survey', { score, comment });
  if (survey.category === 'promoter') return run.customerNotice('handoff.referral_request', 'survey', { score });
  return undefined;
}

/**
 * Sets off what the customer's answer calls for: recovery, a follow-up by the owner, or a referral
 * request (its message, `notice`, sent here on runs that do not send it with the answer).
 */
async function followUpAnswer(run: HandoffRun, survey: SurveyState, by: Actor, notice: Notice | undefined): Promise<void> {
  const { score, comment } = survey;
  if (survey.category === 'detractor') {
    survey.escalationId = await run.escalate('detractor', `NPS ${score} from ${run.state.customer.name}${comment ? `: ${comment}` : ''}`, null);
    const recovery = run.staffNotice(run.ownerRecipient(), 'handoff.detractor', 'survey', { score, comment, escalationId: survey.escalationId });
    await run.record('handoff.recovery_escalated', by, `NPS ${score}`, undefined, [recovery]);
    if (!run.noticesWithChange) await notify(recovery);
  } else if (notice && !run.noticesWithChange) {
    await notify(notice);
  }
}
