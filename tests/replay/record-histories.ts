import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { DEFAULT_POLICIES } from '../../src/domain/policies';
import { creditTeam, euros, requestCredit } from '../support/credits';
import { createOrder } from '../support/returns';
import { startTestApp, type TestApp } from '../support/harness';
import { caseContinuedAsNew } from './case-scenarios';
import { escalationAcknowledgedAsItContinues, escalationContinuedAsNew } from './escalation-scenarios';
import { HANDOFF_SCENARIOS, handoffCompleted, handoffContinuedAsNew } from './handoff-scenarios';
import { INFRASTRUCTURE_ENV, startInfrastructure } from '../support/infrastructure';
import { quietTemporalRuntime } from '../support/runtime';
import { eventually } from '../support/wait';

// `npm run histories:record`: runs each workflow scenario that has no recorded history yet on a real
// dev server and stores its history under tests/replay/histories, which the replay test replays
// against the current code. Add a scenario when a workflow gains a path; never re-record an
// existing history to make a replay pass (histories of old code are what catch breaking changes).

type Team = Awaited<ReturnType<typeof creditTeam>> & { admin: string; sales: string; warehouse: string };
/** Answers the workflow whose history to record: its latest run, or the run named. */
type Scenario = (app: TestApp, team: Team) => Promise<string | { workflowId: string; runId: string }>;

let orders = 0;

/** Starts a return of a fresh order's single line and returns its id and workflow id. */
async function startReturn(app: TestApp, team: Team, options: { resolution: string; deliveredDaysAgo?: number; minor?: number }) {
  orders += 1;
  const orderId = `ORD-REPLAY-${orders}`;
  await createOrder(app, team.sales, orderId, 'cust-replay', options.deliveredDaysAgo ?? 2, [
    { sku: 'ITEM', category: 'kitchen', qty: 1, minor: options.minor ?? 4000 },
  ]);
  const started = await app.request('POST', '/v1/returns', {
    key: team.agent,
    body: { orderId, customerId: 'cust-replay', resolution: options.resolution, lines: [{ sku: 'ITEM', qty: 1, reason: 'defective', condition: 'opened' }] },
  });
  return started.body as { id: string; workflowId: string };
}

async function receiveAndInspect(app: TestApp, team: Team, returnId: string, grade: string) {
  await app.request('POST', `/v1/returns/${returnId}/receipt`, { key: team.warehouse, body: { lines: [{ sku: 'ITEM', qty: 1 }] } });
  await app.request('POST', `/v1/returns/${returnId}/inspection`, { key: team.warehouse, body: { lines: [{ sku: 'ITEM', grade }] } });
}

async function finished(app: TestApp, workflowId: string): Promise<string> {
  await app.temporal.workflow.getHandle(workflowId).result();
  return workflowId;
}

async function workEscalationToTheEnd(app: TestApp, { agent, supervisor }: Team): Promise<string> {
  const theCase = await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'cust-replay', subject: 'Escalate me' } });
  const raised = await app.request('POST', '/v1/escalations', {
    key: agent,
    body: { caseId: theCase.body.id, severity: 'P3', category: 'replay', reason: 'Recording' },
  });
  const act = (name: string, key: string, body: object = {}) =>
    app.request('POST', `/v1/escalations/${raised.body.id}/${name}`, { key, body });
  await act('acknowledge', agent);
  await act('notes', agent, { text: 'Looking' });
  await act('wait-on-customer', agent);
  await act('customer-replied', agent);
  await act('escalate', supervisor, { reason: 'Specialist needed' });
  await act('acknowledge', supervisor);
  await act('resolve', supervisor, { resolutionCode: 'fixed' });
  await act('confirm', agent);
  return finished(app, raised.body.workflowId);
}

const goodwillPostedAtOnce: Scenario = async (app, { agent }) => {
  const credit = await requestCredit(app, agent, { customerId: 'cust-replay', amount: euros(4000), kind: 'goodwill' });
  return finished(app, credit.body.workflowId);
};

const refundPostedAtOnce: Scenario = async (app, team) => {
  const started = await startReturn(app, team, { resolution: 'refund' });
  await receiveAndInspect(app, team, started.id, 'opened');
  return finished(app, started.workflowId);
};

