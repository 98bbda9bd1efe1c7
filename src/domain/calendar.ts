import { elapsedMsOf, isoDurationToMs, parseIsoDuration } from './duration';
import type { CalendarPolicy } from './policies';
import { MAX_TIME_SPAN_DAYS, MAX_TIME_SPAN_MS, TimeArithmeticError } from './time-arithmetic-error';
import { minutesAfterMidnight } from './local-time';

// Business time on a policy calendar. Pure and workflow-safe: instants are epoch milliseconds, and
// Intl.DateTimeFormat is the only help used, to read wall-clock time in the calendar's time zone.

/** An interval during which the clock is stopped. */
export interface Pause {
  from: number;
  to: number;
}

type BusinessHoursPolicy = Extract<CalendarPolicy, { kind: 'business_hours' }>;

/** A business-hours policy prepared for arithmetic. Days are local dates as whole days since 1970-01-01. */
interface BusinessHours {
  timeZone: string;
  workingDays: ReadonlySet<number>;
  holidays: ReadonlySet<number>;
  opensAt: number; // minutes after local midnight
  closesAt: number;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Business milliseconds a policy duration stands for on this calendar. On business hours a day is one working day and a week is one working week. */
export function durationOnCalendar(calendar: CalendarPolicy, isoDuration: string): number {
  if (calendar.kind === '24x7') return isoDurationToMs(isoDuration);
  const parts = parseIsoDuration(isoDuration);
  if (!parts || !(elapsedMsOf(parts) <= MAX_TIME_SPAN_MS)) {
    throw new TimeArithmeticError(`not a duration of at most ${MAX_TIME_SPAN_DAYS} days: ${isoDuration}`);
  }
  const hours = businessHoursOf(calendar);
  const workingDays = parts.weeks * hours.workingDays.size + parts.days;
  const workingDayMs = (hours.closesAt - hours.opensAt) * MINUTE_MS;
  return Math.round(workingDays * workingDayMs + parts.hours * HOUR_MS + parts.minutes * MINUTE_MS + parts.seconds * 1000);
}

/**
 * The instant at which `businessMs` of business time has elapsed after `start`; outside hours, counting begins at the next opening.
 * Refuses (TimeArithmeticError) to look further than MAX_TIME_SPAN_DAYS ahead.
 */
export function addBusinessTime(calendar: CalendarPolicy, start: number, businessMs: number): number {
  if (!Number.isFinite(start) || !(businessMs >= 0 && businessMs <= MAX_TIME_SPAN_MS)) {
    throw new TimeArithmeticError(`cannot add ${businessMs} ms of business time to ${start}`);
  }
  if (calendar.kind === '24x7' || businessMs === 0) return start + businessMs;
  const hours = businessHoursOf(calendar);
  let remaining = businessMs;
  const firstDay = localDayOf(hours.timeZone, start);
  for (let day = firstDay; ; day++) {
    if (day - firstDay > MAX_TIME_SPAN_DAYS) {
      throw new TimeArithmeticError(`${businessMs} ms of business time do not fit in ${MAX_TIME_SPAN_DAYS} days of this calendar`);
    }
    const opening = openingOn(hours, day);
    if (!opening) continue;
    const countFrom = Math.max(start, opening.opens);
    const available = Math.max(0, opening.closes - countFrom);
    if (remaining <= available) return countFrom + remaining;
    remaining -= available;
  }
}

/** The due instant of a step that takes `isoDuration` on this calendar. */
export function dueAt(calendar: CalendarPolicy, start: number, isoDuration: string): number {
  return addBusinessTime(calendar, start, durationOnCalendar(calendar, isoDuration));
}

/** Business milliseconds between two instants (0 if to <= from), not counting time inside any pause. */
export function businessTimeBetween(calendar: CalendarPolicy, from: number, to: number, pauses: readonly Pause[] = []): number {
  const hours = calendar.kind === '24x7' ? undefined : businessHoursOf(calendar);
  const timeWithin = (start: number, end: number) =>
    end <= start ? 0 : hours ? openTimeWithin(hours, start, end) : end - start;
  const ordered = pauses.filter((pause) => pause.to > pause.from).sort((a, b) => a.from - b.from);
  let total = 0;
  let runningSince = from;
  for (const pause of ordered) {
    total += timeWithin(runningSince, Math.min(pause.from, to));
    runningSince = Math.max(runningSince, pause.to);
  }
  return total + timeWithin(runningSince, to);
}

function openTimeWithin(hours: BusinessHours, from: number, to: number): number {
  let total = 0;
  const firstDay = localDayOf(hours.timeZone, from);
  const lastDay = localDayOf(hours.timeZone, to);
  if (!(lastDay - firstDay <= MAX_TIME_SPAN_DAYS)) {
    throw new TimeArithmeticError(`cannot count business time over more than ${MAX_TIME_SPAN_DAYS} days`);
  }
  for (let day = firstDay; day <= lastDay; day++) {
    const opening = openingOn(hours, day);
    if (opening) total += Math.max(0, Math.min(to, opening.closes) - Math.max(from, opening.opens));
  }
  return total;
}

function businessHoursOf(calendar: BusinessHoursPolicy): BusinessHours {
  const hours: BusinessHours = {
    timeZone: calendar.timeZone,
    workingDays: new Set(calendar.workingDays),
    holidays: new Set(calendar.holidays.map((date) => Date.parse(date) / DAY_MS)),
    opensAt: minutesAfterMidnight(calendar.opensAt),
    closesAt: minutesAfterMidnight(calendar.closesAt),
  };
  // Without this, counting business time on a calendar that never opens would never end.
  if (hours.opensAt >= hours.closesAt || !calendar.workingDays.some((weekday) => weekday >= 1 && weekday <= 7)) {
    throw new TimeArithmeticError('the calendar has no opening hours');
  }
  return hours;
}

/** The instants a day opens and closes, or undefined when it is not a working day. */
function openingOn(hours: BusinessHours, day: number): { opens: number; closes: number } | undefined {
  if (!hours.workingDays.has(isoWeekday(day)) || hours.holidays.has(day)) return undefined;
  const opens = instantOfWallClock(hours.timeZone, day * DAY_MS + hours.opensAt * MINUTE_MS);
  const closes = instantOfWallClock(hours.timeZone, day * DAY_MS + hours.closesAt * MINUTE_MS);
  // Opening inside an hour skipped by the clock change can fall after closing: that day has no hours.
  return { opens, closes: Math.max(opens, closes) };
}

/** ISO weekday (1 = Monday) of a day counted from 1970-01-01, a Thursday. */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function localDayOf(timeZone: string, instant: number): number {
  return Math.floor(wallClockAt(timeZone, instant) / DAY_MS);
}

/**
 * The instant at which the zone's clocks show `wallClock` (a local time written as if it were UTC).
 * A wall time skipped or repeated by a clock change is read with the offset in force before the change:
 * a skipped time lands that much later, a repeated time means its first occurrence.
 */
function instantOfWallClock(timeZone: string, wallClock: number): number {
  const offsetBefore = offsetAt(timeZone, wallClock - DAY_MS);
  const offsetAfter = offsetAt(timeZone, wallClock + DAY_MS);
  const readBefore = wallClock - offsetBefore;
  if (offsetBefore === offsetAfter || offsetAt(timeZone, readBefore) === offsetBefore) return readBefore;
  const readAfter = wallClock - offsetAfter;
  return offsetAt(timeZone, readAfter) === offsetAfter ? readAfter : readBefore;
}

/** How far the zone's clocks are ahead of UTC at `instant`, in milliseconds. */
function offsetAt(timeZone: string, instant: number): number {
  return wallClockAt(timeZone, instant) - Math.floor(instant / 1000) * 1000;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's wall-clock time at `instant`, to the second, written as if it were a UTC instant. */
function wallClockAt(timeZone: string, instant: number): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
}
