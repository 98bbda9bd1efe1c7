import { randomUUID } from 'node:crypto';
import { workflowIds } from '../../src/domain/workflow-ids';
import { escalationWorkflow } from '../../workflows/escalation';
import { escalationStartUpdate } from '../../workflows/escalation-messages';
import type { TestApp } from '../support/harness';
import { runHistories } from '../support/histories';
import { startWorkflowDirectly } from '../support/start-workflow';

// An escalation that continues as new, for tests/replay/record-histories.ts. The API never sets the
// history bound, so the escalation is started here with a tiny one.

/** Raised with a bound of 30 events, acknowledged, noted a dozen times, resolved and confirmed; answers the runs' ids, first first. */
export async function escalationContinuedAsNew(app: TestApp, team: { agent: string }): Promise<{ workflowId: string; runIds: string[] }> {
  const theCase = await app.request('POST', '/v1/cases', { key: team.agent, body: { customerId: 'cust-replay', subject: 'Long escalation' } });
  const agent = await app.db.user.findFirstOrThrow({ where: { role: 'agent' } });
  const escalationId = randomUUID();
  const workflowId = workflowIds.escalation(escalationId);
  await startWorkflowDirectly(app, escalationWorkflow, escalationStartUpdate, {
    workflowId,
    args: [
      {
        escalationId,
        caseId: theCase.body.id,
        customerId: 'cust-replay',
        severity: 'P3',
        category: 'replay',
        reason: 'Recording',
        raisedBy: { id: agent.id, name: agent.name, role: 'agent' },
        source: null,
        maxHistoryEvents: 30,
      },
    ],
    caseId: theCase.body.id,
    customerId: 'cust-replay',
    status: 'open',
  });
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
