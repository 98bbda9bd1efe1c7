import { AppError } from '../domain/errors';
import type { NotificationStatus } from '../domain/notifications';
import type { ListNotificationsQuery, NotificationListSchema, NotificationSchema } from '../schemas/notifications';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';
import { afterPosition, CURSOR_IDS, decodeCursor, pageOf } from './cursor';

type NotificationView = z.infer<typeof NotificationSchema>;

interface NotificationRow {
  id: bigint;
  audience: string;
  recipient: string;
  template: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  nextAttemptAt: Date;
  sentAt: Date | null;
}

function notificationView(row: NotificationRow): NotificationView {
  return {
    id: row.id.toString(),
    audience: row.audience as NotificationView['audience'],
    recipient: row.recipient,
    template: row.template,
    status: row.status as NotificationStatus,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

/** The outbox newest first, by keyset pagination over (createdAt, id). */
export async function listNotifications(
  context: UseCaseContext,
  query: z.infer<typeof ListNotificationsQuery>,
): Promise<z.infer<typeof NotificationListSchema>> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, CURSOR_IDS.sequence);
  const rows = await context.db.notification.findMany({
    where: {
      ...(query.status ? { status: query.status } : {}),
      ...(query.recipient ? { recipient: query.recipient } : {}),
      ...afterPosition('createdAt', after && { at: after.at, id: BigInt(after.id) }),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
  });
  return pageOf(rows, query.limit, (row) => ({ at: row.createdAt, id: row.id.toString() }), notificationView);
}

/** A failed message back to pending, due now, with the policy's attempts again; only a failed one (409). */
export async function retryNotification(context: UseCaseContext, id: string): Promise<NotificationView> {
  const notificationId = BigInt(id);
  const retried = await context.db.notification.updateMany({
    where: { id: notificationId, status: 'failed' },
    data: { status: 'pending', attempts: 0, nextAttemptAt: new Date() },
  });
  const row = await context.db.notification.findUnique({ where: { id: notificationId } });
  if (!row) throw new AppError('not_found', `no notification ${id}`);
  if (retried.count === 0) throw new AppError('conflict', `notification ${id} is ${row.status}: only a failed one is sent again`);
  return notificationView(row);
}
