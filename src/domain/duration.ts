import { MAX_TIME_SPAN_DAYS, MAX_TIME_SPAN_MS, TimeArithmeticError } from './time-arithmetic-error';

// ISO-8601 durations as used in policies (`PT4H`, `P1D`, `PT30S`). Pure and workflow-safe.
const ISO_DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export interface DurationParts {
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export function parseIsoDuration(text: string): DurationParts | undefined {
  const match = ISO_DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const [, weeks, days, hours, minutes, seconds] = match;
  return {
    weeks: Number(weeks ?? 0),
    days: Number(days ?? 0),
    hours: Number(hours ?? 0),
    minutes: Number(minutes ?? 0),
    seconds: Number(seconds ?? 0),
  };
}

/** Elapsed milliseconds of parsed parts on a 24x7 clock (a day is 24 hours), unbounded: huge parts give huge results or Infinity. */
export function elapsedMsOf(parts: DurationParts): number {
  const days = parts.weeks * 7 + parts.days;
  return Math.round(((days * 24 + parts.hours) * 60 + parts.minutes) * 60_000 + parts.seconds * 1000);
}

/** Elapsed milliseconds of a duration on a 24x7 clock (a day is 24 hours); at most MAX_TIME_SPAN_DAYS. */
export function isoDurationToMs(text: string): number {
  const parts = parseIsoDuration(text);
  if (!parts) throw new TimeArithmeticError(`not an ISO-8601 duration: ${text}`);
  const ms = elapsedMsOf(parts);
  if (!(ms <= MAX_TIME_SPAN_MS)) throw new TimeArithmeticError(`${text} is longer than ${MAX_TIME_SPAN_DAYS} days`);
  return ms;
}
