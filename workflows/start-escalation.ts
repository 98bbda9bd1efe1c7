import { ParentClosePolicy, startChild, uuid4 } from '@temporalio/workflow';
import { workflowIds } from '../src/domain/workflow-ids';
import type { EscalationRequest } from '../src/domain/messages/escalation';
import { escalationWorkflow } from './escalation';
import { processSearchAttributes } from './search-attributes';

/**
 * Raises an escalation from another process (a return's repair, a handoff's missed contact or a
 * detractor's answer) as a child workflow with its own id; it lives on when the parent finishes.
 */
export async function startEscalation(request: Omit<EscalationRequest, 'escalationId'>): Promise<string> {
  const escalationId = uuid4();
  await startChild(escalationWorkflow, {
    workflowId: workflowIds.escalation(escalationId),
    args: [{ ...request, escalationId }],
    parentClosePolicy: ParentClosePolicy.ABANDON,
    typedSearchAttributes: processSearchAttributes({ caseId: request.caseId, customerId: request.customerId, status: 'open' }),
  });
  return escalationId;
}
