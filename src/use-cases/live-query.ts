import type { QueryDefinition } from '@temporalio/common';
import type { UseCaseContext } from './context';

/** How long a read waits for a workflow to answer before giving up. */
const LIVE_QUERY_TIMEOUT_MS = 5000;

/** Asks a running workflow for its state, within the read deadline. */
export function queryLive<State>(context: UseCaseContext, workflowId: string, query: QueryDefinition<State, []>): Promise<State> {
  return context.temporal.withDeadline(Date.now() + LIVE_QUERY_TIMEOUT_MS, () => context.temporal.workflow.getHandle(workflowId).query(query));
}

/**
 * The workflow's state: the state it finished with once it has (kept in PostgreSQL, since Temporal
 * removes finished workflows after the namespace's retention; read there first, so that a finished
 * process reads the same while Temporal is down), else live from the running workflow.
 */
export async function processState<State>(context: UseCaseContext, workflowId: string, query: QueryDefinition<State, []>): Promise<State> {
  const final = await context.db.processFinalState.findUnique({ where: { workflowId } });
  if (final) return final.state as State;
  return queryLive(context, workflowId, query);
}
