import type { Server } from 'node:http';
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

/** Listens; close() stops taking connections and waits for requests in flight. */
export function listen(app: Express, port: number, host: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(port, host, (error?: Error) => {
      if (error) return reject(error);
      server.on('clientError', answerUnparsableRequest);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}
