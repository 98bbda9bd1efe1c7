import os from 'node:os';
import { cpuBudget, type CpuBudget } from './cpu-budget';
import { inRoundOrder, median, pairedRatio, ROUNDS, STARTS, startsPerSecond, WARM_UP_STARTS, type Series, type Stack, type Timed } from './load';

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
 * The held rounds: two workers against one, in the order two, one, one, two, two, … so that each
 * one-worker round runs beside a two-worker round and a machine drifting over the run favours
 * neither. In the one-worker slots the raw client's round runs beside the API's too. The second
 * worker is stopped for the one-worker slots and started again after them; each time it warms up free
 * on a full round of starts before it is held.
 */
async function heldRounds(stack: Stack, series: { raw: Series; api: Series }, budget: CpuBudget): Promise<{ one: Timed[]; rawOne: Timed[]; two: Timed[] }> {
  const held = { one: [] as Timed[], rawOne: [] as Timed[], two: [] as Timed[] };
  // The API's one-worker round next to the two-worker round, the raw client's on its other side:
  // after the API's in even rounds, before it in odd ones.
  const runOne = async (round: number) => {
    for (const [name, run] of inRoundOrder([['one', series.api] as const, ['rawOne', series.raw] as const], round)) held[name].push(await run(STARTS));
  };
  for (const worker of stack.workers) await budget.hold(worker.pid);
  await series.raw(WARM_UP_STARTS);
  await series.api(WARM_UP_STARTS);
  for (let round = 0; round < ROUNDS; round += 1) {
    if (round % 2 === 0) {
      held.two.push(await series.api(STARTS));
      await keepOneWorker(stack);
      await runOne(round);
    } else {
      await runOne(round);
      stack.workers.push(await stack.startWorker());
      await series.api(STARTS);
      await budget.hold(stack.workers[1]!.pid);
      held.two.push(await series.api(STARTS));
    }
  }
  return held;
}

/**
 * Opening a case through the API (`series.api`, one round of starts) with two worker processes and
 * with one: free, then each held to `BENCH_WORKER_CPU` of a core (`heldRounds`). `free` are the
 * rounds already run with the stack's one worker. A second worker warms up free before it is held
 * (under a small budget, its first minutes of compiling would be measured instead). Leaves the
 * stack with one worker, unbudgeted.
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
    const { one, rawOne, two } = await heldRounds(stack, series, budget);
    await keepOneWorker(stack);
    return [freeScaling, { name: budgetName, held: true, one, rawOne, two, limit: `each worker held to ${WORKER_CPU_SHARE} of a core, so the workers are the limit; ${machineLimit(two)}` }];
  } finally {
    await budget.release();
  }
}

/** Held, each two-worker round ran beside a one-worker round, so the ratio is paired; free, it is of the medians. */
export const scalingRatio = ({ one, two, held }: Scaling) => (held ? pairedRatio(two, one) : median(startsPerSecond(two)) / median(startsPerSecond(one)));
