import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Database } from '../src/db/client';
import { renderNotification, type NotificationTemplate } from './notification-templates';

// The notifications outbox: a message is enqueued once per workflow step (its dedupe key) and
// then delivered, to the log in the embedded default or over SMTP when SMTP_URL is set.

export interface NotificationRequest {
  dedupeKey: string;
  audience: 'customer' | 'staff';
  /** An email address, or `customer:<id>`, `role:<role>`, `user:<id>`. */
  recipient: string;
  template: NotificationTemplate;
  payload: Record<string, unknown>;
}

export interface NotificationTransport {
  /** Delivers the message, or says why it cannot be delivered over this transport. */
  deliver(notification: NotificationRequest): Promise<'sent' | 'undeliverable'>;
}

const EMAIL = /^[^@\s]+@[^@\s]+$/;

export function createTransport(smtpUrl: string | undefined, from: string, logger: Logger): NotificationTransport {
  if (!smtpUrl) {
    return {
      async deliver(notification) {
        const { subject, text } = renderNotification(notification.template, notification.payload);
        logger.info({ notification: { ...notification, text } }, `notification to ${notification.recipient}: ${subject}`);
        return 'sent';
      },
    };
  }
  const mailer = nodemailer.createTransport(smtpUrl);
  return {
    async deliver(notification) {
      if (!EMAIL.test(notification.recipient)) return 'undeliverable';
      await mailer.sendMail({ from, to: notification.recipient, ...renderNotification(notification.template, notification.payload) });
      return 'sent';
    },
  };
}

export function createNotificationActivities({ db, transport }: { db: Database; transport: NotificationTransport }) {
  return {
    async notify(request: NotificationRequest): Promise<void> {
      await db.notification.createMany({
        data: [{ ...request, payload: request.payload as object, status: 'pending', createdAt: new Date() }],
        skipDuplicates: true,
      });
      const stored = await db.notification.findUniqueOrThrow({ where: { dedupeKey: request.dedupeKey } });
      if (stored.status !== 'pending') return;
      try {
        const outcome = await transport.deliver(request);
        await db.notification.update({
          where: { dedupeKey: request.dedupeKey },
          data: { status: outcome, attempts: { increment: 1 }, sentAt: outcome === 'sent' ? new Date() : null },
        });
      } catch (error) {
        await db.notification.update({
          where: { dedupeKey: request.dedupeKey },
          data: { attempts: { increment: 1 }, lastError: String(error) },
        });
        throw error;
      }
    },
  };
}
