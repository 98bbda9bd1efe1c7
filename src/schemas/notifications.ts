import { NOTIFICATION_STATUSES } from '../domain/notifications';
import { z } from './zod';

export const ListNotificationsQuery = z
  .object({
    status: z.enum(NOTIFICATION_STATUSES).optional(),
    recipient: z
      .string()
      .trim()
      .min(1)
      .max(320)
      .optional()
      .openapi({ description: 'Exactly as the process addressed it: an email address, `customer:<id>`, `user:<id>`, `role:<role>`, `queue:escalations-<tier>`' }),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(200).optional(),
  })
  .strict();

export const NotificationParams = z.object({ id: z.string().regex(/^\d{1,18}$/, 'a notification id (digits)') });

export const NotificationSchema = z
  .object({
    id: z.string(),
    audience: z.enum(['customer', 'staff']),
    recipient: z.string(),
    template: z.string(),
    status: z.enum(NOTIFICATION_STATUSES),
    attempts: z.number().int().openapi({ description: 'Attempts since it was enqueued or last sent again' }),
    lastError: z.string().nullable().openapi({ description: "The mail server's answer to the last failed attempt" }),
    createdAt: z.string(),
    nextAttemptAt: z.string().nullable().openapi({ description: 'When the sender tries a pending message next; null once it is no longer pending' }),
    sentAt: z.string().nullable(),
  })
  .openapi('Notification', { description: 'A message of the notifications outbox and how its delivery went' });

export const NotificationListSchema = z
  .object({ items: z.array(NotificationSchema), nextCursor: z.string().nullable() })
  .openapi('NotificationList');
