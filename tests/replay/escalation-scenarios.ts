import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { EscalationCarryOver, EscalationRequest, EscalationState } from '../../src/domain/messages/escalation';
import { DEFAULT_POLICIES, type CalendarPolicy } from '../../src/domain/policies';
import type { SlaClockSnapshot } from '../../src/domain/sla-clock';
import { workflowIds } from '../../src/domain/workflow-ids';
import { escalationWorkflow } from '../../workflows/escalation';
import { acknowledgeUpdate, escalationStartUpdate } from '../../workflows/escalation-messages';
import { processSearchAttributes } from '../../workflows/search-attributes';
import type { TestApp } from '../support/harness';
import { runHistories } from '../support/histories';
import { startWorkflowDirectly } from '../support/start-workflow';

// Escalations that continue as new, for tests/replay/record-histories.ts and the integration tests.
// The API never sets the history bound, so the escalation is started here with a tiny one.

/** A P3 raised on a new case straight to the workflow, with a bound of 30 history events. */
async function raiseWithTinyBound(app: TestApp, agentKey: string, subject: string) {
  const theCase = await app.request('POST', '/v1/cases', { key: agentKey, body: { customerId: 'cust-replay', subject } });
  const agent = await app.db.user.findFirstOrThrow({ where: { role: 'agent' } });
  const by = { id: agent.id, name: agent.name, role: 'agent' as const };
  const escalationId = randomUUID();
  const workflowId = workflowIds.escalation(escalationId);
  const request: EscalationRequest = {
    escalationId,
    caseId: theCase.body.id,
    customerId: 'cust-replay',
    severity: 'P3',
    category: 'replay',
    reason: 'Recording',
    raisedBy: by,
    source: null,
    maxHistoryEvents: 30,
  };
  const start = { workflowId, caseId: theCase.body.id, customerId: 'cust-replay', status: 'open' };
  const raised = await startWorkflowDirectly(app, escalationWorkflow, escalationStartUpdate, { ...start, args: [request] });
  return { by, escalationId, workflowId, request, start, raised };
}

/** Raised with a bound of 30 events, acknowledged, noted a dozen times, resolved and confirmed; answers the runs' ids, first first. */
export async function escalationContinuedAsNew(app: TestApp, team: { agent: string }): Promise<{ workflowId: string; runIds: string[] }> {
  const { escalationId, workflowId } = await raiseWithTinyBound(app, team.agent, 'Long escalation');
  const act = (name: string, body: object = {}) => app.request('POST', `/v1/escalations/${escalationId}/${name}`, { key: team.agent, body });
  await act('acknowledge');
  for (let n = 1; n <= 12; n += 1) await act('notes', { text: `Note ${n}` });
  await act('wait-on-customer');
  await act('notes', { text: 'While waiting' });
  await act('customer-replied');
  await act('resolve', { resolutionCode: 'fixed' });
  await act('confirm');
  await app.temporal.workflow.getHandle(workflowId).result();
  return { workflowId, runIds: (await runHistories(app, workflowId)).map((run) => run.runId) };
}

/**
 * A continued run that takes an update sent with its start, as one the previous run could not take
 * is sent again to the next: raised, its run ended, and started again from what it carried, with
 * an acknowledgement. The acknowledge clock carried over is due `ackSeconds` after the raise.
 */
export async function escalationAcknowledgedAsItContinues(app: TestApp, agentKey: string, ackSeconds: number): Promise<{ escalationId: string; workflowId: string; acknowledged: EscalationState }> {
  const { by, escalationId, workflowId, request, start, raised } = await raiseWithTinyBound(app, agentKey, 'Continued escalation');
  await app.temporal.workflow.getHandle(workflowId).terminate('continued by the test');

  const policy = DEFAULT_POLICIES.escalations;
  const calendar: CalendarPolicy = { kind: '24x7' };
  const clock = (step: string, target: string, startedAt: number, dueAt: number): SlaClockSnapshot => ({
    options: { workflowId, process: 'escalation', caseId: request.caseId, step, sequence: 1, ownerRole: 'agent', calendar, target, warningFraction: policy.warningFraction },
    startedAt,
    dueAt,
    warnedAt: null,
    breachedAt: null,
    pausedSince: null,
    pauses: [],
  });
  const raisedAt = Date.parse(raised.raisedAt);
  const carriedOver: EscalationCarryOver = {
    state: raised,
    revision: 1,
    ackSequence: 1,
    policy,
    calendar,
    clocks: { ack: clock('acknowledge', `PT${ackSeconds}S`, raisedAt, raisedAt + ackSeconds * 1000), resolve: clock('resolve', 'PT1H', raisedAt, raisedAt + 3_600_000) },
  };
  const acknowledged = await app.temporal.workflow.executeUpdateWithStart(acknowledgeUpdate, {
    args: [{ by }],
    startWorkflowOperation: new WithStartWorkflowOperation(escalationWorkflow, {
      workflowId,
      taskQueue: app.taskQueue,
      workflowIdConflictPolicy: 'FAIL',
      args: [request, carriedOver],
      typedSearchAttributes: processSearchAttributes(start),
    }),
  });
  return { escalationId, workflowId, acknowledged };
}
