// One application error with a code: use cases and the API's middleware throw it; src/api/problem.ts
// maps each code to an HTTP status, and nothing else does.

export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'idempotency_mismatch'
  | 'unstorable'
  | 'rate_limited'
  | 'internal'
  | 'unavailable';

/** The parts of a request a refused value can come in. */
export const FIELD_LOCATIONS = ['body', 'query', 'path', 'header'] as const;

export type FieldLocation = (typeof FIELD_LOCATIONS)[number];

/** A refused value: where it was, and why. */
export interface FieldError {
  in: FieldLocation;
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors: FieldError[] = [],
    /** For `rate_limited` and `unavailable`: when to try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** A validation error that names every refused field: `<in> <field>: <message>; …`. */
export function invalidInput(errors: FieldError[]): AppError {
  const detail = errors.map((error) => `${error.in} ${error.field || '(whole)'}: ${error.message}`).join('; ');
  return new AppError('validation', detail, errors);
}

export function invalidField(location: FieldLocation, field: string, message: string): AppError {
  return invalidInput([{ in: location, field, message }]);
}
