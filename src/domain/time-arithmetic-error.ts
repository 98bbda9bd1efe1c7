// The guard of business-time arithmetic (durations, due times, calendar loops). Valid policies stay
// decades inside it; a document stored before the policy bounds existed, or any other input that gets
// past them, meets this error at once instead of a loop that would stall the workflow task.

/** The furthest business-time arithmetic reaches from its start: 100 years. */
export const MAX_TIME_SPAN_DAYS = 36_525;
export const MAX_TIME_SPAN_MS = MAX_TIME_SPAN_DAYS * 86_400_000;

export class TimeArithmeticError extends RangeError {
  override readonly name = 'TimeArithmeticError';
}
