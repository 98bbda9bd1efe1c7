import { workflowInfo } from '@temporalio/workflow';

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
