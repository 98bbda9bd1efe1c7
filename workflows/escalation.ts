import { allHandlersFinished, condition, makeContinueAsNewFunc, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import type { NotificationTemplate } from '../activities/notification-templates';
import { ackOwnerRole, autoCloseAt, refuseAction, type EscalationActionName } from '../src/domain/escalation-process';
import { nextTier, severityCalendar, TIER_ROLES, type EscalationStatus } from '../src/domain/escalations';
import { FailureType } from '../src/domain/failures';
import type { CalendarPolicy, EscalationsPolicy } from '../src/domain/policies';
import type { Role } from '../src/domain/roles';
import type { Actor } from '../src/domain/actor';
import { activities } from './activities';
import type { EscalationAction, EscalationCarryOver, EscalationRequest, EscalationState } from '../src/domain/messages/escalation';
import { keepRecent, type EscalationRowFields, type EscalationRowInsert } from '../src/domain/read-model';
import { acknowledgeUpdate, addNoteUpdate, confirmUpdate, customerRepliedUpdate, escalateUpdate, escalationStartUpdate, escalationStateQuery, reassignUpdate, resolveUpdate, waitOnCustomerUpdate } from './escalation-messages';
import { historyIsLong, refuseWhileHandingOver } from './continue-as-new';
import { finishWith } from './final-state';
import { notify, outboxMessage, type Notice } from './notify';
import { setProcessStatus } from './process-status';
import { enforce, refuse } from './refuse';
import { SlaClock, type SlaClockOptions } from './sla-clock';

/** Histories recorded before it did not upsert ProcessStatus on a customer reply or a resolution. */
const STATUS_ATTRIBUTE_PATCH = 'escalation-status-attribute-on-reply-and-resolve';
/** Histories recorded before it answered a manual escalation as soon as the tier changed. */
const ESCALATE_ANSWERS_AFTER_MOVE = 'escalation-escalate-answers-after-move';
/**
 * Runs started before it kept every note and history entry in their state and wrote a whole
 * snapshot with each change; it is asked once, at the start of a first run.
 */
const BOUNDED_STATE_PATCH = 'escalation-bounded-state';
/**
 * Continued runs started before it set their handlers before resuming the clocks of the run
 * before, so that an update sent again to the new run found no clock to complete or pause.
 */
const CLOCKS_BEFORE_HANDLERS_PATCH = 'escalation-clocks-before-handlers';
/** Runs before it wrote a change and then sent its queue's message in an activity of its own; asked once per run, on bounded runs only. */
const NOTICES_WITH_CHANGE_PATCH = 'escalation-notices-with-change';

/**
 * An escalation: triaged to the first tier's queue with an acknowledge and a resolve clock; worked
 * (acknowledged, paused while waiting on the customer, resolved); moved up a tier when asked or
 * when a clock breaches; closed when the customer confirms or after the policy's days.
 */
export async function escalationWorkflow(request: EscalationRequest, carriedOver?: EscalationCarryOver): Promise<EscalationState> {
  const run = new EscalationRun(request, workflowInfo().workflowId, carriedOver);
  // A continued run goes on with the clocks of the run before: an update the previous run could
  // not take is sent again and reaches the handlers as they are set.
  const clocksFirst = carriedOver !== undefined && patched(CLOCKS_BEFORE_HANDLERS_PATCH);
  if (clocksFirst) run.resumeClocks(carriedOver);
  handleMessages(run);

  let policy: EscalationsPolicy;
  let calendar: CalendarPolicy;
  if (carriedOver) {
    ({ policy, calendar } = carriedOver);
    if (!clocksFirst) run.resumeClocks(carriedOver);
  } else {
    const policies = await activities.loadPolicySnapshot();
    policy = policies.escalations.document;
    calendar = severityCalendar(policy, request.severity, policies.calendar.document);
    run.state.policyVersion = policies.escalations.version;

    // Triage: into the first tier's queue, with both clocks running.
    await run.record('escalation.raised', request.raisedBy, request.reason, undefined, 'escalation.queued');
    run.clocks.resolve = await startClock(run, policy, calendar, 'resolve', 1, 'agent');
    await startAckClock(run, policy, calendar);
    if (!run.noticesWithChange) await run.notifyStaff('escalation.queued');
    run.raised = true;
  }

  // Work: moves the escalation up a tier when asked or when a clock breaches, until it is resolved.
  // A request leaves the queue only once handled, so that other actions wait for the move. The
  // loop stays here, not in a function of its own: each step must follow the previous one in the
  // same microtask as before (see docs/versioning.md).
  while (!run.finished()) {
    await condition(() => run.moves.length > 0 || run.finished() || run.readyToContinue());
    if (run.readyToContinue()) await continueAsNew(run, request, policy, calendar);
    const next = run.moves[0];
    if (!next) continue;
    const tier = nextTier(run.state.tier);
    if (tier) {
      await run.clocks.ack?.complete();
      run.state.tier = tier;
      run.state.assignee = null;
      await run.record('escalation.escalated', next.by, next.reason, 'open', 'escalation.escalated');
      await startAckClock(run, policy, calendar);
      if (!run.noticesWithChange) await run.notifyStaff('escalation.escalated');
    } else {
      await run.record('escalation.overdue_at_top_tier', next.by, next.reason);
    }
    run.moves.shift();
  }

  await run.clocks.ack?.complete();
  if (run.state.status === 'resolved') await awaitConfirmation(run, request, policy, calendar);
  await condition(allHandlersFinished);
  return finishWith('escalation', run.view());
}

/** One escalation's state, its clocks, the moves it waits to make, and what every step does with them. */
class EscalationRun {
  readonly state: EscalationState;
  /** Started after the handlers are set: an update sent with the start must find them in place. */
  readonly clocks: { ack?: SlaClock; resolve?: SlaClock } = {};
  ackSequence: number;
  /** Numbers the changes written to PostgreSQL, across continue-as-new. */
  revision: number;
  /**
   * Set once triaged: the start's update answers then. A continued run is triaged from its start:
   * an update the previous run could not take is sent again and reaches the new run's handlers as
   * they are set, before the workflow function goes on.
   */
  raised: boolean;
  /** Keeps the last few notes and history entries, writes each change alone, and continues as new when the history is long. */
  readonly bounded: boolean;
  /** Sends the queue's message with the change that calls for it, in its transaction (bounded runs only). */
  readonly noticesWithChange: boolean;
  /** Moves up a tier, asked for or set off by a breach, handled one at a time by the main flow. */
  readonly moves: Array<{ by: Actor | null; reason: string }> = [];

  constructor(
    request: EscalationRequest,
    readonly workflowId: string,
    carriedOver: EscalationCarryOver | undefined,
  ) {
    this.bounded = carriedOver !== undefined || patched(BOUNDED_STATE_PATCH);
    this.noticesWithChange = this.bounded && patched(NOTICES_WITH_CHANGE_PATCH);
    this.revision = carriedOver?.revision ?? 0;
    this.ackSequence = carriedOver?.ackSequence ?? 0;
    this.raised = carriedOver !== undefined;
    this.state = carriedOver?.state ?? {
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
  }

  /** A clock completed in an earlier run shows as it was then. */
  view(): EscalationState {
    const { state, clocks } = this;
    return { ...state, ackClock: clocks.ack?.view() ?? state.ackClock, resolveClock: clocks.resolve?.view() ?? state.resolveClock };
  }

  /** The clocks of the run before: the running ones go on, a completed one is shown as it was. */
  resumeClocks(carriedOver: EscalationCarryOver): void {
    for (const clock of ['ack', 'resolve'] as const) {
      const snapshot = carriedOver.clocks[clock];
      if (snapshot) this.clocks[clock] = SlaClock.resume(snapshot, clockCallbacks(this, clock));
    }
  }

  /** Time to continue as new: the history is long, no handler is running, no move is waiting and no clock is recording a warning or breach. */
  readyToContinue(): boolean {
    const { ack, resolve } = this.clocks;
    const quiet = (ack?.quiet ?? true) && (resolve?.quiet ?? true);
    return this.bounded && historyIsLong(this.state.maxHistoryEvents) && allHandlersFinished() && this.moves.length === 0 && quiet;
  }

  finished(): boolean {
    return this.state.status === 'resolved' || this.state.status === 'closed';
  }

  /**
   * Records a change: the history entry, the search attribute, the row and the case timeline, and
   * (on runs that send it so) the message to the tier's queue it calls for.
   */
  async record(type: string, by: Actor | null, detail: string | null, status?: EscalationStatus, queueNotice?: NotificationTemplate): Promise<void> {
    const { state } = this;
    if (status) setProcessStatus(state, status);
    const at = new Date().toISOString();
    const entry = { type, at, by, tier: state.tier, detail };
    this.revision += 1;
    if (!this.bounded) {
      state.history.push(entry);
      await activities.recordEscalation({ workflowId: this.workflowId, revision: this.revision, state: this.view(), event: { type, actorId: by?.id ?? null, detail, at } });
      return;
    }
    state.history = keepRecent(state.history, entry);
    await activities.recordProcessChange({
      workflowId: this.workflowId,
      revision: this.revision,
      caseId: state.caseId,
      event: { type, actor: by, detail, data: { tier: state.tier, status: state.status }, at },
      row: { table: 'escalations', id: state.escalationId, fields: escalationRow(state, type, at), ...(this.revision === 1 ? { insert: escalationRowInsert(state) } : {}) },
      ...(this.noticesWithChange && queueNotice ? { notices: [outboxMessage(this.queueNotice(queueNotice))] } : {}),
    });
  }

  addNote(note: EscalationState['notes'][number]): void {
    if (this.bounded) this.state.notes = keepRecent(this.state.notes, note);
    else this.state.notes.push(note);
  }

  /** Tells the current tier's queue. */
  notifyStaff(template: NotificationTemplate) {
    return notify(this.queueNotice(template));
  }

  private queueNotice(template: NotificationTemplate): Notice {
    const { escalationId, caseId, severity, tier, reason } = this.state;
    return { audience: 'staff', recipient: `queue:escalations-${tier}`, template, instance: [tier, this.revision], payload: { escalationId, caseId, severity, tier, reason } };
  }

  /** Every action's validator starts here. */
  requireStatus(action: EscalationActionName): void {
    refuseWhileHandingOver(this.bounded, this.state.maxHistoryEvents);
    enforce(refuseAction(action, this.state.status));
  }

  /**
   * While the escalation moves up a tier, its queue and assignee change: other actions wait. At
   * the top tier a breach only records that it is overdue, so nothing needs to wait.
   */
  requireNotMoving(): void {
    if (this.moves.length > 0 && nextTier(this.state.tier)) throw refuse(FailureType.conflict, 'the escalation is moving to the next tier; try again in a moment');
  }

  requireWorker(by: Actor, action: string): void {
    if (this.state.assignee?.id !== by.id && by.role !== 'supervisor') throw refuse(FailureType.forbidden, `only the assignee or a supervisor may ${action}`);
  }
}

/** The escalation's two kinds of clock: one acknowledge clock per tier, and one resolve clock across tiers. */
const CLOCKS = {
  ack: { step: 'acknowledge', warning: 'escalation.ack_due_soon', overdue: 'acknowledgement overdue' },
  resolve: { step: 'resolve', warning: 'escalation.resolve_due_soon', overdue: 'resolution overdue' },
} as const;

/** The row's fields after a change; the acknowledgement time only with an acknowledgement. */
function escalationRow(state: EscalationState, type: string, at: string): EscalationRowFields {
  const { tier, status, assignee, resolutionCode, resolvedAt, closedAt } = state;
  return { tier, status, assigneeId: assignee?.id ?? null, resolutionCode, resolvedAt, closedAt, ...(type === 'escalation.acknowledged' ? { acknowledgedAt: at } : {}) };
}

function escalationRowInsert(state: EscalationState): EscalationRowInsert {
  const { caseId, customerId, severity, category, reason, raisedBy, source, raisedAt } = state;
  return { caseId, customerId, severity, category, reason, raisedById: raisedBy?.id ?? null, sourceType: source?.type ?? null, sourceId: source?.id ?? null, raisedAt };
}

/** Hands the escalation to a new run: its state with the last few notes, its revision, policy and running clocks. */
function continueAsNew(run: EscalationRun, request: EscalationRequest, policy: EscalationsPolicy, calendar: CalendarPolicy): Promise<never> {
  const { ack, resolve } = run.clocks;
  const carryOver: EscalationCarryOver = {
    state: run.view(),
    revision: run.revision,
    ackSequence: run.ackSequence,
    policy,
    calendar,
    clocks: { ack: ack && !ack.completed ? ack.snapshot() : null, resolve: resolve && !resolve.completed ? resolve.snapshot() : null },
  };
  const next = makeContinueAsNewFunc<typeof escalationWorkflow>({ typedSearchAttributes: workflowInfo().typedSearchAttributes });
  return next(request, carryOver);
}

/** A clock's warning tells the tier's queue; its breach moves the escalation up. */
function clockCallbacks(run: EscalationRun, clock: keyof typeof CLOCKS): Pick<SlaClockOptions, 'onWarn' | 'onBreach'> {
  const { state } = run;
  const { warning, overdue } = CLOCKS[clock];
  return {
    onWarn: () => run.notifyStaff(warning),
    onBreach: async () => {
      state.breaches.push({ clock, tier: state.tier, at: new Date().toISOString() });
      run.moves.push({ by: null, reason: overdue });
    },
  };
}

/** Starts a clock on the severity's target. */
function startClock(run: EscalationRun, policy: EscalationsPolicy, calendar: CalendarPolicy, clock: keyof typeof CLOCKS, sequence: number, ownerRole: Role): Promise<SlaClock> {
  const { state } = run;
  const { step } = CLOCKS[clock];
  return SlaClock.start({
    workflowId: run.workflowId,
    process: 'escalation',
    caseId: state.caseId,
    step,
    sequence,
    ownerRole,
    calendar,
    target: policy.severities[state.severity][clock],
    warningFraction: policy.warningFraction,
    ...clockCallbacks(run, clock),
  });
}

/** Each tier has its own acknowledge clock, owned by the first role that works the tier. */
async function startAckClock(run: EscalationRun, policy: EscalationsPolicy, calendar: CalendarPolicy): Promise<void> {
  run.ackSequence += 1;
  run.clocks.ack = await startClock(run, policy, calendar, 'ack', run.ackSequence, ackOwnerRole(run.state.tier));
}

/** A resolved escalation waits for the customer's confirmation, and closes by itself after the policy's days. */
async function awaitConfirmation(run: EscalationRun, request: EscalationRequest, policy: EscalationsPolicy, calendar: CalendarPolicy): Promise<void> {
  const { state } = run;
  // A continued run keeps the time the run before set.
  state.autoCloseAt ??= new Date(autoCloseAt(policy, Date.now())).toISOString();
  const confirmed = await condition(() => state.status === 'closed' || run.readyToContinue(), Math.max(1, Date.parse(state.autoCloseAt) - Date.now()));
  if (state.status !== 'closed' && run.readyToContinue()) await continueAsNew(run, request, policy, calendar);
  if (!confirmed) {
    state.closedAt = new Date().toISOString();
    await run.record('escalation.auto_closed', null, null, 'closed');
  }
}

/** Set before the first await: an update sent with the start must find its handler in place. */
function handleMessages(run: EscalationRun): void {
  setHandler(escalationStateQuery, () => run.view());
  setHandler(escalationStartUpdate, async () => {
    await condition(() => run.raised);
    return run.view();
  });
  handleWork(run);
  handleEscalate(run);
  handleCustomer(run);
  handleResolution(run);
}

/** Acknowledging, notes and reassigning within a tier. */
function handleWork(run: EscalationRun): void {
  const { state } = run;
  setHandler(
    acknowledgeUpdate,
    async ({ by }) => {
      state.assignee = by;
      const clock = run.clocks.ack;
      await run.record('escalation.acknowledged', by, null, 'acknowledged');
      await clock?.complete();
      return run.view();
    },
    {
      validator: ({ by }: EscalationAction) => {
        run.requireStatus('acknowledge');
        run.requireNotMoving();
        if (!TIER_ROLES[state.tier].includes(by.role)) throw refuse(FailureType.forbidden, `tier ${state.tier} is worked by ${TIER_ROLES[state.tier].join(' or ')}`);
      },
    },
  );

  setHandler(
    addNoteUpdate,
    async ({ by, text }) => {
      run.addNote({ by, text, at: new Date().toISOString() });
      await run.record('escalation.note_added', by, text);
      return run.view();
    },
    { validator: (_note: EscalationAction & { text: string }) => run.requireStatus('addNote') },
  );

  setHandler(
    reassignUpdate,
    async ({ by, assignee }) => {
      state.assignee = assignee;
      await run.record('escalation.reassigned', by, assignee.name);
      return run.view();
    },
    {
      validator: ({ by, assignee }: EscalationAction & { assignee: Actor }) => {
        run.requireStatus('reassign');
        run.requireNotMoving();
        run.requireWorker(by, 'reassign');
        if (!TIER_ROLES[state.tier].includes(assignee.role)) {
          throw refuse(FailureType.invalid, `tier ${state.tier} is worked by ${TIER_ROLES[state.tier].join(' or ')}, not ${assignee.role}`);
        }
      },
    },
  );
}

/** A manual escalation: queued for the main flow, answered once the move is made. */
function handleEscalate(run: EscalationRun): void {
  const { state } = run;
  setHandler(
    escalateUpdate,
    async ({ by, reason }) => {
      const from = state.tier;
      const move = { by, reason };
      run.moves.push(move);
      // Answer once the move is done, so that the caller's next action is not refused as "moving".
      if (patched(ESCALATE_ANSWERS_AFTER_MOVE)) await condition(() => !run.moves.includes(move) || run.finished());
      else await condition(() => state.tier !== from || run.finished());
      return run.view();
    },
    {
      validator: (_request: EscalationAction & { reason: string }) => {
        run.requireStatus('escalate');
        if (!nextTier(state.tier)) throw refuse(FailureType.conflict, 'the escalation is already at the top tier');
        if (run.moves.length > 0) throw refuse(FailureType.conflict, 'the escalation is already moving to the next tier');
      },
    },
  );
}

/** Waiting on the customer pauses the resolve clock; the customer's reply resumes it. */
function handleCustomer(run: EscalationRun): void {
  const { state } = run;
  setHandler(
    waitOnCustomerUpdate,
    async ({ by }) => {
      await run.clocks.resolve?.pause();
      await run.record('escalation.waiting_on_customer', by, null, 'waiting_on_customer');
      return run.view();
    },
    {
      validator: ({ by }: EscalationAction) => {
        run.requireStatus('waitOnCustomer');
        run.requireNotMoving();
        run.requireWorker(by, 'wait on the customer');
      },
    },
  );

  setHandler(
    customerRepliedUpdate,
    async ({ by }) => {
      state.status = 'acknowledged';
      await run.clocks.resolve?.resume();
      await run.record('escalation.customer_replied', by, null, patched(STATUS_ATTRIBUTE_PATCH) ? 'acknowledged' : undefined);
      return run.view();
    },
    {
      validator: (_reply: EscalationAction) => {
        run.requireStatus('customerReplied');
        run.requireNotMoving();
      },
    },
  );
}

/** Resolving stops the resolve clock; the customer's confirmation closes the escalation. */
function handleResolution(run: EscalationRun): void {
  const { state } = run;
  setHandler(
    resolveUpdate,
    async ({ by, resolutionCode, note }) => {
      state.resolutionCode = resolutionCode;
      state.resolvedAt = new Date().toISOString();
      state.status = 'resolved';
      await run.clocks.resolve?.complete();
      await run.record('escalation.resolved', by, note ?? resolutionCode, patched(STATUS_ATTRIBUTE_PATCH) ? 'resolved' : undefined);
      return run.view();
    },
    {
      validator: ({ by }: EscalationAction) => {
        run.requireStatus('resolve');
        run.requireNotMoving();
        run.requireWorker(by, 'resolve');
      },
    },
  );

  setHandler(
    confirmUpdate,
    async ({ by }) => {
      state.closedAt = new Date().toISOString();
      await run.record('escalation.confirmed', by, null, 'closed');
      return run.view();
    },
    { validator: (_confirmation: EscalationAction) => run.requireStatus('confirm') },
  );
}
