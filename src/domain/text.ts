import { z } from 'zod';

// The one rule for text that people type (subjects, reasons, notes, names) and for the names in
// policy documents. PostgreSQL cannot store NUL, and control characters in a subject or a name only
// ever come from a broken or hostile client: both are refused at the boundary with the field named,
// before anything is written or any process starts. Text is stored in Unicode NFC so that the same
// words compare equal however they were typed.

// Control characters (C0, DEL, C1); tab, line feed and carriage return only in multi-line text.
const SINGLE_LINE_FORBIDDEN = /\p{Cc}/u;
const MULTI_LINE_FORBIDDEN = /(?![\t\n\r])\p{Cc}/u;

function textWith(forbidden: RegExp, rule: string, max: number) {
  return z
    .string()
    .normalize('NFC')
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !forbidden.test(text), `must not contain ${rule}`);
}

/** One line of text: a subject, a name, a reason code's label. */
export function singleLineText(max: number) {
  return textWith(SINGLE_LINE_FORBIDDEN, 'control characters or line breaks', max);
}

/** Text that may span lines: a note, a reason, a resolution. */
export function multiLineText(max: number) {
  return textWith(MULTI_LINE_FORBIDDEN, 'control characters other than tab and line breaks', max);
}
