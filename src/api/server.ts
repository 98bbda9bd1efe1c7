import type { Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Express } from 'express';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

// Requests that Node's HTTP parser refuses before Express sees them (an oversized URL or header,
// a malformed request line) still get a problem document, as every other refusal does.
function answerUnparsableRequest(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const [status, title] = error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request header fields too large'] : [400, 'The request is not valid'];
  const detail = status === 431 ? 'the URL or the headers are larger than the server accepts (16 KB)' : 'the HTTP request could not be parsed';
  const body = JSON.stringify({ type: '/problems/unparsable-request', title, status, detail, instance: '' });
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * How long an idle kept-alive connection stays open. A client or proxy that reuses one at the
 * moment the server closes it gets a reset instead of an answer; they keep idle connections up to
 * about a minute (a load balancer's default idle timeout is 60 s), so the server keeps them longer
 * than Node's 5 s. The headers of a request on it must arrive within a little more.
 */
export const KEEP_ALIVE_MS = 65_000;
const HEADERS_TIMEOUT_MS = KEEP_ALIVE_MS + 1_000;
/**
 * Requests sent while the event loop was busy wait in the kernel, their connections not yet accepted
 * (Node accepts one per turn of the loop) or not yet read: closing at once would reset them. close()
 * first turns the loop until two turns in a row accept nothing, within this grace.
 */
const BACKLOG_GRACE_MS = 1_000;

/**
 * Listens; close() takes the requests already sent, then stops taking connections, closes the idle
 * ones and waits for requests in flight, whose connections close once they are answered (kept
 * alive, they would hold the close for up to KEEP_ALIVE_MS).
 */
export function listen(app: Express, port: number, host: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const inFlight = new Set<ServerResponse>();
    let accepted = 0;
    const server: Server = app.listen(port, host, (error?: Error) => {
      if (error) return reject(error);
      server.on('clientError', answerUnparsableRequest);
      server.on('connection', () => accepted++);
      server.on('request', (_req, res: ServerResponse) => {
        inFlight.add(res);
        res.once('close', () => inFlight.delete(res));
      });
      server.keepAliveTimeout = KEEP_ALIVE_MS;
      server.headersTimeout = HEADERS_TIMEOUT_MS;
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`,
        close: async () => {
          const graceEnds = Date.now() + BACKLOG_GRACE_MS;
          for (let quietTurns = 0; quietTurns < 2 && Date.now() < graceEnds; ) {
            const before = accepted;
            await new Promise((next) => setImmediate(next));
            quietTurns = accepted === before ? quietTurns + 1 : 0;
          }
          for (const res of inFlight) res.shouldKeepAlive = false;
          await new Promise<void>((done) => server.close(() => done()));
        },
      });
    });
  });
}
