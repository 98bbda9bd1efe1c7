import { workflowInfo } from '@temporalio/workflow';
import { FailureType } from '../src/domain/failures';
import { refuse } from './refuse';

/**
 * Past this many bytes of history a long-lived process continues as new: far below Temporal's
 * limits (a warning at 10 MB, termination at 50 MB), so that no run's history passes 2 MB even
 * with the largest update it can take on top.
 */
export const HISTORY_BYTES_BEFORE_CONTINUING = 1_000_000;

/**
 * Whether a long-lived process's run should hand over to a new one: when the server suggests it,
 * past the history size above, or past `maxHistoryEvents` events when the run was started with it
 * (tests set it small).
 */
export function historyIsLong(maxHistoryEvents?: number): boolean {
  const info = workflowInfo();
  return (
    info.continueAsNewSuggested ||
    info.historySize >= HISTORY_BYTES_BEFORE_CONTINUING ||
    (maxHistoryEvents !== undefined && info.historyLength >= maxHistoryEvents)
  );
}

/**
 * For an update's validator: a bounded run whose history is long takes no more updates, so that its
 * handlers finish and it continues as new (a run that always has a handler running never would,
 * and its history would grow until Temporal ends it). The API sends a refused update again, and it
 * reaches the next run (src/temporal/retry-aborted-updates.ts). A validator leaves no history, so
 * this changes no run's commands.
 */
export function refuseWhileHandingOver(bounded: boolean, maxHistoryEvents?: number): void {
  if (bounded && historyIsLong(maxHistoryEvents)) throw refuse(FailureType.handingOver, 'the process is handing over to its next run');
}
