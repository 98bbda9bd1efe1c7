import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import { renderNotification, type NotificationTemplate } from '../../activities/notification-templates';
import type { CustomerLinks } from '../customer-links/links';
import { redactLinkTokens } from '../customer-links/redact';

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

/** Customers' messages carry their signed links; the log shows them without their tokens. */
export function createTransport(smtpUrl: string | undefined, from: string, logger: Logger, links: CustomerLinks): NotificationTransport {
  if (!smtpUrl) {
    return {
      async deliver(message, addresses) {
        const { subject, text } = renderNotification(message.template, message.payload, links);
        logger.info({ notification: { ...message, addresses, text: redactLinkTokens(text) } }, `notification to ${message.recipient}: ${subject}`);
        return 'sent';
      },
    };
  }
  const mailer = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
  return {
    async deliver(message, addresses) {
      if (addresses.length === 0) return 'undeliverable';
      await mailer.sendMail({ from, to: addresses, messageId: message.messageId, ...renderNotification(message.template, message.payload, links) });
      return 'sent';
    },
  };
}
