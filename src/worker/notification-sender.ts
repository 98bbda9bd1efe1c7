import type { Logger } from 'pino';
import type { NotificationTemplate } from '../../activities/notification-templates';
import type { Database } from '../db/client';
import { afterAttempt, type AttemptOutcome, type RetryPolicy } from '../domain/notifications';
import { addressesOf } from './notification-addresses';
import type { NotificationTransport } from './notification-transport';

// The worker's sender: it delivers the outbox's due messages in small batches, each batch's rows
// locked with SKIP LOCKED so that any number of senders (one per worker process) share the work
// and never hold one message at once. The lock is FOR NO KEY UPDATE, which still excludes the other
// senders but lets the delivery rows (written outside the batch's transaction, before each send)
// reference the message.

const BATCH_SIZE = 5;
const POLL_INTERVAL_MS = 1000;
/** Longer than the SMTP transport's own timeouts, for each message of a batch. */
const ATTEMPT_BUDGET_MS = 60_000;

interface DueNotification {
  id: bigint;
  recipient: string;
  template: string;
  payload: unknown;
  attempts: number;
}

export interface SenderOptions {
  db: Database;
  transport: NotificationTransport;
  policy: RetryPolicy;
  /** The host part of every Message-ID (`<notification-<id>@<host>>`): the same in every worker. */
  messageHost: string;
  logger: Logger;
}

export interface RunningSender {
  stop(): Promise<void>;
}

/** The host of the sender's address (`SMTP_FROM`), for the Message-IDs. */
export function messageHostOf(from: string): string {
  return /@([^\s>]+)/.exec(from)?.[1] ?? 'localhost';
}

/** Delivers once to the addresses not yet marked sent, each written down before the message goes out. */
async function deliver({ db, transport, messageHost }: SenderOptions, row: DueNotification): Promise<{ outcome: AttemptOutcome; error?: string }> {
  const addresses = await addressesOf(db, row.recipient);
  const sent = await db.notificationDelivery.findMany({ where: { notificationId: row.id, sentAt: { not: null } }, select: { address: true } });
  const done = new Set(sent.map((delivery) => delivery.address));
  const pending = addresses.filter((address) => !done.has(address));
  if (addresses.length > 0 && pending.length === 0) return { outcome: 'sent' };
  await db.notificationDelivery.createMany({
    data: pending.map((address) => ({ notificationId: row.id, address, createdAt: new Date() })),
    skipDuplicates: true,
  });
  try {
    const message = { messageId: `<notification-${row.id}@${messageHost}>`, recipient: row.recipient, template: row.template as NotificationTemplate, payload: row.payload as Record<string, unknown> };
    const outcome = await transport.deliver(message, pending);
    if (outcome === 'sent') await db.notificationDelivery.updateMany({ where: { notificationId: row.id, address: { in: pending } }, data: { sentAt: new Date() } });
    return { outcome };
  } catch (error) {
    return { outcome: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

/** Tries the due messages of one batch, recording each attempt; the number of messages tried. */
async function sendDueBatch(options: SenderOptions): Promise<number> {
  return options.db.$transaction(
    async (tx) => {
      const due = await tx.$queryRaw<DueNotification[]>`
        SELECT id, recipient, template, payload, attempts FROM notifications
        WHERE status = 'pending' AND next_attempt_at <= ${new Date()}
        ORDER BY next_attempt_at, id LIMIT ${BATCH_SIZE}
        FOR NO KEY UPDATE SKIP LOCKED`;
      for (const row of due) {
        const { outcome, error } = await deliver(options, row);
        const attempts = row.attempts + 1;
        const now = new Date();
        const next = afterAttempt(outcome, attempts, options.policy, now);
        await tx.notificationAttempt.create({ data: { notificationId: row.id, attemptedAt: now, outcome, error: error ?? null } });
        await tx.notification.update({
          where: { id: row.id },
          data: { status: next.status, attempts, nextAttemptAt: next.nextAttemptAt, sentAt: outcome === 'sent' ? now : null, ...(error ? { lastError: error } : {}) },
        });
        if (outcome === 'failed') options.logger.warn({ notificationId: row.id.toString(), attempts, status: next.status, error }, 'notification not delivered');
      }
      return due.length;
    },
    { maxWait: 10_000, timeout: BATCH_SIZE * ATTEMPT_BUDGET_MS },
  );
}

/** Starts polling for due messages until stopped; a full batch is followed by the next at once. */
export function startNotificationSender(options: SenderOptions): RunningSender {
  let running = true;
  let wake: () => void = () => undefined;
  const loop = (async () => {
    while (running) {
      const tried = await sendDueBatch(options).catch((error: unknown) => {
        options.logger.error({ err: error }, 'notification sender: batch failed');
        return 0;
      });
      if (tried < BATCH_SIZE && running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, POLL_INTERVAL_MS);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  })();
  return {
    async stop() {
      running = false;
      wake();
      await loop;
    },
  };
}
