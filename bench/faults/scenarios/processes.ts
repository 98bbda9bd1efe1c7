import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { FaultClient, inParallel } from '../client';
import { approveAsItNeeds, askAndApprove, askCredit, creditBody, shapeOf, tallyCredits, until, type AskedCredit, type CreditTeam } from '../credits';
import type { ScenarioResult } from '../result';
import type { FaultScale } from '../scale';
import type { FaultStack } from '../stack';

// Credits asked for and approved while the stack loses a worker, Temporal or PostgreSQL.

const postedCount = (stack: FaultStack, prefix: string) => stack.db.credit.count({ where: { customerId: { startsWith: `${prefix}-` }, status: 'posted' } });

/** Resolves once the first credit of the run has posted: the fault lands mid-run. */
const firstPosted = (stack: FaultStack, prefix: string) => until(async () => (await postedCount(stack, prefix)) > 0, 120_000);

export async function workerKills(stack: FaultStack, team: CreditTeam, scale: FaultScale): Promise<ScenarioResult> {
  const client = new FaultClient(stack.apiUrl, scale.retryForMs);
  let kills = 0;
  let running = true;
  const killer = (async () => {
    for (let worker = 0; running; worker = 1 - worker) {
      await sleep(scale.killEveryMs);
      if (!running) break;
      await stack.replaceWorker(worker);
      kills += 1;
    }
  })();
  const credits = await askAndApprove(client, team, 'kill', scale.creditsUnderKills, scale.concurrency);
  running = false;
  await killer;
  const tally = await tallyCredits(stack.db, credits, scale.settleMs);
  return { name: `worker SIGKILLed every ${scale.killEveryMs / 1000} s`, ...tally, detail: `${kills} workers killed`, failures: [] };
}

export async function temporalRestart(stack: FaultStack, team: CreditTeam, scale: FaultScale): Promise<ScenarioResult> {
  const client = new FaultClient(stack.apiUrl, scale.retryForMs);
  const asking = askAndApprove(client, team, 'temporal', scale.creditsUnderOutage, scale.concurrency);
  await firstPosted(stack, 'temporal');
  await stack.temporal.down();
  await sleep(scale.temporalDownMs);
  await stack.temporal.up();
  const credits = await asking;
  const tally = await tallyCredits(stack.db, credits, scale.settleMs);
  const unavailable = client.exchanges.filter((exchange) => exchange.status === 503).length;
  return { name: 'Temporal dev server killed, restarted', ...tally, detail: `down ${scale.temporalDownMs / 1000} s; ${unavailable} answers 503`, failures: [] };
}

/** While PostgreSQL is down, what a client meets: a readiness probe, a read and a start, each given 2 s to answer. */
async function probeWhileDown(client: FaultClient, team: CreditTeam, creditId: string, startKey: string, until: () => boolean): Promise<{ probes: number; refusals: string[] }> {
  let probes = 0;
  const refusals: string[] = [];
  while (until()) {
    const answers = await Promise.all([
      client.once('GET', '/readyz', team.agent.key, undefined, {}, 2_000),
      client.once('GET', `/v1/credits/${creditId}`, team.agent.key, undefined, {}, 2_000),
      client.once('POST', '/v1/credits', team.agent.key, creditBody('postgres-probe', 'auto'), { 'idempotency-key': startKey }, 2_000),
    ]);
    probes += answers.length;
    for (const answer of answers) if (answer.status !== 503) refusals.push(answer.status === 0 ? 'no answer within 2 s' : `answered ${answer.status}`);
    await sleep(250);
  }
  return { probes, refusals };
}

export async function postgresOutage(stack: FaultStack, team: CreditTeam, scale: FaultScale): Promise<ScenarioResult> {
  const client = new FaultClient(stack.apiUrl, scale.retryForMs);
  const credits: AskedCredit[] = [];
  await inParallel(scale.creditsUnderOutage, scale.concurrency, async (n) => {
    credits.push(await askCredit(client, team, `postgres-${n}`, shapeOf(n)));
  });
  const approving = inParallel(credits.length, scale.concurrency, (n) => approveAsItNeeds(client, team, credits[n]!));
  await firstPosted(stack, 'postgres');
  // The credits are asked for before the outage: a start cut half-way by it keeps its Idempotency-Key
  // taken for a minute, which only slows the run. The approvals go on through it.
  await stack.postgres.down();
  const downUntil = Date.now() + scale.postgresDownMs;
  const startKey = randomUUID();
  const probed = await probeWhileDown(client, team, credits[0]?.creditId ?? 'none', startKey, () => Date.now() < downUntil);
  await stack.postgres.up();
  await approving;
  const probe = await client.send('POST', '/v1/credits', team.agent.key, creditBody('postgres-probe', 'auto'), { idempotencyKey: startKey });
  credits.push({ customerId: 'postgres-probe', shape: 'auto', creditId: probe.status === 201 ? (probe.body.id as string) : undefined });
  const tally = await tallyCredits(stack.db, credits, scale.settleMs);
  const failures = probed.refusals.length ? [`${probed.refusals.length} of ${probed.probes} probes while PostgreSQL was down were not a 503 (${[...new Set(probed.refusals)].join(', ')})`] : [];
  return { name: `PostgreSQL stopped ${scale.postgresDownMs / 1000} s`, ...tally, detail: `${probed.probes} probes while down, ${probed.probes - probed.refusals.length} answered 503 within 2 s`, failures };
}
