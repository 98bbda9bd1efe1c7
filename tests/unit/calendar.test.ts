import fc from 'fast-check';
import { addBusinessTime, businessTimeBetween, dueAt, durationOnCalendar } from '../../src/domain/calendar';
import { DEFAULT_POLICIES, type CalendarPolicy } from '../../src/domain/policies';
import { TimeArithmeticError } from '../../src/domain/time-arithmetic-error';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const at = (iso: string) => Date.parse(iso);
const iso = (instant: number) => new Date(instant).toISOString();

const alwaysOpen: CalendarPolicy = { kind: '24x7' };

function businessHours(timeZone: string, opensAt = '09:00', closesAt = '17:00', workingDays = [1, 2, 3, 4, 5]): CalendarPolicy {
  return { kind: 'business_hours', timeZone, workingDays, opensAt, closesAt, holidays: [] };
}

const london = businessHours('Europe/London');
const newYork = businessHours('America/New_York');
const kolkata = businessHours('Asia/Kolkata');

describe('24x7 calendar', () => {
  it('adds elapsed time, a day being 24 hours even across a clock change', () => {
    expect(iso(addBusinessTime(alwaysOpen, at('2026-01-12T15:00:00Z'), 5 * HOUR))).toBe('2026-01-12T20:00:00.000Z');
    expect(iso(dueAt(alwaysOpen, at('2026-03-28T23:00:00Z'), 'P1D'))).toBe('2026-03-29T23:00:00.000Z');
    expect(durationOnCalendar(alwaysOpen, 'P1W')).toBe(7 * 24 * HOUR);
  });

  it('counts elapsed time between instants minus overlapping pauses', () => {
    const pauses = [
      { from: at('2026-01-12T02:00:00Z'), to: at('2026-01-12T04:00:00Z') },
      { from: at('2026-01-12T01:00:00Z'), to: at('2026-01-12T03:00:00Z') },
      { from: at('2026-01-12T09:00:00Z'), to: at('2026-01-12T12:00:00Z') },
    ];
    expect(businessTimeBetween(alwaysOpen, at('2026-01-12T00:00:00Z'), at('2026-01-12T10:00:00Z'))).toBe(10 * HOUR);
    expect(businessTimeBetween(alwaysOpen, at('2026-01-12T00:00:00Z'), at('2026-01-12T10:00:00Z'), pauses)).toBe(6 * HOUR);
    expect(businessTimeBetween(alwaysOpen, at('2026-01-12T10:00:00Z'), at('2026-01-12T00:00:00Z'))).toBe(0);
  });
});

