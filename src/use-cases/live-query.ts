import type { QueryDefinition } from '@temporalio/common';
import type { UseCaseContext } from './context';

/** How long a read waits for a workflow to answer before giving up. */
const LIVE_QUERY_TIMEOUT_MS = 5000;

/** Asks a running workflow for its state, within the read deadline. */
export function queryLive<State>(context: UseCaseContext, workflowId: string, query: QueryDefinition<State, []>): Promise<State> {
  return context.temporal.withDeadline(Date.now() + LIVE_QUERY_TIMEOUT_MS, () => context.temporal.workflow.getHandle(workflowId).query(query));
}

/**
 * The workflow's state: live while Temporal can answer, else the state it finished with (kept in
 * PostgreSQL, since Temporal removes finished workflows after the namespace's retention).
 */
export async function processState<State>(context: UseCaseContext, workflowId: string, query: QueryDefinition<State, []>): Promise<State> {
  try {
    return await queryLive(context, workflowId, query);
  } catch (error) {
    const final = await context.db.processFinalState.findUnique({ where: { workflowId } });
    if (!final) throw error;
    context.logger.info({ workflowId, reason: (error as Error).message }, 'answering with the state the process finished with');
    return final.state as State;
  }
}
