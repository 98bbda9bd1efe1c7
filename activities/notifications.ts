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
  /** Delivers the message to the recipient's addresses, or says that it cannot over this transport. */
  deliver(notification: NotificationRequest, addresses: string[]): Promise<'sent' | 'undeliverable'>;
}

const EMAIL = /^[^@\s]+@[^@\s]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The email addresses a recipient stands for: an address itself, a customer's or an active user's
 * address, or every active user of a role who has one. Work queues are read in the app.
 */
async function addressesOf(db: Database, recipient: string): Promise<string[]> {
  if (EMAIL.test(recipient)) return [recipient];
  const [kind, id = ''] = recipient.split(/:(.*)/s);
  if (kind === 'customer') {
    const customer = await db.customer.findUnique({ where: { id } });
    return customer?.email ? [customer.email] : [];
  }
  if (kind === 'user' && UUID.test(id)) {
    const user = await db.user.findFirst({ where: { id, active: true } });
    return user?.email ? [user.email] : [];
  }
  if (kind === 'role') {
    const users = await db.user.findMany({ where: { role: id, active: true, email: { not: null } }, orderBy: { id: 'asc' } });
    return users.flatMap((user) => (user.email ? [user.email] : []));
  }
  return [];
}

export function createTransport(smtpUrl: string | undefined, from: string, logger: Logger): NotificationTransport {
  if (!smtpUrl) {
    return {
      async deliver(notification, addresses) {
        const { subject, text } = renderNotification(notification.template, notification.payload);
        logger.info({ notification: { ...notification, addresses, text } }, `notification to ${notification.recipient}: ${subject}`);
        return 'sent';
      },
    };
  }
  const mailer = nodemailer.createTransport(smtpUrl);
  return {
    async deliver(notification, addresses) {
      if (addresses.length === 0) return 'undeliverable';
      await mailer.sendMail({ from, to: addresses, ...renderNotification(notification.template, notification.payload) });
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
        const outcome = await transport.deliver(request, await addressesOf(db, request.recipient));
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
