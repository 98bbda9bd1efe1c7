import { setTimeout as sleep } from 'node:timers/promises';
import { FaultClient, inParallel, slowest } from '../client';
import { until } from '../credits';
import { handOver, inspection, startReturn, welcomeContact, type ReturnTeam } from '../flows';
import type { ScenarioResult } from '../result';
import type { FaultScale } from '../scale';
import type { FaultStack, FaultUser } from '../stack';

// The mail server down while returns and handoffs go on: no answer waits on it, and once it is back
// every message arrives, once at each address.

/** A request's answer within this time: the mail server is never on a request's path. */
const ANSWER_WITHIN_MS = 1_000;

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
  const client = new FaultClient(stack.apiUrl, scale.retryForMs);
  const since = new Date();
  await stack.mailbox.down();
  const upAt = Date.now() + scale.smtpDownMs;
  await Promise.all([
    inParallel(scale.returns, scale.concurrency, async (n) => {
      const started = await startReturn(client, team, `MAIL-${n}`);
      await client.send('POST', `/v1/returns/${started.id}/receipt`, team.warehouse.key, { lines: [{ sku: 'KETTLE', qty: 1 }] });
      await inspection(client, team, started.id);
    }),
    inParallel(scale.handoffs, scale.concurrency, async (n) => {
      const handoff = await handOver(client, team.sales, `MAIL-DEAL-${n}`);
      await welcomeContact(client, team.supervisor, handoff.id);
    }),
  ]);
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
  return {
    name: `SMTP down ${scale.smtpDownMs / 1000} s`,
    processes: scale.returns + scale.handoffs,
    lost: notifications.filter((notification) => notification.status === 'failed').length + copies.filter((count) => count === 0).length,
    duplicated: copies.reduce((sum, count) => sum + Math.max(0, count - 1), 0),
    stuck: notifications.filter((notification) => notification.status === 'pending').length,
    detail: `${client.exchanges.length} requests (${answeredWhileDown.length} while down), slowest ${slowestAnswer.text}; ${deliveries.length} messages delivered`,
    failures: slowestAnswer.ms < ANSWER_WITHIN_MS ? [] : [`the slowest request took ${slowestAnswer.text}, promised under ${ANSWER_WITHIN_MS} ms`],
  };
}