/** A case's owner and callbacks: transferred, a callback reminded, missed, tried, kept, another cancelled by the close. */
const ownedCaseWithCallbacks: Scenario = async (app, { agent, otherAgent, admin }) => {
  await app.request('PUT', '/v1/policies/calendar', { key: admin, body: { kind: '24x7' } });
  await app.request('PUT', '/v1/policies/cases', { key: admin, body: { callbackReminderBefore: 'PT1S', firstContactResolutionWindow: 'P1D' } });
  const opened = await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'cust-replay', subject: 'Call me back', category: 'billing' } });
  const caseId: string = opened.body.id;
  const otto = await app.db.user.findFirstOrThrow({ where: { name: 'Otto Agent' } });
  await app.request('POST', `/v1/cases/${caseId}/transfer`, { key: agent, body: { toUserId: otto.id, reason: 'Recording' } });
  const promise = (seconds: number) =>
    app.request('POST', `/v1/cases/${caseId}/callbacks`, { key: otherAgent, body: { dueAt: new Date(Date.now() + seconds * 1000).toISOString(), note: 'Recording' } });
  await promise(2);
  await eventually(async () => ((await app.db.stepRecord.findFirst({ where: { caseId, step: 'callback', breachedAt: { not: null } } })) ? true : undefined));
  await app.request('POST', `/v1/cases/${caseId}/callbacks/1/done`, { key: otherAgent, body: { outcome: 'no_answer' } });
  await app.request('POST', `/v1/cases/${caseId}/callbacks/1/done`, { key: otherAgent, body: { outcome: 'reached' } });
  await promise(600);
  await promise(900);
  await app.request('POST', `/v1/cases/${caseId}/close`, { key: otherAgent, body: {} });
  return finished(app, opened.body.workflowId);
};

/** A case told by the credit on it that it posted: its owner is notified. */
const caseToldCreditPosted: Scenario = async (app, { agent }) => {
  const opened = await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'cust-replay', subject: 'Credit me' } });
  const credit = await requestCredit(app, agent, { customerId: 'cust-replay', caseId: opened.body.id, amount: euros(4000), kind: 'goodwill' });
  await finished(app, credit.body.workflowId);
  await eventually(async () => ((await app.db.notification.findFirst({ where: { template: 'case.process_finished', payload: { path: ['id'], equals: credit.body.id } } })) ? true : undefined));
  await app.request('POST', `/v1/cases/${opened.body.id}/close`, { key: agent, body: {} });
  return finished(app, opened.body.workflowId);
};

