import { randomUUID } from 'node:crypto';
import { workflowIds } from '../../src/domain/workflow-ids';
import { handoffWorkflow } from '../../workflows/handoff';
import { handoffStartUpdate } from '../../workflows/handoff-messages';
import type { TestApp } from '../support/harness';
import { dealBody, handOver, handoffWhen, useHandoffPolicy } from '../support/handoffs';
import { startWorkflowDirectly } from '../support/start-workflow';

// The handoff's paths for tests/replay/record-histories.ts. A supervisor acts for the owner throughout.

type HandoffScenario = (app: TestApp, team: { admin: string; sales: string; supervisor: string; agent: string }) => Promise<string>;

const hour = { standard: 'PT1H', priority: 'PT1H', strategic: 'PT1H' };
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

function actor(app: TestApp, key: string, id: string) {
  return (path: string, body: object = {}) => app.request('POST', `/v1/handoffs/${id}/${path}`, { key, body });
}

async function finished(app: TestApp, workflowId: string): Promise<string> {
  await app.temporal.workflow.getHandle(workflowId).result();
  return workflowId;
}

/** Welcome, check-in, commitments fulfilled and waived, a promoter's answer: to completion. */
export const handoffCompleted: HandoffScenario = async (app, team) => {
  await useHandoffPolicy(app, team.admin, { welcomeContact: hour, checkIns: ['PT1S'], checkInContact: 'PT1H', surveyAt: 'PT2S', surveyWindow: 'PT1H' });
  const created = await handOver(app, team.sales, dealBody({ commitments: [{ description: 'Install on site' }, { description: 'Train staff', dueAt: inAnHour() }] }));
  const act = actor(app, team.supervisor, created.body.id);
  await act('contacts', { kind: 'welcome', outcome: 'no_answer' });
  await act('contacts', { kind: 'welcome', outcome: 'reached', note: 'Intro call' });
  await handoffWhen(app, team.supervisor, created.body.id, (handoff) => handoff.nextCheckIn?.status === 'due');
  await act('contacts', { kind: 'check_in', outcome: 'reached' });
  await act('commitments/1/fulfil', { note: 'Installed' });
  await act('commitments/2/waive', { reason: 'Trained in-house' });
  await handoffWhen(app, team.supervisor, created.body.id, (handoff) => handoff.survey?.status === 'sent');
  await act('survey-response', { score: 10, comment: 'Great' });
  return finished(app, created.body.workflowId);
};

/** A handoff started with a tiny history bound, so it continues as new; its survey goes unanswered. */
export const handoffContinuedAsNew: HandoffScenario = async (app, team) => {
  await useHandoffPolicy(app, team.admin, {
    welcomeContact: hour,
    checkIns: ['PT2S'],
    checkInContact: 'PT1H',
    commitmentReminderBefore: 'PT1H',
    surveyAt: 'PT1S',
    surveyWindow: 'PT3S',
  });
  const theCase = await app.request('POST', '/v1/cases', { key: team.agent, body: { customerId: 'cust-replay', subject: 'Handoff: long deal' } });
  const sales = await app.db.user.findFirstOrThrow({ where: { role: 'sales' } });
  const deal = dealBody();
  const handoffId = randomUUID();
  const workflowId = workflowIds.handoff(deal.dealId);
  await startWorkflowDirectly(app, handoffWorkflow, handoffStartUpdate, {
    workflowId,
    args: [
      {
        ...deal,
        handoffId,
        caseId: theCase.body.id,
        customer: { id: 'cust-replay', name: 'Rea Replay', email: 'rea@example.com', tier: 'priority' },
        commitments: [{ description: 'Deliver spare parts', dueAt: new Date(Date.now() + 3000).toISOString() }],
        handedOverBy: { id: sales.id, name: sales.name, role: 'sales' },
        maxHistoryEvents: 40,
      },
    ],
    caseId: theCase.body.id,
    customerId: 'cust-replay',
    status: 'welcome_pending',
  });
  const act = actor(app, team.supervisor, handoffId);
  await handoffWhen(app, team.supervisor, handoffId, (handoff) => handoff.commitments[0].escalationId !== null);
  await act('contacts', { kind: 'welcome', outcome: 'reached' });
  await act('commitments/1/fulfil');
  await handoffWhen(app, team.supervisor, handoffId, (handoff) => handoff.nextCheckIn?.status === 'due');
  await act('contacts', { kind: 'check_in', outcome: 'reached' });
  return finished(app, workflowId);
};

export const HANDOFF_SCENARIOS: Record<string, HandoffScenario> = {
  'handoff-welcomed-checked-in-promoter-completed': handoffCompleted,
  'handoff-welcome-missed-commitment-overdue-detractor': async (app, team) => {
    await useHandoffPolicy(app, team.admin, {
      welcomeContact: { ...hour, standard: 'PT1S' },
      checkIns: ['PT1S'],
      checkInContact: 'PT1S',
      commitmentReminderBefore: 'PT1S',
      surveyAt: 'PT4S',
      surveyWindow: 'PT1H',
      warningFraction: 0.5,
    });
    const dueAt = new Date(Date.now() + 2000).toISOString();
    const created = await handOver(app, team.sales, dealBody({ commitments: [{ description: 'Deliver spare parts', dueAt }] }));
    const id = created.body.id;
    const act = actor(app, team.supervisor, id);
    await handoffWhen(app, team.supervisor, id, (handoff) => handoff.escalations.length === 2);
    await act('contacts', { kind: 'welcome', outcome: 'reached' });
    await handoffWhen(app, team.supervisor, id, (handoff) => handoff.openClocks.some((clock: any) => clock.step === 'check_in' && clock.breachedAt));
    await act('contacts', { kind: 'check_in', outcome: 'reached' });
    await act('commitments/1/fulfil');
    await handoffWhen(app, team.supervisor, id, (handoff) => handoff.survey?.status === 'sent');
    await act('survey-response', { score: 2, comment: 'Nobody called back' });
    return finished(app, created.body.workflowId);
  },
  'handoff-continued-as-new-survey-unanswered': handoffContinuedAsNew,
};
