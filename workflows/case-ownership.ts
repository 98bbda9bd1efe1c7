import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import type { NotificationTemplate } from '../activities/notification-templates';
import type { Actor } from '../src/domain/actor';
import { CALLBACK_STEP, callbackClockTerms, keepsPromise, type CallbackStatus } from '../src/domain/callbacks';
import { FailureType } from '../src/domain/failures';
import type { CaseCallback, CaseCarryOver, CasePolicies, CaseState, PromiseCallbackRequest } from '../src/domain/messages/case';
import { RECENT_ITEMS_KEPT } from '../src/domain/read-model';
import { activities } from './activities';
import { completeCallbackUpdate, processFinishedSignal, promiseCallbackUpdate, transferCaseUpdate } from './case-messages';
import { notify, outboxMessage, type Notice } from './notify';
import { refuse } from './refuse';
import { historyIsLong, refuseWhileHandingOver } from './continue-as-new';
import { SlaClock, type SlaClockOptions } from './sla-clock';

// The case's accountable owner and the callbacks promised on it. Ownership moves only by a
// transfer; the owner is told when a process on the case finishes, reminded before a callback is
// due, and a supervisor is told when one is missed. Each callback is an SLA clock (step
// `callback`, numbered on the case) on the policy calendar.

export interface CaseRun {
  state: CaseState;
  workflowId: string;
  /** True once the case's row exists. */
  recorded(): boolean;
  /** The policies the case runs with: those it opened with, or loaded at its first callback. */
  policies(): Promise<CasePolicies>;
  /** The revision of the next change of the case's row. */
  nextRevision(): number;
  /** Sends the messages a transfer or a missed callback calls for with it, in its transaction. */
  noticesWithChange: boolean;
  /** Continues as new when its history is long (past `maxHistoryEvents` events when a test set it). */
  bounded: boolean;
  maxHistoryEvents?: number;
}

export class CaseOwnership {
  private readonly clocks = new Map<number, SlaClock>();
  /** Callbacks promised so far, across continue-as-new: the next one's number. */
  private promised: number;

  /** A continued case has its open callbacks' clocks back before its handlers are set. */
  constructor(
    private readonly run: CaseRun,
    carriedOver?: CaseCarryOver,
  ) {
    this.promised = carriedOver?.callbacksPromised ?? 0;
    for (const snapshot of carriedOver?.clocks ?? []) {
      const callback = run.state.callbacks.find((candidate) => candidate.number === snapshot.options.sequence);
      if (callback) this.clocks.set(callback.number, SlaClock.resume(snapshot, this.clockCallbacks(callback)));
    }
  }

  /** Sets the handlers; call before the workflow's first await. */
  handleMessages(): void {
    const { state } = this.run;
    setHandler(transferCaseUpdate, (request) => this.transfer(request.by, request.to, request.reason), {
      validator: ({ by, to }) => {
        this.requireOpen();
        if (by.id !== state.owner.id && by.role !== 'supervisor') throw refuse(FailureType.forbidden, "only the case's owner or a supervisor may transfer it");
        if (to.id === state.owner.id) throw refuse(FailureType.conflict, `${to.name} already owns the case`);
      },
    });
    setHandler(promiseCallbackUpdate, (request) => this.promise(request.by, request.dueAt, request.note), {
      validator: (_request: PromiseCallbackRequest) => this.requireOpen(),
    });
    setHandler(completeCallbackUpdate, (request) => this.attempt(request), {
      validator: ({ number }) => {
        this.requireOpen();
        const callback = this.callback(number);
        if (!callback && number >= 1 && number <= this.promised) throw refuse(FailureType.conflict, `callback ${number} has already ended`);
        if (!callback) throw refuse(FailureType.invalid, `the case has no callback ${number}`);
        if (callback.status !== 'open') throw refuse(FailureType.conflict, `callback ${number} is already ${callback.status}`);
      },
    });
    setHandler(processFinishedSignal, async ({ process, id, status }) => {
      if (state.status === 'closed') return;
      await this.notifyOwner('case.process_finished', [process, id], { process, id, status });
    });
  }