const SCENARIOS: Record<string, Scenario> = {
  'case-open-close': async (app, { agent: key }) => {
    const opened = await app.request('POST', '/v1/cases', { key, body: { customerId: 'cust-replay', subject: 'Replay me' } });
    await app.request('POST', `/v1/cases/${opened.body.id}/close`, { key, body: { resolution: 'Done' } });
    await app.temporal.workflow.getHandle(opened.body.workflowId).result();
    return opened.body.workflowId;
  },
  'case-open-rejected-double-close': async (app, { agent: key }) => {
    const opened = await app.request('POST', '/v1/cases', { key, body: { customerId: 'cust-replay', subject: 'Twice' } });
    await Promise.all([
      app.request('POST', `/v1/cases/${opened.body.id}/close`, { key, body: {} }),
      app.request('POST', `/v1/cases/${opened.body.id}/close`, { key, body: {} }),
    ]);
    await app.temporal.workflow.getHandle(opened.body.workflowId).result();
    return opened.body.workflowId;
  },
  'case-open-running': async (app, { agent: key }) => {
    const opened = await app.request('POST', '/v1/cases', { key, body: { customerId: 'cust-replay', subject: 'Still open' } });
    return opened.body.workflowId;
  },
  'credit-goodwill-posted-at-once': goodwillPostedAtOnce,
  'credit-refund-approved-by-accounting': async (app, { agent, otherAgent, accounting }) => {
    const credit = await requestCredit(app, agent, { customerId: 'cust-replay', amount: euros(90_000), kind: 'refund' });
    await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: otherAgent, body: {} });
    await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: accounting, body: { note: 'ok' } });
    return finished(app, credit.body.workflowId);
  },
  'credit-dual-control': async (app, { agent, accounting, otherAccounting, manager }) => {
    const credit = await requestCredit(app, agent, { customerId: 'cust-replay', amount: euros(750_000), kind: 'refund' });
    await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: accounting, body: {} });
    await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: otherAccounting, body: {} });
    await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: manager, body: {} });
    return finished(app, credit.body.workflowId);
  },
  'credit-dual-control-approval-rows-first': async (app, { agent, accounting, manager }) => {
    const credit = await requestCredit(app, agent, { customerId: 'cust-replay', amount: euros(750_000), kind: 'refund' });
    await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: accounting, body: { note: 'first' } });
    await app.request('POST', `/v1/credits/${credit.body.id}/approve`, { key: manager, body: { note: 'second' } });
    return finished(app, credit.body.workflowId);
  },
  'case-open-refused-by-the-database': async (app, { agent }) => {
    await app.db.$executeRawUnsafe(`ALTER TABLE "cases" ADD CONSTRAINT "replay_refuses" CHECK ("subject" <> 'Refused')`);
    await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'cust-replay-refused', subject: 'Refused' } });
    await app.db.$executeRawUnsafe(`ALTER TABLE "cases" DROP CONSTRAINT "replay_refuses"`);
    const workflowId = await eventually(async () => {
      for await (const workflow of app.temporal.workflow.list({ query: `CustomerId = 'cust-replay-refused'` })) return workflow.workflowId;
      return undefined;
    });
    await app.temporal.workflow.getHandle(workflowId).result().catch(() => undefined);
    return workflowId;
  },
  'return-receipt-and-inspection-at-once': async (app, team) => {
    const started = await startReturn(app, team, { resolution: 'exchange' });
    const receipt = app.request('POST', `/v1/returns/${started.id}/receipt`, { key: team.warehouse, body: { lines: [{ sku: 'ITEM', qty: 1 }] } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await app.request('POST', `/v1/returns/${started.id}/inspection`, { key: team.warehouse, body: { lines: [{ sku: 'ITEM', grade: 'defective_confirmed' }] } });
    await receipt;
    await app.request('POST', `/v1/returns/${started.id}/inspection`, { key: team.warehouse, body: { lines: [{ sku: 'ITEM', grade: 'defective_confirmed' }] } });
    return finished(app, started.workflowId);
  },
  'credit-rejected': async (app, { agent, supervisor }) => {
    const credit = await requestCredit(app, agent, { customerId: 'cust-replay', amount: euros(20_000), kind: 'store_credit' });
    await app.request('POST', `/v1/credits/${credit.body.id}/reject`, { key: supervisor, body: { reason: 'duplicate' } });
    return finished(app, credit.body.workflowId);
  },
  'credit-recalled': async (app, { agent }) => {
    const credit = await requestCredit(app, agent, { customerId: 'cust-replay', amount: euros(20_000), kind: 'refund' });
    await app.request('POST', `/v1/credits/${credit.body.id}/recall`, { key: agent, body: {} });
    return finished(app, credit.body.workflowId);
  },
  'escalation-acknowledged-waited-resolved-confirmed': workEscalationToTheEnd,
  // The same path after the pause was recorded and ProcessStatus upserted on reply and resolve.
  'escalation-worked-with-recorded-pause': workEscalationToTheEnd,
  'credit-warned-escalated-expired': async (app, { agent, admin }) => {
    await app.request('PUT', '/v1/policies/calendar', { key: admin, body: { kind: '24x7' } });
    const fast = { ...DEFAULT_POLICIES.credits, decision: { target: 'PT1S' }, warningFraction: 0.5, expiresAfter: 'PT3S' };
    await app.request('PUT', '/v1/policies/credits', { key: admin, body: fast });
    const credit = await requestCredit(app, agent, { customerId: 'cust-replay', amount: euros(90_000), kind: 'refund' });
    return finished(app, credit.body.workflowId);
  },
  'return-refund-posted-at-once': refundPostedAtOnce,
  'return-refund-waits-for-accounting': async (app, team) => {
    const started = await startReturn(app, team, { resolution: 'refund', minor: 90_000 });
    await receiveAndInspect(app, team, started.id, 'defective_confirmed');
    const credit = await new Promise<string>((resolve) => {
      const poll = async () => {
        const read = await app.request('GET', `/v1/returns/${started.id}`, { key: team.agent });
        if (read.body.creditId) resolve(read.body.creditId);
        else setTimeout(() => void poll(), 200);
      };
      void poll();
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await app.request('POST', `/v1/credits/${credit}/approve`, { key: team.accounting, body: {} });
    return finished(app, started.workflowId);
  },
  'return-ineligible-then-exception-then-cancelled': async (app, team) => {
    const started = await startReturn(app, team, { resolution: 'store_credit', deliveredDaysAgo: 45 });
    await app.request('POST', `/v1/returns/${started.id}/exception`, { key: team.supervisor, body: { reason: 'Goodwill' } });
    await app.request('POST', `/v1/returns/${started.id}/cancel`, { key: team.agent, body: { reason: 'Kept it' } });
    return finished(app, started.workflowId);
  },
  'return-exchange': async (app, team) => {
    const started = await startReturn(app, team, { resolution: 'exchange' });
    await receiveAndInspect(app, team, started.id, 'as_new');
    return finished(app, started.workflowId);
  },
  'return-repair-escalated': async (app, team) => {
    const started = await startReturn(app, team, { resolution: 'repair' });
    await receiveAndInspect(app, team, started.id, 'defective_confirmed');
    return finished(app, started.workflowId);
  },
  'return-refused-damage': async (app, team) => {
    const started = await startReturn(app, team, { resolution: 'refund' });
    await receiveAndInspect(app, team, started.id, 'damaged_by_customer');
    return finished(app, started.workflowId);
  },
  'return-expired': async (app, team) => {
    await app.request('PUT', '/v1/policies/returns', {
      key: team.admin,
      body: { ...DEFAULT_POLICIES.returns, reminderAfter: 'PT1S', expiresAfter: 'PT2S' },
    });
    const started = await startReturn(app, team, { resolution: 'refund' });
    return finished(app, started.workflowId);
  },
  'escalation-unacknowledged-climbs-then-auto-closes': climbsThenAutoCloses,
  ...HANDOFF_SCENARIOS,
  // The same paths once a finished process keeps its final state (the record-final-state patch).
  'credit-goodwill-posted-final-state-kept': goodwillPostedAtOnce,
  'return-refund-posted-final-state-kept': refundPostedAtOnce,
  'escalation-confirmed-final-state-kept': workEscalationToTheEnd,
  'handoff-completed-final-state-kept': handoffCompleted,
  // The owner chosen and recorded under one lock (the handoff-owner-assigned-under-lock patch).
  'handoff-completed-owner-assigned-under-lock': handoffCompleted,
  // Notes and contacts in PostgreSQL, each change written alone, continued as new when the history
  // is long (the escalation-bounded-state and handoff-bounded-state patches).
  'escalation-bounded-state-worked-to-the-end': workEscalationToTheEnd,
  'escalation-bounded-state-first-run-continued-as-new': async (app, team) => {
    const { workflowId, runIds } = await escalationContinuedAsNew(app, team);
    return { workflowId, runId: runIds[0] ?? '' };
  },
  'escalation-bounded-state-last-run-confirmed': async (app, team) => {
    const { workflowId, runIds } = await escalationContinuedAsNew(app, team);
    return { workflowId, runId: runIds.at(-1) ?? '' };
  },
  // A case's owner, transfers, callbacks and the processes that tell it they finished (the
  // case-policies-at-open and tell-case-when-finished patches).
  'case-owner-transferred-callback-missed-kept-cancelled': ownedCaseWithCallbacks,
  'case-told-credit-posted': caseToldCreditPosted,
  'credit-goodwill-posted-case-told': goodwillPostedAtOnce,
  'return-refund-posted-case-told': refundPostedAtOnce,
  'escalation-confirmed-case-told': workEscalationToTheEnd,
  // A continued run that takes an update with its start has its clocks first (the
  // escalation-clocks-before-handlers patch).
  'escalation-clocks-before-handlers-acknowledged-as-it-continues': async (app, team) => {
    const { escalationId, workflowId } = await escalationAcknowledgedAsItContinues(app, team.agent, 3600);
    const act = (name: string, key: string, body: object = {}) => app.request('POST', `/v1/escalations/${escalationId}/${name}`, { key, body });
    await act('resolve', team.supervisor, { resolutionCode: 'fixed' });
    await act('confirm', team.agent);
    return finished(app, workflowId);
  },
  // Last: it leaves a policy with a one-second auto-close.
  'escalation-bounded-state-climbs-then-auto-closes': climbsThenAutoCloses,
  'handoff-bounded-state-completed': handoffCompleted,
  'handoff-bounded-state-continued-as-new-survey-unanswered': handoffContinuedAsNew,
  // A case that continues as new, carrying its open callback and its clock (the case-continues-as-new
  // patch), and the same case's paths from one run (ownership, callbacks, told by a process).
  'case-continues-as-new-first-run': async (app, team) => {
    const { workflowId, runIds } = await caseContinuedAsNew(app, team);
    return { workflowId, runId: runIds[0] ?? '' };
  },
  'case-continues-as-new-last-run-closed': async (app, team) => {
    const { workflowId, runIds } = await caseContinuedAsNew(app, team);
    return { workflowId, runId: runIds.at(-1) ?? '' };
  },
  'case-continues-as-new-owner-transferred-callback-missed-kept-cancelled': ownedCaseWithCallbacks,
  'case-continues-as-new-told-credit-posted': caseToldCreditPosted,
};

/**
 * The escalation and handoff paths again once a change carries the messages it calls for (the
 * escalation-notices-with-change and handoff-notices-with-change patches), recorded as
 * `<process>-notices-with-change-<path>`. The auto-closing escalation last: it leaves a fast policy behind.
 */
const NOTICED_PATHS = {
  'escalation-worked-to-the-end': workEscalationToTheEnd,
  'handoff-welcomed-checked-in-promoter-completed': handoffCompleted,
  'handoff-welcome-missed-commitment-overdue-detractor': HANDOFF_SCENARIOS['handoff-welcome-missed-commitment-overdue-detractor'],
  'handoff-continued-as-new-survey-unanswered': handoffContinuedAsNew,
  'escalation-climbs-then-auto-closes': climbsThenAutoCloses,
};
for (const [name, scenario] of Object.entries(NOTICED_PATHS)) {
  if (!scenario) throw new Error(`no scenario ${name}`);
  SCENARIOS[name.replace(/^(escalation|handoff)-/, '$1-notices-with-change-')] = scenario;
}

/** Records each named scenario again as `<process>-<patch>-<the rest of its name>`. */
function recordAgain(names: readonly string[], patch: string): void {
  for (const name of names) {
    const scenario = SCENARIOS[name];
    if (!scenario) throw new Error(`no scenario ${name}`);
    SCENARIOS[name.replace(/^([a-z]+)-/, `$1-${patch}-`)] = scenario;
  }
}

/**
 * The credit and return paths again once each change is written at a revision (the
 * credit-read-model-revisions and return-read-model-revisions patches), recorded as
 * `<process>-read-model-revisions-<path>`. The expiring ones last: they leave fast policies behind.
 */
const REVISED_PATHS = [
  'credit-goodwill-posted-at-once',
  'credit-dual-control-approval-rows-first',
  'credit-rejected',
  'credit-recalled',
  'return-refund-posted-at-once',
  'return-refund-waits-for-accounting',
  'return-exchange',
  'return-repair-escalated',
  'return-refused-damage',
  'return-ineligible-then-exception-then-cancelled',
  'return-receipt-and-inspection-at-once',
  'credit-warned-escalated-expired',
  'return-expired',
];
recordAgain(REVISED_PATHS, 'read-model-revisions');

/**
 * The credit, return and case paths again once a change carries the messages it calls for (the
 * credit-notices-with-change, return-notices-with-change and case-notices-with-change patches),
 * recorded as `<process>-notices-with-change-<path>`. The expiring ones last: they leave fast policies behind.
 */
const NOTICED_CHANGE_PATHS = [
  'case-owner-transferred-callback-missed-kept-cancelled',
  'case-continues-as-new-first-run',
  'case-continues-as-new-last-run-closed',
  'credit-goodwill-posted-at-once',
  'credit-rejected',
  'return-refund-posted-at-once',
  'return-exchange',
  'credit-warned-escalated-expired',
  'return-expired',
];
recordAgain(NOTICED_CHANGE_PATHS, 'notices-with-change');

/**
 * The case's paths from its opening, recorded again with each change to how it opens: in one
 * activity (the case-opens-in-one-activity patch), then in a local activity
 * (case-opens-in-a-local-activity). The second leaves the first run 5 events shorter, so the
 * continued case would reach its length only in the task of an update its validator refuses; such
 * an update leaves no event, a replay is not woken there and cannot continue as new where the run
 * did. Continuing as new is not changed by how the case opens, and its paths stay recorded.
 */
const CASE_OPENING_PATHS = ['case-open-close', 'case-open-running', 'case-open-refused-by-the-database', 'case-owner-transferred-callback-missed-kept-cancelled'];
recordAgain([...CASE_OPENING_PATHS, 'case-continues-as-new-first-run'], 'opens-in-one-activity');
recordAgain(CASE_OPENING_PATHS, 'opens-in-a-local-activity');

/** A P2 nobody acknowledges climbs the tiers; resolved, it closes by itself. */
async function climbsThenAutoCloses(app: TestApp, { agent, supervisor, admin }: Team): Promise<string> {
  await app.request('PUT', '/v1/policies/calendar', { key: admin, body: { kind: '24x7' } });
  const severities = { ...DEFAULT_POLICIES.escalations.severities, P2: { ack: 'PT1S', resolve: 'PT1H', clock: 'business' } };
  const fast = { ...DEFAULT_POLICIES.escalations, severities, warningFraction: 0.5, autoCloseAfter: 'PT1S' };
  await app.request('PUT', '/v1/policies/escalations', { key: admin, body: fast });
  const theCase = await app.request('POST', '/v1/cases', { key: agent, body: { customerId: 'cust-replay', subject: 'Nobody answers' } });
  const raised = await app.request('POST', '/v1/escalations', {
    key: agent,
    body: { caseId: theCase.body.id, severity: 'P2', category: 'replay', reason: 'Recording' },
  });
  await new Promise((resolve) => setTimeout(resolve, 6000));
  await app.request('POST', `/v1/escalations/${raised.body.id}/acknowledge`, { key: supervisor, body: {} });
  await app.request('POST', `/v1/escalations/${raised.body.id}/resolve`, { key: supervisor, body: { resolutionCode: 'fixed' } });
  return finished(app, raised.body.workflowId);
}

async function main(): Promise<void> {
  quietTemporalRuntime();
  const infrastructure = await startInfrastructure((line) => console.error(line));
  process.env[INFRASTRUCTURE_ENV.databaseUrl] = infrastructure.databaseUrl;
  process.env[INFRASTRUCTURE_ENV.temporalAddress] = infrastructure.temporalAddress;
  process.env[INFRASTRUCTURE_ENV.workflowBundlePath] = infrastructure.workflowBundlePath;
  const app = await startTestApp();
  try {
    const team = { ...(await creditTeam(app)), admin: await app.userKey('admin'), sales: await app.userKey('sales'), warehouse: await app.userKey('warehouse') };
    for (const [name, scenario] of Object.entries(SCENARIOS)) {
      const file = path.join(__dirname, 'histories', `${name}.json`);
      if (existsSync(file)) continue;
      const recorded = await scenario(app, team);
      const { workflowId, runId } = typeof recorded === 'string' ? { workflowId: recorded, runId: undefined } : recorded;
      const history = await app.temporal.workflow.getHandle(workflowId, runId).fetchHistory();
      await writeFile(file, `${historyToJSON(history)}\n`);
      console.error(`recorded ${file}`);
    }
  } finally {
    await app.stop();
    await infrastructure.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
