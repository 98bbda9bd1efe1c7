import os from 'node:os';
import { cpuBudget } from './cpu-budget';
import { inRoundOrder, median, ROUNDS, STARTS, startsPerSecond, WARM_UP_STARTS, type Series, type Stack, type Timed } from './load';

// Starts a second with one worker process against two, twice: as the machine runs them, where on
// two cores the servers, the API and the load generator already use the machine; and with each
// worker held to the same share of a core (as a container's CPU limit would), where the workers are
// the limit and the machine has room, which is what scaling out is for.

const WORKER_CPU_SHARE = Number(process.env.BENCH_WORKER_CPU ?? 0.2);
/** Busier than this, the machine's cores are what limits the starts a second. */
const MACHINE_SATURATED = 0.9;

export interface Scaling {
  name: string;
  /** Each worker held to a share of a core; else free. */
  held: boolean;
  /** The API's series with one worker, and its raw client's rounds alternating with them where run. */
  one: Timed[];
  rawOne: Timed[];
  two: Timed[];
  /** What limited the starts a second, in words. */
  limit: string;
}

/** The rounds of a series after a warm-up of the workers as they now are. */
async function rounds(series: Series): Promise<Timed[]> {
  await series(WARM_UP_STARTS);
  const timed: Timed[] = [];
  for (let round = 0; round < ROUNDS; round += 1) timed.push(await series(STARTS));
  return timed;
}

/** The raw client's and the API's rounds, alternating (in both orders), after a warm-up of both. */
async function pairedRounds(raw: Series, api: Series): Promise<{ raw: Timed[]; api: Timed[] }> {
  await raw(WARM_UP_STARTS);
  await api(WARM_UP_STARTS);
  const paired = { raw: [] as Timed[], api: [] as Timed[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, series] of inRoundOrder([['raw', raw] as const, ['api', api] as const], round)) paired[name].push(await series(STARTS));
  }
  return paired;
}

/** The machine's CPU in use while two workers ran, and whether that made it the limit. */
function machineLimit(two: Timed[]): string {
  const busy = median(two.map((round) => round.machineBusy));
  return `the machine's ${os.cpus().length} cores ${(busy * 100).toFixed(0)}% busy: ${busy >= MACHINE_SATURATED ? 'the machine is the limit' : 'the machine had room'}`;
}

/** Stops the stack's workers after the first, so that one worker runs the next series. */
async function keepOneWorker(stack: Stack): Promise<void> {
  for (const worker of stack.workers.splice(1)) await worker.stop();
}

/**
 * Opening a case through the API (`series.api`, one round of starts) with two worker processes and
 * with one: free, then each held to `BENCH_WORKER_CPU` of a core, where the raw client's rounds
 * (`series.raw`) alternate with the API's one-worker rounds too. `free` are the rounds already run
 * with the stack's one worker. The second worker warms up free before it is held (under a small
 * budget, its first minutes of compiling would be measured instead). Leaves the stack with one
 * worker, unbudgeted.
 */
export async function workerScaling(
  stack: Stack,
  series: { raw: Series; api: Series },
  free: { raw: Timed[]; api: Timed[] },
): Promise<Scaling[]> {
  stack.workers.push(await stack.startWorker());
  const freeTwo = await rounds(series.api);
  const freeScaling: Scaling = { name: 'free', held: false, one: free.api, rawOne: free.raw, two: freeTwo, limit: machineLimit(freeTwo) };
  const budget = await cpuBudget(WORKER_CPU_SHARE);
  const budgetName = `${WORKER_CPU_SHARE} core each`;
  if (typeof budget === 'string') {
    await keepOneWorker(stack);
    return [freeScaling, { name: budgetName, held: true, one: [], rawOne: [], two: [], limit: `not measured: ${budget}` }];
  }
  try {
    for (const worker of stack.workers) await budget.hold(worker.pid);
    const two = await rounds(series.api);
    await keepOneWorker(stack);
    const one = await pairedRounds(series.raw, series.api);
    return [freeScaling, { name: budgetName, held: true, one: one.api, rawOne: one.raw, two, limit: `each worker held to ${WORKER_CPU_SHARE} of a core, so the workers are the limit; ${machineLimit(two)}` }];
  } finally {
    await budget.release();
  }
}

export const scalingRatio = ({ one, two }: Scaling) => median(startsPerSecond(two)) / median(startsPerSecond(one));

/** Each round's API over the raw round run next to it, then their median. */
export const pairedRatio = (api: Timed[], raw: Timed[]) => median(startsPerSecond(api).map((value, round) => value / startsPerSecond(raw)[round]!));
