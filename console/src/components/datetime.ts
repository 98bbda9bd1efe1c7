// `<input type="datetime-local">` speaks the browser's local time without a zone; the API, ISO 8601.

/** An instant as the value of a datetime-local input, in the browser's time zone. */
export function toLocalInput(at: Date): string {
  const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** A datetime-local value as an ISO instant; undefined when empty or not a time. */
export function fromLocalInput(value: string): string | undefined {
  const at = new Date(value);
  return value === '' || Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}
