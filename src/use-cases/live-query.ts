import type { QueryDefinition } from '@temporalio/common';
import type { ApiContext } from '../api/context';

/** How long a read waits for a workflow to answer before giving up. */
const LIVE_QUERY_TIMEOUT_MS = 5000;

/** Asks a running workflow for its state, within the read deadline. */
export function queryLive<State>(context: ApiContext, workflowId: string, query: QueryDefinition<State, []>): Promise<State> {
  return context.temporal.withDeadline(Date.now() + LIVE_QUERY_TIMEOUT_MS, () => context.temporal.workflow.getHandle(workflowId).query(query));
}
