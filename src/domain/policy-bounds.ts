import { z } from 'zod';
import { singleLineText } from './text';
import { minutesAfterMidnight } from './local-time';
import { elapsedMsOf, isoDurationToMs, parseIsoDuration } from './duration';
import { MAX_AMOUNT_MINOR } from './money';

// The bounds of policy fields: whatever an admin saves, every workflow that runs with it computes its
// due times in milliseconds. Durations are measured on a 24x7 clock (P1D = 24 hours, P1W = 7 days).
// Worst case on a business-hours calendar: a target of PT8784H (366 days) on a working week of 8 hours,
// plus 366 holidays on the only working day, falls due about 1,464 weeks (28 years) ahead, well inside
// the 100 years the calendar arithmetic allows itself (MAX_TIME_SPAN_DAYS).

/** SLA targets, timers and reminders: seconds are allowed, so that tests and demos run in real time. */
export const STEP_DURATION = { min: 'PT1S', max: 'P366D' } as const;
/** Windows of calendar days (goodwill, return windows): a window shorter than a day would switch the rule off. */
export const WINDOW_DURATION = { min: 'P1D', max: 'P366D' } as const;
export const MIN_WORKING_WEEK_MINUTES = 8 * 60;
export const MAX_HOLIDAYS = 366;
export const MAX_CATEGORIES = 100;
export const MAX_CHECK_INS = 12;

const MAX_DURATION_TEXT = 40;

export function isoDurationBetween({ min, max }: { min: string; max: string }) {
  const [minMs, maxMs] = [isoDurationToMs(min), isoDurationToMs(max)];
  return z
    .string()
    .max(MAX_DURATION_TEXT, { abort: true })
    .superRefine((text, context) => {
      const parts = parseIsoDuration(text);
      if (!parts) {
        context.addIssue({ code: 'custom', message: 'must be an ISO-8601 duration such as PT4H, P1D or PT30S' });
        return;
      }
      const ms = elapsedMsOf(parts);
      if (!(ms >= minMs && ms <= maxMs)) context.addIssue({ code: 'custom', message: `must be from ${min} to ${max}` });
    })
    .describe(`An ISO-8601 duration from ${min} to ${max} (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day)`);
}

export const amountMinor = z.number().int().min(0).max(MAX_AMOUNT_MINOR, `must be at most ${MAX_AMOUNT_MINOR} minor units`);

/** Strictly between 0 and 1: a warning at 0 or at the target itself would be no warning. */
export const fraction = z.number().gt(0).lt(1);

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
export const currencyCode = z.string().refine((code) => CURRENCIES.has(code), 'must be an ISO-4217 currency code such as EUR');

/** A product category, by the same rule as the order lines that carry it. */
export const category = singleLineText(64);

export const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)');

export const timeZone = z
  .string()
  .max(64)
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'must be an IANA time zone such as Europe/Berlin' },
  );

export function unique<T>(values: readonly T[]): boolean {
  return new Set(values).size === values.length;
}

/** Opening hours × working days, in minutes. */
export function workingWeekMinutes(calendar: { workingDays: readonly number[]; opensAt: string; closesAt: string }): number {
  return new Set(calendar.workingDays).size * (minutesAfterMidnight(calendar.closesAt) - minutesAfterMidnight(calendar.opensAt));
}