describe('business hours, Europe/London Monday to Friday 09:00-17:00 (winter: GMT)', () => {
  it('carries what is left at closing over to the next morning', () => {
    expect(iso(dueAt(london, at('2026-01-12T15:00:00Z'), 'PT4H'))).toBe('2026-01-13T11:00:00.000Z');
  });

  it('ends at closing time when the time runs out exactly then', () => {
    expect(iso(dueAt(london, at('2026-01-12T09:00:00Z'), 'PT8H'))).toBe('2026-01-12T17:00:00.000Z');
  });

  it('starts counting on Monday at 09:00 when started on a Saturday', () => {
    const saturday = at('2026-01-17T12:00:00Z');
    expect(iso(addBusinessTime(london, saturday, 1))).toBe('2026-01-19T09:00:00.001Z');
    expect(iso(dueAt(london, saturday, 'PT1H'))).toBe('2026-01-19T10:00:00.000Z');
    expect(addBusinessTime(london, saturday, 0)).toBe(saturday);
  });

  it('skips the weekend: Friday 16:00 plus two hours is Monday 10:00', () => {
    expect(iso(dueAt(london, at('2026-01-16T16:00:00Z'), 'PT2H'))).toBe('2026-01-19T10:00:00.000Z');
  });

  it('starts counting at opening when started before it', () => {
    expect(iso(dueAt(london, at('2026-01-12T07:30:00Z'), 'PT1H'))).toBe('2026-01-12T10:00:00.000Z');
  });

  it('reads a day as a working day and a week as a working week', () => {
    expect(durationOnCalendar(london, 'P1D')).toBe(8 * HOUR);
    expect(durationOnCalendar(london, 'P1W')).toBe(40 * HOUR);
    expect(durationOnCalendar(london, 'P1DT2H30M')).toBe(10.5 * HOUR);
    expect(iso(dueAt(london, at('2026-01-12T15:00:00Z'), 'P1D'))).toBe('2026-01-13T15:00:00.000Z');
  });

  it('skips holidays, which are local dates', () => {
    // The default calendar closes on 2026-12-25 (Friday) and 2026-12-28 (Monday).
    expect(iso(dueAt(DEFAULT_POLICIES.calendar, at('2026-12-24T16:00:00Z'), 'PT2H'))).toBe('2026-12-29T10:00:00.000Z');
  });

  it('counts time inside opening hours only, minus pauses', () => {
    const monday0800 = at('2026-01-12T08:00:00Z');
    const tuesday1200 = at('2026-01-13T12:00:00Z');
    expect(businessTimeBetween(london, monday0800, tuesday1200)).toBe(11 * HOUR);

    const overnight = { from: at('2026-01-12T18:00:00Z'), to: at('2026-01-13T08:30:00Z') };
    expect(businessTimeBetween(london, monday0800, tuesday1200, [overnight])).toBe(11 * HOUR);

    const pauses = [
      { from: at('2026-01-12T11:00:00Z'), to: at('2026-01-12T13:00:00Z') },
      overnight,
      { from: at('2026-01-12T10:00:00Z'), to: at('2026-01-12T12:00:00Z') },
      { from: at('2026-01-12T07:00:00Z'), to: at('2026-01-12T09:30:00Z') },
    ];
    expect(businessTimeBetween(london, monday0800, tuesday1200, pauses)).toBe(7.5 * HOUR);
    expect(businessTimeBetween(london, monday0800, tuesday1200, [{ from: 0, to: tuesday1200 }])).toBe(0);
  });

  it('refuses a negative duration and a calendar that never opens', () => {
    expect(() => addBusinessTime(london, at('2026-01-12T09:00:00Z'), -1)).toThrow(RangeError);
    const neverOpen = businessHours('Europe/London', '09:00', '17:00', []);
    expect(() => addBusinessTime(neverOpen, at('2026-01-12T09:00:00Z'), HOUR)).toThrow(RangeError);
  });
});

