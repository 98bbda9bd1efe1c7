import { readFileSync } from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import pino from 'pino';
import type { Database } from '../src/db/client';
import type { AuthenticatedUser } from '../src/db/users';
import type { ServiceProcess } from '../src/embedded/service-processes';

// What the throughput benchmark's series share: the stack they run on, a load generator and
// the API's callers.

export const STARTS = Number(process.env.BENCH_STARTS ?? 150);
export const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
/** Rounds of each series, run alternately: the machine's ups and downs fall on every series alike. */
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
/**
 * The series in the order a round runs them: reversed every other round, so that each raw client's
 * series and the API's run after one another in both orders and a machine slowing down (or
 * speeding up) over the run does not favour the one that runs first.
 */
export const inRoundOrder = <T>(series: T[], round: number): T[] => (round % 2 === 0 ? series : [...series].reverse());

/** Starts of each series run once before the rounds and not counted: connections, caches and JIT warm up. */
export const WARM_UP_STARTS = Math.max(10, Math.round(STARTS / 5));
export const TASK_QUEUE = 'service-processes';

export interface Stack {
  client: Client;
  db: Database;
  api: ServiceProcess;
  workers: ServiceProcess[];
  /** The ceiling's own worker. */
  ceilingWorker: ServiceProcess;
  agent: { user: AuthenticatedUser; key: string };
  accounting: { user: AuthenticatedUser; key: string };
  warehouse: { user: AuthenticatedUser; key: string };
  startWorker(): Promise<ServiceProcess>;
}

/** Runs `count` operations, `concurrency` at a time; answers operations per second and each one's latency in ms, by its `n`. */
export async function load(count: number, operation: (n: number) => Promise<unknown>, concurrency = CONCURRENCY): Promise<{ perSecond: number; latencies: number[] }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let n = next++; n < count; n = next++) {
        const begun = performance.now();
        await operation(n);
        latencies[n] = performance.now() - begun;
      }
    }),
  );
  return { perSecond: count / ((performance.now() - started) / 1000), latencies };
}

/** Linux's clock ticks per second (`getconf CLK_TCK`), the unit of /proc/<pid>/stat's times. */
const TICKS_PER_SECOND = 100;

/** CPU time (user and system) a process has used so far, in ms. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // After the command name in parentheses: state is field 3, utime 14 and stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** The share of the machine's CPU time used so far, from the first line of /proc/stat. */
function machineTicks(): { busy: number; all: number } {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  const all = ticks.reduce((sum, value) => sum + value, 0);
  // idle and iowait
  return { busy: all - ticks[3]! - ticks[4]!, all };
}

/** 0 to 1: the machine's CPU in use between two readings of `machineTicks`. */
const busyBetween = (before: { busy: number; all: number }, after: { busy: number; all: number }) => (after.busy - before.busy) / (after.all - before.all);

/** The machine counts as quiet below this share of its CPU in use. */
export const QUIET_BUSY = 0.2;
export const QUIET_WINDOW_MS = 1_000;
const QUIET_WAIT_MAX_MS = 120_000;

/**
 * Waits until the machine is quiet, at most QUIET_WAIT_MAX_MS; answers how long it waited, in s.
 * A series' processes go on working after their starts have answered (a credit's checks, a
 * return's notices), so without this the next series would share the machine with them.
 */
async function quiet(): Promise<number> {
  const begun = performance.now();
  for (;;) {
    const before = machineTicks();
    await sleep(QUIET_WINDOW_MS);
    const waited = performance.now() - begun;
    if (busyBetween(before, machineTicks()) < QUIET_BUSY || waited >= QUIET_WAIT_MAX_MS) return waited / 1000;
  }
}

/** A timed series: starts per second, the CPU the API and the workers (all of them) spent per start, and how busy the machine was. */
export interface Timed {
  /** Starts that succeeded, per second. */
  perSecond: number;
  /** Why each start that failed did. */
  failures: string[];
  apiCpuMs: number;
  workerCpuMs: number;
  /** 0 to 1: the machine's CPU in use while the series ran. */
  machineBusy: number;
  /** How long the series waited for the machine to be quiet before it began, in s. */
  quietAfterSeconds: number;
}

/** One round of a series: `count` starts, timed. */
export type Series = (count: number) => Promise<Timed>;

export const startsPerSecond = (rounds: Timed[]) => rounds.map((round) => round.perSecond);

/**
 * `load`, measuring what the API process and the worker processes spend on each operation: CPU time
 * read from /proc does not depend on how busy the machine is, unlike starts per second.
 */
export async function timedLoad(stack: Stack, count: number, operation: (n: number) => Promise<unknown>): Promise<Timed> {
  const quietAfterSeconds = await quiet();
  const workers = () => [...stack.workers, stack.ceilingWorker].reduce((sum, worker) => sum + cpuMs(worker.pid), 0);
  const [api, worker, machine] = [cpuMs(stack.api.pid), workers(), machineTicks()];
  const failures: string[] = [];
  // A failed start is counted and told, not the end of the run: the series' other figures stand.
  const { perSecond } = await load(count, (n) => operation(n).catch((error: unknown) => failures.push(error instanceof Error ? error.message : String(error))));
  return {
    perSecond: (perSecond * (count - failures.length)) / count,
    failures,
    apiCpuMs: (cpuMs(stack.api.pid) - api) / count,
    workerCpuMs: (workers() - worker) / count,
    machineBusy: busyBetween(machine, machineTicks()),
    quietAfterSeconds,
  };
}

export const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? NaN;
/** The middle value; of an even number of values, the mean of the two in the middle. */
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/** Each round's starts a second over the round run next to it, then their median: the machine's ups and downs between rounds cancel. */
export const pairedRatio = (over: Timed[], under: Timed[]) => median(startsPerSecond(over).map((value, round) => value / startsPerSecond(under)[round]!));

/** An answer outside 2xx: its status and, for a 503, when to try again. */
export class ApiRefusal extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/**
 * The load generator's HTTP client: node's own, on kept-alive connections (one per caller at a
 * time). fetch (undici) cost the generator about 0.3 ms more CPU a request, taken on this machine
 * from the servers it measures.
 */
const agent = new http.Agent({ keepAlive: true });

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: unknown;
}

function post(url: string, headers: Record<string, string>, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        try {
          resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'], body: JSON.parse(text) });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

export async function call(stack: Stack, key: string, route: string, body: unknown, idempotencyKey?: string): Promise<unknown> {
  const answer = await post(
    `${stack.api.url}${route}`,
    { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
    JSON.stringify(body),
  );
  if (answer.status >= 300) {
    // An internal error says nothing to its caller: what the API logged about it does.
    const logged = answer.status >= 500 && answer.status !== 503 ? `; the API logged: ${stack.api.lastErrors().at(-1) ?? 'nothing'}` : '';
    throw new ApiRefusal(`POST ${route}: ${answer.status} ${JSON.stringify(answer.body)}${logged}`, answer.status, Number(answer.retryAfter ?? 1));
  }
  return answer.body;
}

export function context(stack: Stack) {
  return { db: stack.db, temporal: stack.client, taskQueue: TASK_QUEUE, logger: pino({ level: 'silent' }) };
}

