import type { IncomingMessage, ServerResponse } from 'node:http';
import { redactLinkTokens } from '../customer-links/redact';

// What a request's log line says about it: enough to find it and see how it ended, nothing that
// proves who sent it. Headers stay out (an API key or a session cookie rides in them, and every
// response carries a dozen fixed ones), and a customer link's token is cut out of the URL. Read
// straight off the request and the response (pino-http's `wrapSerializers: false`): pino's
// standard serializers would copy every header first, on every request, for these to drop.

type LoggedRequest = IncomingMessage & { id?: unknown; originalUrl?: string };

export const requestLogSerializers = {
  req: (req: LoggedRequest) => ({ id: req.id, method: req.method, url: redactLinkTokens(req.originalUrl ?? req.url ?? ''), remoteAddress: req.socket?.remoteAddress }),
  res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
};
