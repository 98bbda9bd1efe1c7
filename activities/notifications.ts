import type { Database } from '../src/db/client';
import type { NotificationTemplate } from './notification-templates';

// The notifications outbox: a message is enqueued once per workflow step (its dedupe key); the
// worker's sender (src/worker/notification-sender.ts) delivers it, so no process step waits on the
// mail server.

export interface NotificationRequest {
  dedupeKey: string;
  audience: 'customer' | 'staff';
  /** An email address, or `customer:<id>`, `role:<role>`, `user:<id>`, `queue:escalations-<tier>`. */
  recipient: string;
  template: NotificationTemplate;
  payload: Record<string, unknown>;
}

export function createNotificationActivities({ db }: { db: Database }) {
  return {
    /** Enqueues the message, due now; a retried activity finds it there and adds nothing. */
    async notify(request: NotificationRequest): Promise<void> {
      const now = new Date();
      await db.notification.createMany({
        data: [{ ...request, payload: request.payload as object, status: 'pending', createdAt: now, nextAttemptAt: now }],
        skipDuplicates: true,
      });
    },
  };
}