describe('clock changes', () => {
  it('Europe/London: opening hours follow the wall clock into summer time (last Sunday of March)', () => {
    // Friday 16:00 GMT; Monday 10:00 BST is 09:00 UTC.
    expect(iso(dueAt(london, at('2026-03-27T16:00:00Z'), 'PT2H'))).toBe('2026-03-30T09:00:00.000Z');
    expect(businessTimeBetween(london, at('2026-03-27T16:00:00Z'), at('2026-03-30T09:00:00Z'))).toBe(2 * HOUR);
  });

  it('Europe/London: and back out of it (last Sunday of October)', () => {
    // Friday 16:00 BST is 15:00 UTC; Monday 10:00 GMT is 10:00 UTC.
    expect(iso(dueAt(london, at('2026-10-23T15:00:00Z'), 'PT2H'))).toBe('2026-10-26T10:00:00.000Z');
  });

  it('America/New_York: second Sunday of March and first Sunday of November', () => {
    // Friday 16:00 EST is 21:00 UTC; Monday 10:00 EDT is 14:00 UTC.
    expect(iso(dueAt(newYork, at('2026-03-06T21:00:00Z'), 'PT2H'))).toBe('2026-03-09T14:00:00.000Z');
    // Friday 16:00 EDT is 20:00 UTC; Monday 10:00 EST is 15:00 UTC.
    expect(iso(dueAt(newYork, at('2026-10-30T20:00:00Z'), 'PT2H'))).toBe('2026-11-02T15:00:00.000Z');
  });

  it('Asia/Kolkata: 09:00-17:00 IST is 03:30-11:30 UTC', () => {
    expect(iso(dueAt(kolkata, at('2026-01-12T11:00:00Z'), 'PT1H'))).toBe('2026-01-13T04:00:00.000Z');
  });

  it('a working day that spans the change is an hour shorter or longer', () => {
    const allDay = businessHours('Europe/London', '00:00', '23:59', [1, 2, 3, 4, 5, 6, 7]);
    // 2026-03-29: 00:00 GMT to 23:59 BST.
    expect(businessTimeBetween(allDay, at('2026-03-29T00:00:00Z'), at('2026-03-29T23:00:00Z'))).toBe(22 * HOUR + 59 * MINUTE);
    expect(iso(dueAt(allDay, at('2026-03-29T00:00:00Z'), 'PT23H59M'))).toBe('2026-03-30T00:00:00.000Z');
    // 2026-10-25: 00:00 BST to 23:59 GMT.
    expect(businessTimeBetween(allDay, at('2026-10-24T23:00:00Z'), at('2026-10-25T23:59:00Z'))).toBe(24 * HOUR + 59 * MINUTE);
  });

  it('an opening time in the skipped hour moves later by the gap; one in the repeated hour is its first occurrence', () => {
    const earlyHours = businessHours('Europe/London', '01:30', '03:00', [1, 2, 3, 4, 5, 6, 7]);
    // 2026-03-29 01:30 does not exist: read as GMT it is 02:30 BST; closing at 03:00 BST leaves 30 minutes.
    expect(iso(addBusinessTime(earlyHours, at('2026-03-29T00:00:00Z'), 10 * MINUTE))).toBe('2026-03-29T01:40:00.000Z');
    expect(businessTimeBetween(earlyHours, at('2026-03-29T00:00:00Z'), at('2026-03-29T12:00:00Z'))).toBe(30 * MINUTE);
    // 2026-10-25 01:30 happens twice: the first time (BST) is 00:30 UTC; closing at 03:00 GMT leaves 2h30.
    expect(iso(addBusinessTime(earlyHours, at('2026-10-25T00:00:00Z'), 10 * MINUTE))).toBe('2026-10-25T00:40:00.000Z');
    expect(businessTimeBetween(earlyHours, at('2026-10-25T00:00:00Z'), at('2026-10-25T12:00:00Z'))).toBe(150 * MINUTE);
  });

  it('a day that would open after it closes has no hours', () => {
    // 2026-03-29: opening at 01:30 is pushed to 02:30 BST, after closing at 02:15 BST.
    const shortHours = businessHours('Europe/London', '01:30', '02:15', [1, 2, 3, 4, 5, 6, 7]);
    expect(businessTimeBetween(shortHours, at('2026-03-29T00:00:00Z'), at('2026-03-29T12:00:00Z'))).toBe(0);
    expect(iso(addBusinessTime(shortHours, at('2026-03-29T00:00:00Z'), 10 * MINUTE))).toBe('2026-03-30T00:40:00.000Z');
  });

  it('America/Santiago, whose clocks change at midnight, round-trips every day of a year', () => {
    const allDay = businessHours('America/Santiago', '00:00', '23:59', [1, 2, 3, 4, 5, 6, 7]);
    for (let day = at('2026-01-01T12:00:00Z'); day < at('2027-01-01T12:00:00Z'); day += 24 * HOUR) {
      const due = addBusinessTime(allDay, day, 20 * HOUR);
      expect(businessTimeBetween(allDay, day, due)).toBe(20 * HOUR);
    }
  });
});

