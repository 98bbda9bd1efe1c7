import { ApplicationFailure } from '@temporalio/common';
import { FailureType } from '../src/domain/failures';

// An activity that PostgreSQL refuses for its data (a data exception or a broken constraint) would
// fail the same way on every retry, and the process would retry it forever. Such a failure is made
// non-retryable: the workflow step fails at once, and the HTTP call waiting on it gets a problem.

// SQLSTATE classes 22 (data exception) and 23 (integrity constraint), but for the unique violation
// that a concurrent writer can cause and that a retry resolves.
const UNSTORABLE_SQLSTATE = /^2[23](?!505)/;
// Prisma's own refusals of a value: too long, wrong type, missing, out of range, invalid.
const UNSTORABLE_PRISMA_CODES = new Set(['P2000', 'P2005', 'P2006', 'P2007', 'P2011', 'P2012', 'P2019', 'P2020', 'P2023', 'P2033']);

interface PrismaLikeError {
  name?: string;
  code?: string;
  message?: string;
  meta?: { driverAdapterError?: { cause?: { originalCode?: string } } };
}

export function isUnstorableData(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code, meta } = error as PrismaLikeError;
  if (name === 'PrismaClientValidationError') return true;
  const sqlState = meta?.driverAdapterError?.cause?.originalCode;
  if (sqlState !== undefined) return UNSTORABLE_SQLSTATE.test(sqlState);
  return code !== undefined && UNSTORABLE_PRISMA_CODES.has(code);
}

type AnyFunction = (...args: never[]) => Promise<unknown>;

/** The same activities, each failing non-retryably when PostgreSQL refuses its data. */
export function failUnstorableDataAtOnce<A extends Record<string, AnyFunction>>(activities: A): A {
  const wrapped: Record<string, AnyFunction> = {};
  for (const [name, activity] of Object.entries(activities)) {
    wrapped[name] = async (...args) => {
      try {
        return await activity(...args);
      } catch (error) {
        if (!isUnstorableData(error)) throw error;
        throw ApplicationFailure.create({
          type: FailureType.unstorable,
          message: `${name}: the database refused the data (${(error as PrismaLikeError).message?.split('\n').at(-1) ?? 'unknown'})`,
          nonRetryable: true,
          cause: error instanceof Error ? error : undefined,
        });
      }
    };
  }
  return wrapped as A;
}
