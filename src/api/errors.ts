import type { ErrorRequestHandler } from 'express';
import { isGrpcServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Logger } from 'pino';
import { redactLinkTokens } from '../customer-links/redact';
import { isDatabaseUnavailable } from '../db/unavailable';
import { AppError } from '../domain/errors';
import { FailureType } from '../domain/failures';
import { statusOf, toProblem } from './problem';

// Every error a request meets ends here, as a problem document (src/api/problem.ts).

const BODY_PARSER_ERRORS: Record<string, AppError> = {
  'entity.parse.failed': new AppError('validation', 'the body is not valid JSON', [
    { in: 'body', field: '', message: 'not valid JSON' },
  ]),
  'entity.too.large': new AppError('payload_too_large', 'the body is larger than the limit'),
  'encoding.unsupported': new AppError('unsupported_media_type', 'unsupported content encoding'),
  'charset.unsupported': new AppError('unsupported_media_type', 'unsupported charset'),
};

const GRPC_DEADLINE_EXCEEDED = 4;
const GRPC_UNAVAILABLE = 14;

/** How long a client is asked to wait before trying again when a server behind the API is down. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** The failure of an activity that PostgreSQL refused, anywhere in the chain of causes. */
function unstorableCause(error: unknown): ApplicationFailure | undefined {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof ApplicationFailure && cause.type === FailureType.unstorable) return cause;
  }
  return undefined;
}

/** What a failure from Temporal means to the caller, when it means something. */
function fromTemporal(error: unknown): AppError | undefined {
  const unstorable = unstorableCause(error);
  if (unstorable) return new AppError('unstorable', 'the database refused the data of this request; nothing further was done, and the failure is logged');
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    if (error.cause.type === FailureType.conflict) return new AppError('conflict', error.cause.message);
    if (error.cause.type === FailureType.forbidden) return new AppError('forbidden', error.cause.message);
    if (error.cause.type === FailureType.invalid) return new AppError('validation', error.cause.message);
    if (error.cause.type === FailureType.handingOver) return new AppError('unavailable', 'the process is handing over to its next run; try again shortly', [], 1);
  }
  if (error instanceof WorkflowNotFoundError) {
    return new AppError('conflict', 'the process has already finished');
  }
  const grpc = isGrpcServiceError(error) ? error : (error as { cause?: unknown }).cause;
  if (isGrpcServiceError(grpc) && grpc.code === GRPC_UNAVAILABLE) {
    return new AppError('unavailable', 'Temporal cannot be reached; try again shortly', [], UNAVAILABLE_RETRY_AFTER_SECONDS);
  }
  if (isGrpcServiceError(grpc) && grpc.code === GRPC_DEADLINE_EXCEEDED) {
    return new AppError('unavailable', 'the process did not answer in time (is a worker running?); try again', [], UNAVAILABLE_RETRY_AFTER_SECONDS);
  }
  return undefined;
}

function fromDatabase(error: unknown): AppError | undefined {
  if (!isDatabaseUnavailable(error)) return undefined;
  return new AppError('unavailable', 'the database cannot be reached; try again shortly', [], UNAVAILABLE_RETRY_AFTER_SECONDS);
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const type = (error as { type?: string }).type;
    const parserError = type === undefined ? undefined : BODY_PARSER_ERRORS[type];
    const known = error instanceof AppError ? error : (parserError ?? fromDatabase(error) ?? fromTemporal(error));
    const appError = known ?? new AppError('internal', 'an unexpected error occurred');
    const path = redactLinkTokens(req.path);
    if (known?.code === 'unavailable') logger.warn({ err: error, path }, 'a server behind the API is unavailable');
    if (!known) logger.error({ err: error, path }, 'unhandled error');
    if (known?.code === 'unstorable') logger.error({ err: error, path }, 'the database refused a process step');
    if (appError.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(appError.retryAfterSeconds));
    res.status(statusOf(appError)).type('application/problem+json').json(toProblem(appError, redactLinkTokens(req.originalUrl)));
  };
}