  /** When the case closes: promises still open end, cancelled. */
  async cancelOpenCallbacks(by: Actor): Promise<void> {
    for (const callback of this.run.state.callbacks.filter((candidate) => candidate.status === 'open')) {
      await this.end(callback, 'cancelled', by, 'case.callback_cancelled');
    }
  }

  /**
   * Time to continue as new: the history is long, the case is open, no handler is running and no
   * callback's clock is recording a reminder or a miss.
   */
  readyToContinue(maxHistoryEvents?: number): boolean {
    const quiet = [...this.clocks.values()].every((clock) => clock.quiet);
    return this.run.state.status !== 'closed' && historyIsLong(maxHistoryEvents) && allHandlersFinished() && quiet;
  }

  /** What the next run needs: the open callbacks with their clocks, and the last few ended ones, each with its last few attempts. */
  async carryOver(revision: number): Promise<CaseCarryOver> {
    const { state } = this.run;
    const ended = state.callbacks.filter((callback) => callback.status !== 'open').slice(-RECENT_ITEMS_KEPT);
    const callbacks = state.callbacks
      .filter((callback) => callback.status === 'open' || ended.includes(callback))
      .map((callback) => ({
        ...callback,
        attempts: callback.attempts.slice(-RECENT_ITEMS_KEPT),
        earlierAttempts: (callback.earlierAttempts ?? 0) + Math.max(0, callback.attempts.length - RECENT_ITEMS_KEPT),
      }));
    const clocks = callbacks.flatMap(({ number }) => {
      const clock = this.clocks.get(number);
      return clock && !clock.completed ? [clock.snapshot()] : [];
    });
    return { state: { ...state, callbacks }, revision, callbacksPromised: this.promised, policies: await this.run.policies(), clocks };
  }

  private callback(number: number): CaseCallback | undefined {
    return this.run.state.callbacks.find((candidate) => candidate.number === number);
  }

  /** Every action's validator starts here. */
  private requireOpen(): void {
    refuseWhileHandingOver(this.run.bounded, this.run.maxHistoryEvents);
    if (this.run.state.status === 'closed') throw refuse(FailureType.conflict, 'the case is closed');
  }

  private async transfer(by: Actor, to: Actor, reason: string): Promise<CaseState> {
    const { state } = this.run;
    const from = state.owner;
    state.owner = to;
    state.transfers += 1;
    const sequence = state.transfers;
    const revision = this.run.nextRevision();
    await condition(this.run.recorded);
    const transfer = { caseId: state.caseId, sequence, from, to, by, reason, at: new Date().toISOString(), revision };
    if (this.run.noticesWithChange) {
      const notice = this.ownerNotice('case.transferred', ['transfer', sequence], { from: from.name, reason });
      await activities.recordCaseTransferred({ ...transfer, notices: [outboxMessage(notice)] });
    } else {
      await activities.recordCaseTransferred(transfer);
      await this.notifyOwner('case.transferred', ['transfer', sequence], { from: from.name, reason });
    }
    return state;
  }

  private async promise(by: Actor, dueAt: string, note: string): Promise<CaseState> {
    const { state, workflowId } = this.run;
    this.promised += 1;
    const callback: CaseCallback = {
      number: this.promised,
      dueAt,
      note,
      status: 'open',
      promisedBy: by,
      promisedAt: new Date().toISOString(),
      endedAt: null,
      attempts: [],
    };
    const replaced = state.callbacks.filter((candidate) => candidate.status === 'open');
    state.callbacks.push(callback);
    await condition(this.run.recorded);
    for (const earlier of replaced) await this.end(earlier, 'replaced', by, 'case.callback_replaced');
    const policies = await this.run.policies();
    const { calendar } = policies;
    const { number } = callback;
    const clock = await SlaClock.start({
      workflowId,
      process: 'case',
      caseId: state.caseId,
      step: CALLBACK_STEP.name,
      sequence: number,
      ownerRole: CALLBACK_STEP.ownerRole,
      calendar,
      ...callbackClockTerms(calendar, Date.now(), Date.parse(dueAt), policies.cases.callbackReminderBefore),
      ...this.clockCallbacks(callback),
    });
    callback.dueAt = clock.view().dueAt;
    await activities.recordCallbackPromised({
      caseId: state.caseId,
      number,
      ownerId: state.owner.id,
      dueAt: callback.dueAt,
      note,
      promisedBy: by,
      promisedAt: callback.promisedAt,
      stepKey: clock.stepKey,
    });
    this.clocks.set(number, clock);
    return state;
  }

