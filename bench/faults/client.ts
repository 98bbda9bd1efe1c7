import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

// A client as a careful integration writes one: every starting POST carries an Idempotency-Key,
// and an answer that says "not now" (5xx, a lost connection, a key still in progress) is retried
// after a pause until a deadline. Every answer's status and time are kept for the report.

/** The fields of an answer the scenarios read. */
export interface AnswerBody {
  id?: string;
  workflowId?: string;
  status?: string;
  detail?: string;
  approvals?: Array<{ approver: { id: string } }>;
  contacts?: Array<{ kind: string; outcome: string }>;
}

export interface Answer {
  status: number;
  body: AnswerBody;
}

export interface Exchange {
  method: string;
  route: string;
  status: number | 'no answer';
  ms: number;
  at: number;
}

const RETRY_PAUSE_MS = 500;
/** Long enough for an update that waits on a worker being restarted. */
const ANSWER_TIMEOUT_MS = 60_000;

export class FaultClient {
  readonly exchanges: Exchange[] = [];

  constructor(
    private readonly baseUrl: string,
    private readonly retryForMs: number,
  ) {}

  /** One request, as sent; network failures answer `status: 0`. */
  async once(method: string, route: string, key: string, body?: unknown, headers: Record<string, string> = {}, timeoutMs = ANSWER_TIMEOUT_MS): Promise<Answer> {
    const begun = performance.now();
    try {
      const response = await fetch(`${this.baseUrl}${route}`, {
        method,
        headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      this.exchanges.push({ method, route, status: response.status, ms: performance.now() - begun, at: Date.now() });
      return { status: response.status, body: text && response.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as AnswerBody) : {} };
    } catch {
      this.exchanges.push({ method, route, status: 'no answer', ms: performance.now() - begun, at: Date.now() });
      return { status: 0, body: {} };
    }
  }

  /** Sends until an answer is final (2xx, or 4xx but a key still in progress); a starting POST gets one Idempotency-Key for all its tries. */
  async send(
    method: string,
    route: string,
    key: string,
    body?: unknown,
    options: { idempotent?: boolean; idempotencyKey?: string; done?: (answer: Answer) => Promise<boolean> } = {},
  ): Promise<Answer> {
    const idempotencyKey = options.idempotencyKey ?? (options.idempotent ? randomUUID() : undefined);
    const headers: Record<string, string> = idempotencyKey ? { 'idempotency-key': idempotencyKey } : {};
    const deadline = Date.now() + this.retryForMs;
    for (;;) {
      const answer = await this.once(method, route, key, body, headers);
      const retryable = answer.status === 0 || answer.status >= 500 || answer.status === 429 || (answer.status === 409 && /in progress|in flux/.test(answer.body?.detail ?? ''));
      if (!retryable && (!options.done || (await options.done(answer)))) return answer;
      if (Date.now() > deadline) return answer;
      await sleep(RETRY_PAUSE_MS);
    }
  }
}

/** `<method> <route>` with its ids as `{id}`: the requests of one kind. */
export function requestKind(exchange: Pick<Exchange, 'method' | 'route'>): string {
  return `${exchange.method} ${exchange.route.replace(/[0-9a-f-]{36}/g, '{id}')}`;
}

/** The slowest exchange, as `<ms> ms (<method> <route>)`, and its time. */
export function slowest(exchanges: Exchange[]): { ms: number; text: string } {
  const found = exchanges.reduce<Exchange | undefined>((slow, exchange) => (slow && slow.ms >= exchange.ms ? slow : exchange), undefined);
  const ms = Math.round(found?.ms ?? 0);
  return { ms, text: found ? `${ms} ms (${requestKind(found)})` : 'none' };
}

/** Runs `count` tasks, `concurrency` at a time. */
export async function inParallel(count: number, concurrency: number, task: (n: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      for (let n = next++; n < count; n = next++) await task(n);
    }),
  );
}
