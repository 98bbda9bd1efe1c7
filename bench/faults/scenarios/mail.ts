import { setTimeout as sleep } from 'node:timers/promises';
import { FaultClient, inParallel, requestKind, slowest, type Exchange } from '../client';
import { until } from '../credits';
import { handOver, inspection, startReturn, welcomeContact, type ReturnTeam } from '../flows';
import type { ScenarioResult } from '../result';
import type { FaultScale } from '../scale';
import type { FaultStack, FaultUser } from '../stack';

// The mail server down while returns and handoffs go on: no answer waits on it, and once it is back
// every message arrives, once at each address. The same work first runs with the mail server up, so
// that what the outage adds to an answer is told apart from what the machine's load adds.

/** The most the outage may add to an answer: the mail server is never on a request's path. */
const DELAY_WITHIN_MS = 1_000;

/** The returns and handoffs the scenario drives, each through its steps. */
function work(client: FaultClient, team: ReturnTeam & { supervisor: FaultUser }, scale: FaultScale, tag: string): Promise<unknown> {
  return Promise.all([
    inParallel(scale.returns, scale.concurrency, async (n) => {
      const started = await startReturn(client, team, `MAIL-${tag}-${n}`);
      await client.send('POST', `/v1/returns/${started.id}/receipt`, team.warehouse.key, { lines: [{ sku: 'KETTLE', qty: 1 }] });
      await inspection(client, team, started.id);
    }),
    inParallel(scale.handoffs, scale.concurrency, async (n) => {
      const handoff = await handOver(client, team.sales, `MAIL-DEAL-${tag}-${n}`);
      await welcomeContact(client, team.supervisor, handoff.id);
    }),
  ]);
}

/** The 95th percentile of each kind of request's time. */
function p95ByKind(exchanges: Exchange[]): Map<string, number> {
  const times = new Map<string, number[]>();
  for (const exchange of exchanges) times.set(requestKind(exchange), [...(times.get(requestKind(exchange)) ?? []), exchange.ms]);
  return new Map([...times].map(([kind, ms]) => [kind, [...ms].sort((a, b) => a - b)[Math.ceil(ms.length * 0.95) - 1] ?? 0]));
}

/** The kind of request whose 95th percentile the outage lengthened most, and by how much. */
function largestDelay(down: Exchange[], up: Exchange[]): { ms: number; text: string } {
  const before = p95ByKind(up);
  const delays = [...p95ByKind(down)].map(([kind, ms]) => ({ kind, ms: Math.round(ms - (before.get(kind) ?? 0)) }));
  const largest = delays.reduce<{ kind: string; ms: number } | undefined>((worst, delay) => (delay.ms > (worst?.ms ?? 0) ? delay : worst), undefined);
  return largest ? { ms: largest.ms, text: `${largest.ms} ms at p95 (${largest.kind})` } : { ms: 0, text: 'none (no kind of request slower at p95)' };
}

/** The mails received for each notification, by its Message-ID, per address. */
function receivedByNotification(mails: Array<{ to: string[]; raw: string }>): Map<string, string[]> {
  const received = new Map<string, string[]>();
  for (const mail of mails) {
    const id = /^Message-ID:\s*<notification-(\d+)@/im.exec(mail.raw)?.[1];
    if (id) received.set(id, [...(received.get(id) ?? []), ...mail.to]);
  }
  return received;
}

export async function smtpOutage(stack: FaultStack, team: ReturnTeam & { supervisor: FaultUser }, scale: FaultScale): Promise<ScenarioResult> {
  const baseline = new FaultClient(stack.apiUrl, scale.retryForMs);
  await work(baseline, team, scale, 'UP');
  const client = new FaultClient(stack.apiUrl, scale.retryForMs);
  const since = new Date();
  await stack.mailbox.down();
  const upAt = Date.now() + scale.smtpDownMs;
  await work(client, team, scale, 'DOWN');
  const answeredWhileDown = client.exchanges.filter((exchange) => exchange.at < upAt);
  await sleep(Math.max(0, upAt - Date.now()));
  await stack.mailbox.up();

  const created = { createdAt: { gte: since } };
  await until(async () => (await stack.db.notification.count({ where: { ...created, status: 'pending' } })) === 0, scale.settleMs);
  const notifications = await stack.db.notification.findMany({ where: created, select: { id: true, status: true } });
  const deliveries = await stack.db.notificationDelivery.findMany({ where: { notification: created, sentAt: { not: null } } });
  const received = receivedByNotification(stack.mailbox.mails);
  const copies = deliveries.map((delivery) => (received.get(delivery.notificationId.toString()) ?? []).filter((address) => address === delivery.address).length);
  const slowestAnswer = slowest(client.exchanges);
  const delay = largestDelay(answeredWhileDown, baseline.exchanges);
  return {
    name: `SMTP down ${scale.smtpDownMs / 1000} s`,
    processes: scale.returns + scale.handoffs,
    lost: notifications.filter((notification) => notification.status === 'failed').length + copies.filter((count) => count === 0).length,
    duplicated: copies.reduce((sum, count) => sum + Math.max(0, count - 1), 0),
    stuck: notifications.filter((notification) => notification.status === 'pending').length,
    detail: `${client.exchanges.length} requests (${answeredWhileDown.length} while down), slowest ${slowestAnswer.text}, largest delay over the same work with the mail server up ${delay.text}; ${deliveries.length} messages delivered`,
    failures: delay.ms < DELAY_WITHIN_MS ? [] : [`the outage delayed answers by ${delay.text}, promised under ${DELAY_WITHIN_MS} ms`],
  };
}
