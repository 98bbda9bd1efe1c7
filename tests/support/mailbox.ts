import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/**
 * A real SMTP server on a free local port (or the given one, to start it again) that keeps every
 * message it receives in `mails` (an earlier one's, to go on with them) and hands it to `onMail`.
 */
export async function startMailbox(
  port = 0,
  { mails = [], onMail = () => undefined }: { mails?: ReceivedMail[]; onMail?: (mail: ReceivedMail) => void } = {},
): Promise<{ url: string; mails: ReceivedMail[]; stop(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail = { to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') };
        mails.push(mail);
        onMail(mail);
        callback();
      });
    },
  });
  // A client that dies mid-session (a worker killed while it sends) resets its connection: a mail server shrugs that off.
  server.on('error', () => undefined);
  const listening = await new Promise<number>((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port));
  });
  return { url: `smtp://127.0.0.1:${listening}`, mails, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The text of a received message, its quoted-printable soft breaks and escapes undone. */
export function mailText(mail: ReceivedMail): string {
  return mail.raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The token of the first link to a customer page (`/c/<page>/<token>`) in the messages to an address. */
export function linkToken(mails: ReceivedMail[], address: string, page: string): string | undefined {
  const pattern = new RegExp(`/c/${page}/([\\w-]+\\.[\\w-]+)`);
  for (const mail of mails.filter((candidate) => candidate.to.includes(address))) {
    const found = pattern.exec(mailText(mail))?.[1];
    if (found) return found;
  }
  return undefined;
}
