import type { Database, Prisma } from '../src/db/client';
import type { OutboxMessage } from '../src/domain/notifications';
import type { NotificationTemplate } from './notification-templates';

// The notifications outbox: a message is enqueued once per workflow step (its dedupe key); the
// worker's sender (src/worker/notification-sender.ts) delivers it, so no process step waits on the
// mail server.

export type NotificationRequest = OutboxMessage<NotificationTemplate>;

/** Enqueues the messages, due now, in the caller's transaction; one already there is not added again. */
export async function enqueueNotifications(tx: Prisma.TransactionClient, messages: readonly OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  const now = new Date();
  await tx.notification.createMany({
    data: messages.map((message) => ({ ...message, payload: message.payload as object, status: 'pending', createdAt: now, nextAttemptAt: now })),
    skipDuplicates: true,
  });
}

export function createNotificationActivities({ db }: { db: Database }) {
  return {
    /** Enqueues the message, due now; a retried activity finds it there and adds nothing. */
    async notify(request: NotificationRequest): Promise<void> {
      await enqueueNotifications(db, [request]);
    },
  };
}
