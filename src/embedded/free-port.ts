import { randomInt } from 'node:crypto';
import net from 'node:net';

function listenOnce(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : undefined));
    });
  });
}

/**
 * A TCP port on 127.0.0.1 that nothing listens on now, for a server started next. `below` keeps it
 * under a bound (Temporal stores membership ports as a signed 16-bit number), else the system picks.
 */
export async function freePort(below?: number): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const port = await listenOnce(below === undefined ? 0 : randomInt(20_000, below));
    if (port !== undefined) return port;
  }
  throw new Error(`no free port${below === undefined ? '' : ` below ${below}`}`);
}