  private async attempt({ by, number, outcome, note }: { by: Actor; number: number; outcome: CaseCallback['attempts'][number]['outcome']; note: string | null }): Promise<CaseState> {
    const { state } = this.run;
    const callback = this.callback(number) as CaseCallback;
    const at = new Date().toISOString();
    callback.attempts.push({ outcome, note, by, at });
    const attempt = (callback.earlierAttempts ?? 0) + callback.attempts.length;
    const data = { outcome, note, by: by.name };
    if (keepsPromise(outcome)) {
      await this.end(callback, 'kept', by, 'case.callback_kept', data, at);
    } else {
      await activities.recordCallbackEvent({ caseId: state.caseId, number, eventKey: `callback:${number}:attempt:${attempt}`, type: 'case.callback_attempted', actor: by, data, at });
    }
    return state;
  }

  private async end(callback: CaseCallback, status: Exclude<CallbackStatus, 'open'>, by: Actor, type: string, data: Record<string, unknown> = {}, at = new Date().toISOString()): Promise<void> {
    const { number } = callback;
    callback.status = status;
    callback.endedAt = at;
    // A promise still being recorded gets its clock first.
    await condition(() => this.clocks.has(number));
    await this.clocks.get(number)?.complete();
    await activities.recordCallbackEvent({ caseId: this.run.state.caseId, number, eventKey: `callback:${number}:${status}`, type, actor: by, data: { ...data, by: by.name }, at, endsAs: status });
  }

  /** A callback's reminder tells the owner; its miss tells the owner and a supervisor. */
  private clockCallbacks(callback: CaseCallback): Pick<SlaClockOptions, 'onWarn' | 'onBreach'> {
    const { number, note } = callback;
    return {
      onWarn: () => this.notifyOwner('case.callback_due_soon', [number], { number, dueAt: callback.dueAt, note }),
      onBreach: () => this.missed(callback),
    };
  }

  private async missed(callback: CaseCallback): Promise<void> {
    const { state } = this.run;
    const { number, dueAt } = callback;
    const event = { caseId: state.caseId, number, eventKey: `callback:${number}:missed`, type: 'case.callback_missed', actor: null, data: { dueAt, owner: state.owner.name }, at: new Date().toISOString() };
    if (this.run.noticesWithChange) {
      await activities.recordCallbackEvent({ ...event, notices: this.missedNotices(callback).map(outboxMessage) });
    } else {
      await activities.recordCallbackEvent(event);
      for (const notice of this.missedNotices(callback)) await notify(notice);
    }
  }

  /** A missed callback tells the owner and the supervisors. */
  private missedNotices({ number, dueAt, note }: CaseCallback): Notice[] {
    const { state } = this.run;
    return [
      this.ownerNotice('case.callback_missed', [number], { number, dueAt, note }),
      {
        audience: 'staff',
        recipient: 'role:supervisor',
        template: 'case.callback_missed',
        instance: [number, 'supervisor'],
        payload: { caseId: state.caseId, subject: state.subject, owner: state.owner.name, number, dueAt, note },
      },
    ];
  }

  private notifyOwner(template: NotificationTemplate, instance: ReadonlyArray<string | number>, payload: Record<string, unknown>): Promise<void> {
    return notify(this.ownerNotice(template, instance, payload));
  }

  private ownerNotice(template: NotificationTemplate, instance: ReadonlyArray<string | number>, payload: Record<string, unknown>): Notice {
    const { state } = this.run;
    return { audience: 'staff', recipient: `user:${state.owner.id}`, template, instance: [...instance, state.owner.id], payload: { caseId: state.caseId, subject: state.subject, ...payload } };
  }
}
