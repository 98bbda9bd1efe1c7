import type { Pause } from './calendar';
import type { CalendarPolicy } from './policies';

// What an SLA clock (workflows/sla-clock.ts) shares with the rest: the step instance it times, the
// terms it runs on, what continue-as-new carries of it and what a process's state shows of it.

/** One step of one process run: the key and labels of its step (SLA) record. */
export interface StepInstance {
  workflowId: string;
  process: string;
  caseId: string | null;
  step: string;
  sequence: number;
  ownerRole: string;
}

export interface SlaClockTerms extends StepInstance {
  calendar: CalendarPolicy;
  /** An ISO-8601 duration on the calendar. */
  target: string;
  warningFraction: number;
}

/** Everything a clock is but its callbacks: what continue-as-new carries to the next run. */
export interface SlaClockSnapshot {
  options: SlaClockTerms;
  startedAt: number;
  dueAt: number;
  warnedAt: number | null;
  breachedAt: number | null;
  pausedSince: number | null;
  pauses: Pause[];
  /** The clock's count of changes, which its step record's revision follows; absent from runs before it. */
  changes?: number;
}

export interface SlaClockView {
  step: string;
  ownerRole: string;
  startedAt: string;
  dueAt: string;
  warnedAt: string | null;
  breachedAt: string | null;
  paused: boolean;
}