describe('long durations', () => {
  it('400 working days step a day at a time and finish quickly', () => {
    const started = performance.now();
    const monday0900 = at('2026-01-05T09:00:00Z');
    const due = dueAt(london, monday0900, 'P400D');
    // 80 working weeks: closing time on the Friday of the 80th week, in summer time.
    expect(iso(due)).toBe('2027-07-16T16:00:00.000Z');
    expect(businessTimeBetween(london, monday0900, due)).toBe(400 * 8 * HOUR);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the guard of business-time arithmetic', () => {
  const monday0900 = at('2026-01-05T09:00:00Z');
  const elapsedMs = (started: number) => performance.now() - started;

  it('refuses at once what no calendar could reach within 100 years, which used to stall a workflow task', () => {
    const started = performance.now();
    expect(() => dueAt(london, monday0900, 'P99999W')).toThrow(TimeArithmeticError);
    expect(() => dueAt(alwaysOpen, monday0900, 'P999999999D')).toThrow(TimeArithmeticError);
    expect(() => addBusinessTime(london, monday0900, Number.MAX_VALUE)).toThrow(TimeArithmeticError);
    expect(() => addBusinessTime(london, monday0900, Number.NaN)).toThrow(TimeArithmeticError);
    expect(elapsedMs(started)).toBeLessThan(100);
  });

  it('stops walking a calendar after 100 years, however few its hours, instead of spinning', () => {
    // A minute a week: the kind of calendar stored before the policy bounds existed.
    const minuteOnMondays = businessHours('Europe/London', '09:00', '09:01', [1]);
    const started = performance.now();
    expect(() => dueAt(minuteOnMondays, monday0900, 'P36000D')).toThrow(/do not fit in 36525 days/);
    expect(() => businessTimeBetween(minuteOnMondays, 0, at('2100-01-01T00:00:00Z'))).toThrow(TimeArithmeticError);
    expect(elapsedMs(started)).toBeLessThan(2000);
  });

  it('still answers the slowest case the policy bounds allow: 366 days of hours on an 8-hour week with 366 holidays', () => {
    const mondays = Array.from({ length: 366 }, (_, n) => iso(monday0900 + n * 7 * 24 * HOUR).slice(0, 10));
    const slowest: CalendarPolicy = { kind: 'business_hours', timeZone: 'Europe/London', workingDays: [1], opensAt: '09:00', closesAt: '17:00', holidays: mondays };
    const started = performance.now();
    const due = dueAt(slowest, monday0900, 'PT8784H');
    // 1,098 working Mondays after 366 Mondays off: closing time on the Monday 1,463 weeks on (London in winter).
    expect(iso(due)).toBe('2054-01-19T17:00:00.000Z');
    expect(businessTimeBetween(slowest, monday0900, due)).toBe(8784 * HOUR);
    expect(elapsedMs(started)).toBeLessThan(1500);
  });
});

describe('properties', () => {
  const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const localDate = fc
    .integer({ min: at('2020-01-01T00:00:00Z'), max: at('2031-12-31T00:00:00Z') })
    .map((instant) => iso(instant).slice(0, 10));

  const businessCalendar: fc.Arbitrary<CalendarPolicy> = fc
    .record({
      timeZone: fc.constantFrom('Europe/London', 'America/New_York', 'Asia/Kolkata'),
      workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      minutes: fc.uniqueArray(fc.integer({ min: 0, max: 24 * 60 - 1 }), { minLength: 2, maxLength: 2 }),
      holidays: fc.array(localDate, { maxLength: 20 }),
    })
    .map(({ timeZone, workingDays, minutes, holidays }) => {
      const [opensAt = 0, closesAt = 1] = [...minutes].sort((a, b) => a - b);
      return { kind: 'business_hours', timeZone, workingDays, opensAt: hhmm(opensAt), closesAt: hhmm(closesAt), holidays };
    });
  const anyCalendar = fc.oneof(fc.constant(alwaysOpen), businessCalendar);
  const start = fc.integer({ min: at('2020-01-01T00:00:00Z'), max: at('2030-12-31T23:59:59Z') });
  const upTo200WorkingDays = (calendar: CalendarPolicy) => fc.integer({ min: 0, max: durationOnCalendar(calendar, 'P200D') });

  it('business time between a start and the instant a duration is added to it is that duration', () => {
    fc.assert(
      fc.property(
        anyCalendar.chain((calendar) => fc.tuple(fc.constant(calendar), start, upTo200WorkingDays(calendar))),
        ([calendar, from, duration]) => {
          expect(businessTimeBetween(calendar, from, addBusinessTime(calendar, from, duration))).toBe(duration);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('adding more business time never ends earlier', () => {
    fc.assert(
      fc.property(
        anyCalendar.chain((calendar) =>
          fc.tuple(fc.constant(calendar), start, upTo200WorkingDays(calendar), upTo200WorkingDays(calendar)),
        ),
        ([calendar, from, first, second]) => {
          const [shorter, longer] = first <= second ? [first, second] : [second, first];
          expect(addBusinessTime(calendar, from, shorter)).toBeLessThanOrEqual(addBusinessTime(calendar, from, longer));
        },
      ),
      { numRuns: 200 },
    );
  });
});
