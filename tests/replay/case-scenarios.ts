import { randomUUID } from 'node:crypto';
import { workflowIds } from '../../src/domain/workflow-ids';
import { caseWorkflow } from '../../workflows/case';
import { caseStartUpdate } from '../../workflows/case-messages';
import type { TestApp } from '../support/harness';
import { runHistories } from '../support/histories';
import { startWorkflowDirectly } from '../support/start-workflow';

// A case that continues as new, for tests/replay/record-histories.ts. The API never sets the
// history bound, so the case's workflow is started here with a tiny one.

/**
 * Opened with a bound of 30 events, a callback promised and tried, the case transferred, a second
 * callback replacing the first, tried and kept, then closed; answers the runs' ids, first first.
 */
export async function caseContinuedAsNew(app: TestApp, team: { agent: string; otherAgent: string }): Promise<{ workflowId: string; runIds: string[] }> {
  const agent = await app.db.user.findFirstOrThrow({ where: { role: 'agent' } });
  const otto = await app.db.user.findFirstOrThrow({ where: { name: 'Otto Agent' } });
  const caseId = randomUUID();
  const workflowId = workflowIds.case(caseId);
  await startWorkflowDirectly(app, caseWorkflow, caseStartUpdate, {
    workflowId,
    args: [{ caseId, customerId: 'cust-replay', subject: 'Long case', channel: 'phone', openedBy: { id: agent.id, name: agent.name, role: 'agent' }, maxHistoryEvents: 30 }],
    caseId,
    customerId: 'cust-replay',
    status: 'open',
  });
  const post = (key: string, path: string, body: object) => app.request('POST', `/v1/cases/${caseId}/${path}`, { key, body });
  const promise = (key: string, seconds: number) => post(key, 'callbacks', { dueAt: new Date(Date.now() + seconds * 1000).toISOString(), note: 'Recording' });
  await promise(team.agent, 600);
  for (let attempt = 1; attempt <= 4; attempt += 1) await post(team.agent, 'callbacks/1/done', { outcome: 'no_answer' });
  await post(team.agent, 'transfer', { toUserId: otto.id, reason: 'Recording' });
  await promise(team.otherAgent, 900);
  await post(team.otherAgent, 'callbacks/2/done', { outcome: 'left_message' });
  await post(team.otherAgent, 'callbacks/2/done', { outcome: 'reached' });
  await post(team.otherAgent, 'close', { resolution: 'Recorded' });
  await app.temporal.workflow.getHandle(workflowId).result();
  return { workflowId, runIds: (await runHistories(app, workflowId)).map((run) => run.runId) };
}
