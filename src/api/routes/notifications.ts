import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Router } from 'express';
import { ProblemSchema } from '../problem';
import { addRoute } from '../route';
import { ListNotificationsQuery, NotificationListSchema, NotificationParams, NotificationSchema } from '../../schemas/notifications';
import type { UseCaseContext } from '../../use-cases/context';
import { listNotifications, retryNotification } from '../../use-cases/notifications';

export function notificationRoutes(router: Router, registry: OpenAPIRegistry, context: UseCaseContext): void {
  addRoute(router, registry, context, {
    method: 'get',
    path: '/v1/notifications',
    summary: 'The notifications outbox newest first: what was sent, what is waiting for the mail server, what failed',
    tag: 'Notifications',
    query: ListNotificationsQuery,
    responses: { 200: { description: 'Notifications', schema: NotificationListSchema } },
    handler: async ({ query }, ctx) => ({ status: 200, body: await listNotifications(ctx, query) }),
  });

  addRoute(router, registry, context, {
    method: 'post',
    path: '/v1/notifications/:id/retry',
    summary: 'Send a failed notification again: it is pending at once, with the policy\'s attempts again',
    tag: 'Notifications',
    params: NotificationParams,
    responses: {
      200: { description: 'The notification, pending', schema: NotificationSchema },
      404: { description: 'No such notification', schema: ProblemSchema },
      409: { description: 'Not failed: pending, sent or undeliverable', schema: ProblemSchema },
    },
    handler: async ({ params }, ctx) => ({ status: 200, body: await retryNotification(ctx, params.id) }),
  });
}
