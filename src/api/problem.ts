import { FIELD_LOCATIONS, type AppError, type ErrorCode } from '../domain/errors';
import { z } from '../schemas/zod';

// An application error as HTTP sees it: its status and an RFC 9457 problem document.

const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_mismatch: 422,
  unstorable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

const TITLE: Record<ErrorCode, string> = {
  validation: 'The request is not valid',
  unauthenticated: 'Authentication required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'Conflict with the current state',
  payload_too_large: 'Request body too large',
  unsupported_media_type: 'Unsupported media type',
  idempotency_mismatch: 'Idempotency key reused with another request',
  unstorable: 'The data cannot be stored',
  rate_limited: 'Too many requests',
  internal: 'Internal error',
  unavailable: 'Service unavailable',
};

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    errors: z
      .array(z.object({ in: z.enum(FIELD_LOCATIONS), field: z.string(), message: z.string() }))
      .optional(),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details' });

export type Problem = z.infer<typeof ProblemSchema>;

export function statusOf(error: AppError): number {
  return STATUS[error.code];
}

export function toProblem(error: AppError, instance: string): Problem {
  return {
    type: `/problems/${error.code.replaceAll('_', '-')}`,
    title: TITLE[error.code],
    status: statusOf(error),
    detail: error.message,
    instance,
    ...(error.errors.length ? { errors: error.errors } : {}),
  };
}
