import { ApplicationFailure } from '@temporalio/workflow';
import type { FailureKind, ProcessRefusal } from '../src/domain/refusals';

/**
 * A business refusal (conflict, forbidden, invalid) as the ApplicationFailure the API maps to one
 * HTTP status. Thrown from an update's validator it keeps the request out of history.
 */
export function refuse(type: FailureKind, message: string): ApplicationFailure {
  return ApplicationFailure.create({ type, message });
}

/** Throws the refusal a domain rule gave, if it gave one. */
export function enforce(refusal: ProcessRefusal | undefined): void {
  if (refusal) throw refuse(refusal.type, refusal.message);
}
