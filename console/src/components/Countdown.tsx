import { useNow } from './use-now';

/** The part of a step's time after which it is at risk, as the policies' default warning (75 %). */
const AT_RISK_FRACTION = 0.75;

export type ClockState = 'on_time' | 'at_risk' | 'breached';

interface ClockTimes {
  dueAt: string;
  startedAt?: string | null;
  /** The server's own warning and breach marks, when the step has them. */
  warnedAt?: string | null;
  breachedAt?: string | null;
}

export function clockState({ dueAt, startedAt, warnedAt, breachedAt }: ClockTimes, now: number): ClockState {
  const due = Date.parse(dueAt);
  if (breachedAt || now >= due) return 'breached';
  if (warnedAt) return 'at_risk';
  if (startedAt) {
    const start = Date.parse(startedAt);
    if (now >= start + (due - start) * AT_RISK_FRACTION) return 'at_risk';
  }
  return 'on_time';
}

function span(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor(ms / 1000) % 60;
  if (minutes >= 60 * 24) return `${Math.floor(minutes / (60 * 24))}d ${Math.floor(minutes / 60) % 24}h`;
  if (minutes >= 60) return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
  return minutes > 0 ? `${minutes}m ${seconds}s` : `${seconds}s`;
}

const LABEL: Record<ClockState, string> = { on_time: 'on time', at_risk: 'at risk', breached: 'breached' };

/** A live countdown to a due time: amber when at risk, red when breached, and said in words too. */
export function Countdown(times: ClockTimes) {
  const now = useNow();
  const state = clockState(times, now);
  const left = Date.parse(times.dueAt) - now;
  const text = left >= 0 ? `due in ${span(left)}` : `overdue by ${span(-left)}`;
  return (
    <time dateTime={times.dueAt} title={new Date(times.dueAt).toLocaleString()} className={`countdown countdown-${state}`}>
      {text} <small>({LABEL[state]})</small>
    </time>
  );
}
