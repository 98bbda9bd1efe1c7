import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import { renderNotification, type NotificationTemplate } from '../../activities/notification-templates';

// How the sender delivers a message: to the log in the embedded default, or over SMTP when
// SMTP_URL is set.

export interface OutgoingMessage {
  /** The SMTP `Message-ID`, the same at every attempt: `<notification-<id>@<host>>`. */
  messageId: string;
  recipient: string;
  template: NotificationTemplate;
  payload: Record<string, unknown>;
}

export interface NotificationTransport {
  /** Delivers the message to the addresses, or says that it cannot over this transport; throws when the server refuses or cannot be reached. */
  deliver(message: OutgoingMessage, addresses: string[]): Promise<'sent' | 'undeliverable'>;
}

/** Every attempt gives up within about half a minute, so a mail server that hangs only delays its own messages. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

export function createTransport(smtpUrl: string | undefined, from: string, logger: Logger): NotificationTransport {
  if (!smtpUrl) {
    return {
      async deliver(message, addresses) {
        const { subject, text } = renderNotification(message.template, message.payload);
        logger.info({ notification: { ...message, addresses, text } }, `notification to ${message.recipient}: ${subject}`);
        return 'sent';
      },
    };
  }
  const mailer = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
  return {
    async deliver(message, addresses) {
      if (addresses.length === 0) return 'undeliverable';
      await mailer.sendMail({ from, to: addresses, messageId: message.messageId, ...renderNotification(message.template, message.payload) });
      return 'sent';
    },
  };
}
