import { redactLinkTokens } from '../customer-links/redact';

// What a request's log line says about it: enough to find it and see how it ended, nothing that
// proves who sent it. Headers stay out (an API key or a session cookie rides in them, and every
// response carries a dozen fixed ones), and a customer link's token is cut out of the URL.

interface SerializedRequest {
  id: unknown;
  method: string;
  url: string;
  remoteAddress?: string;
}

export const requestLogSerializers = {
  req: ({ id, method, url, remoteAddress }: SerializedRequest) => ({ id, method, url: redactLinkTokens(url), remoteAddress }),
  res: ({ statusCode }: { statusCode: number }) => ({ statusCode }),
};
