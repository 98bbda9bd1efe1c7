import { workflowIds } from '../../../src/domain/workflow-ids';
import { FaultClient, type Answer } from '../client';
import { askCredit, until, type CreditTeam, type Tally } from '../credits';
import { handOver, inspection, receipt, startReturn, welcomeContact, type ReturnTeam } from '../flows';
import type { ScenarioResult } from '../result';
import type { FaultScale } from '../scale';
import type { FaultStack, FaultUser } from '../stack';

// Many people act on one process at the same moment: exactly one of them has the effect, the others
// are told it is done (409), and nothing happens twice.

const succeeded = (answers: Answer[]) => answers.filter((answer) => answer.status === 200).length;

/** One effect expected: none is lost work, more than one duplicated; a process that does not finish is stuck. */
async function oneEffect(stack: FaultStack, effects: number, extraCopies: number, workflowId: string | undefined, scale: FaultScale): Promise<Tally> {
  const finished = async () => workflowId !== undefined && (await stack.db.processFinalState.count({ where: { workflowId } })) === 1;
  if (workflowId) await until(finished, scale.settleMs);
  return { processes: 1, lost: effects === 0 ? 1 : 0, duplicated: Math.max(0, effects - 1) + extraCopies, stuck: workflowId && !(await finished()) ? 1 : 0 };
}

export async function concurrentDecisions(stack: FaultStack, team: CreditTeam, deciders: FaultUser[], scale: FaultScale): Promise<Tally & { answers: number; effects: number }> {
  const client = new FaultClient(stack.apiUrl, scale.retryForMs);
  const credit = await askCredit(client, team, 'race-credit', 'single');
  const answers = await Promise.all(
    Array.from({ length: scale.decisions }, (_, n) =>
      client.once('POST', `/v1/credits/${credit.creditId}/${n % 2 ? 'reject' : 'approve'}`, deciders[n % deciders.length]!.key, n % 2 ? { reason: 'Not covered' } : {}),
    ),
  );
  const entries = await stack.db.ledgerEntry.count({ where: { creditId: credit.creditId } });
  const effects = succeeded(answers);
  return { ...(await oneEffect(stack, effects, Math.max(0, entries - 1), credit.creditId && workflowIds.credit(credit.creditId), scale)), answers: answers.length, effects };
}

export async function concurrentReceipts(stack: FaultStack, team: ReturnTeam, scale: FaultScale): Promise<Tally & { answers: number; effects: number }> {
  const client = new FaultClient(stack.apiUrl, scale.retryForMs);
  const started = await startReturn(client, team, 'RACE-RETURN');
  const answers = await Promise.all(Array.from({ length: scale.receipts }, () => receipt(client, team, started.id)));
  await inspection(client, team, started.id);
  const effects = succeeded(answers);
  return { ...(await oneEffect(stack, effects, 0, started.workflowId, scale)), answers: answers.length, effects };
}

export async function concurrentContacts(stack: FaultStack, sales: FaultUser, supervisor: FaultUser, scale: FaultScale): Promise<Tally & { answers: number; effects: number }> {
  const client = new FaultClient(stack.apiUrl, scale.retryForMs);
  const handoff = await handOver(client, sales, 'RACE-DEAL');
  const answers = await Promise.all(Array.from({ length: scale.contacts }, () => welcomeContact(client, supervisor, handoff.id)));
  const read = await client.send('GET', `/v1/handoffs/${handoff.id}`, supervisor.key);
  const welcomes = ((read.body?.contacts ?? []) as Array<{ kind: string; outcome: string }>).filter((contact) => contact.kind === 'welcome' && contact.outcome === 'reached').length;
  // The handoff runs on for 90 days: nothing to wait for.
  const effects = succeeded(answers);
  return { ...(await oneEffect(stack, effects, Math.max(0, welcomes - 1), undefined, scale)), answers: answers.length, effects };
}

export async function races(stack: FaultStack, teams: { credit: CreditTeam; deciders: FaultUser[]; returns: ReturnTeam; supervisor: FaultUser }, scale: FaultScale): Promise<ScenarioResult> {
  const [decisions, receipts, contacts] = [
    await concurrentDecisions(stack, teams.credit, teams.deciders, scale),
    await concurrentReceipts(stack, teams.returns, scale),
    await concurrentContacts(stack, teams.returns.sales, teams.supervisor, scale),
  ];
  const parts = [decisions, receipts, contacts];
  return {
    name: 'concurrent actions on one process',
    processes: parts.reduce((sum, part) => sum + part.processes, 0),
    lost: parts.reduce((sum, part) => sum + part.lost, 0),
    duplicated: parts.reduce((sum, part) => sum + part.duplicated, 0),
    stuck: parts.reduce((sum, part) => sum + part.stuck, 0),
    detail: `${decisions.answers} decisions on a credit, ${receipts.answers} receipts on a return, ${contacts.answers} welcome contacts on a handoff: ${decisions.effects}, ${receipts.effects}, ${contacts.effects} took effect`,
    failures: [],
  };
}
