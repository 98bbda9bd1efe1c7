import { businessTimeBetween, durationOnCalendar } from './calendar';
import type { CalendarPolicy } from './policies';

// Promised callbacks: the rules the case's workflow and the API share.

export const CALLBACK_OUTCOMES = ['reached', 'left_message', 'no_answer'] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

/** open, kept (the customer was reached), replaced (by a newer promise), cancelled (the case closed). */
export const CALLBACK_STATUSES = ['open', 'kept', 'replaced', 'cancelled'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

/** The step (SLA) record of a callback: one per promise, numbered 1, 2, … on the case. */
export const CALLBACK_STEP = { name: 'callback', ownerRole: 'agent' } as const;

/** Only a call that reached the customer keeps the promise; a message or no answer leaves it open. */
export function keepsPromise(outcome: CallbackOutcome): boolean {
  return outcome === 'reached';
}

/** Whether the calendar is open at `instant` (its opening and closing minutes included). */
export function isWorkingTime(calendar: CalendarPolicy, instant: number): boolean {
  return businessTimeBetween(calendar, instant - 1000, instant + 1000) > 0;
}

/**
 * The SLA clock of a callback promised at `now` for `dueAt`: its target is the business time until
 * then (so it falls due at `dueAt`), and it warns (reminds the owner) `reminderBefore` of business
 * time ahead, at once when less is left.
 */
export function callbackClockTerms(calendar: CalendarPolicy, now: number, dueAt: number, reminderBefore: string): { target: string; warningFraction: number } {
  const targetMs = Math.max(1000, businessTimeBetween(calendar, now, dueAt));
  const leadMs = durationOnCalendar(calendar, reminderBefore);
  return { target: `PT${targetMs / 1000}S`, warningFraction: Math.max(0, (targetMs - leadMs) / targetMs) };
}
