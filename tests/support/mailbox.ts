import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/** A real SMTP server on a free local port (or the given one, to start it again) that keeps every message it receives (in `mails`, to go on with an earlier one's). */
export async function startMailbox(port = 0, mails: ReceivedMail[] = []): Promise<{ url: string; mails: ReceivedMail[]; stop(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') });
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
