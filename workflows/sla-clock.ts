import { condition, patched } from '@temporalio/workflow';
import { addBusinessTime, businessTimeBetween, durationOnCalendar, type Pause } from '../src/domain/calendar';
import type { SlaClockSnapshot, SlaClockTerms, SlaClockView } from '../src/domain/sla-clock';
import { stepKey } from '../src/domain/step-key';
import { activities } from './activities';

// The SLA clock of one step instance, used by every process: due on the policy calendar, a warning
// at the policy's fraction of the target, a breach at the target, pauses that do not count, and
// every transition written to the step record. Its timers live in workflow history, so worker and
// server restarts lose nothing.

const { recordStepStarted, recordStepChanged, recordStepCompleted } = activities;

export interface SlaClockOptions extends SlaClockTerms {
  onWarn?: () => Promise<void>;
  onBreach?: () => Promise<void>;
}

export class SlaClock {
  readonly stepKey: string;
  private readonly targetMs: number;
  private readonly warnMs: number;
  private readonly startedAt: number;
  private dueAt: number;
  private warnedAt: number | undefined;
  private breachedAt: number | undefined;
  private completedAt: number | undefined;
  private pausedSince: number | undefined;
  private readonly pauses: Pause[] = [];
  /** Counts pauses, resumes and the completion: the revision of the step record's due time. */
  private changes = 0;
  private watching: Promise<void> = Promise.resolve();
  private recordingTransition = false;

  private constructor(private readonly options: SlaClockOptions, snapshot?: SlaClockSnapshot) {
    this.stepKey = stepKey(options.workflowId, options.step, options.sequence);
    this.targetMs = durationOnCalendar(options.calendar, options.target);
    this.warnMs = Math.round(this.targetMs * options.warningFraction);
    this.startedAt = snapshot?.startedAt ?? Date.now();
    this.dueAt = snapshot?.dueAt ?? addBusinessTime(options.calendar, this.startedAt, this.targetMs);
    if (snapshot) {
      this.warnedAt = snapshot.warnedAt ?? undefined;
      this.breachedAt = snapshot.breachedAt ?? undefined;
      this.pausedSince = snapshot.pausedSince ?? undefined;
      this.pauses.push(...snapshot.pauses);
      this.changes = snapshot.changes ?? 0;
    }
  }

  static async start(options: SlaClockOptions): Promise<SlaClock> {
    const clock = new SlaClock(options);
    await recordStepStarted({
      workflowId: options.workflowId,
      process: options.process,
      caseId: options.caseId,
      step: options.step,
      sequence: options.sequence,
      ownerRole: options.ownerRole,
      startedAt: new Date(clock.startedAt).toISOString(),
      dueAt: new Date(clock.dueAt).toISOString(),
    });
    clock.watching = clock.watch();
    return clock;
  }

  /** A clock carried over by continue-as-new: its step record exists already, so nothing is recorded. */
  static resume(snapshot: SlaClockSnapshot, callbacks: Pick<SlaClockOptions, 'onWarn' | 'onBreach'>): SlaClock {
    const clock = new SlaClock({ ...snapshot.options, ...callbacks }, snapshot);
    clock.watching = clock.watch();
    return clock;
  }

  /** Only for a clock that is not completed: a completed one is not carried over. */
  snapshot(): SlaClockSnapshot {
    const { onWarn: _onWarn, onBreach: _onBreach, ...options } = this.options;
    return {
      options,
      startedAt: this.startedAt,
      dueAt: this.dueAt,
      warnedAt: this.warnedAt ?? null,
      breachedAt: this.breachedAt ?? null,
      pausedSince: this.pausedSince ?? null,
      pauses: [...this.pauses],
      changes: this.changes,
    };
  }

  /** Once completed, a clock is shown but no longer carried over. */
  get completed(): boolean {
    return this.completedAt !== undefined;
  }

  /** False while a warning or breach is being recorded and acted on: no moment to carry the clock over. */
  get quiet(): boolean {
    return !this.recordingTransition;
  }

  view(): SlaClockView {
    return {
      step: this.options.step,
      ownerRole: this.options.ownerRole,
      startedAt: new Date(this.startedAt).toISOString(),
      dueAt: new Date(this.dueAt).toISOString(),
      warnedAt: this.warnedAt === undefined ? null : new Date(this.warnedAt).toISOString(),
      breachedAt: this.breachedAt === undefined ? null : new Date(this.breachedAt).toISOString(),
      paused: this.pausedSince !== undefined,
    };
  }

  /** Stops the clock; while paused the step has no due time (its record's due_at is cleared). */
  async pause(): Promise<void> {
    if (this.pausedSince !== undefined || this.completedAt !== undefined) return;
    this.pausedSince = Date.now();
    this.changes += 1;
    if (patched('sla-clock-records-pause')) await recordStepChanged({ stepKey: this.stepKey, revision: this.changes, dueAt: null });
  }

  async resume(): Promise<void> {
    if (this.pausedSince === undefined) return;
    const now = Date.now();
    this.pauses.push({ from: this.pausedSince, to: now });
    this.pausedSince = undefined;
    this.dueAt = this.instantWhenElapsed(this.targetMs, now);
    this.changes += 1;
    await recordStepChanged({
      stepKey: this.stepKey,
      revision: this.changes,
      dueAt: new Date(this.dueAt).toISOString(),
      pausedMs: this.pauses.reduce((total, pause) => total + pause.to - pause.from, 0),
    });
  }

  /** Stops the clock and records the step's business duration. */
  async complete(): Promise<void> {
    if (this.completedAt !== undefined) return;
    if (this.pausedSince !== undefined) await this.resume();
    this.completedAt = Date.now();
    this.changes += 1;
    await this.watching;
    await recordStepCompleted({
      stepKey: this.stepKey,
      completedAt: new Date(this.completedAt).toISOString(),
      durationMs: this.elapsed(this.completedAt),
    });
  }

  private elapsed(now: number): number {
    return businessTimeBetween(this.options.calendar, this.startedAt, now, this.pauses);
  }

  private instantWhenElapsed(businessMs: number, now: number): number {
    return addBusinessTime(this.options.calendar, now, Math.max(0, businessMs - this.elapsed(now)));
  }

  private async watch(): Promise<void> {
    while (this.completedAt === undefined) {
      const seen = this.changes;
      const threshold = this.warnedAt === undefined ? this.warnMs : this.breachedAt === undefined ? this.targetMs : undefined;
      if (threshold === undefined || this.pausedSince !== undefined) {
        await condition(() => this.changes !== seen);
        continue;
      }
      const now = Date.now();
      const changed = await condition(() => this.changes !== seen, Math.max(1, this.instantWhenElapsed(threshold, now) - now));
      if (changed) continue;
      const at = new Date().toISOString();
      this.recordingTransition = true;
      if (this.warnedAt === undefined) {
        this.warnedAt = Date.parse(at);
        await recordStepChanged({ stepKey: this.stepKey, revision: this.changes, warnedAt: at });
        await this.options.onWarn?.();
      } else {
        this.breachedAt = Date.parse(at);
        await recordStepChanged({ stepKey: this.stepKey, revision: this.changes, breachedAt: at });
        await this.options.onBreach?.();
      }
      this.recordingTransition = false;
    }
  }
}
