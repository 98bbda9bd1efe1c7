import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ServiceProcess } from '../src/embedded/service-processes';
import type { OpenCase } from './returns';

// A worker's resident memory per running workflow it keeps cached: RSS before and after opening
// cases, which stay running (and cached) until closed. The heap grows in steps and garbage is
// collected when V8 chooses, so it is a figure to compare, not an exact cost.

const CACHED = Number(process.env.BENCH_CACHED_WORKFLOWS ?? 500);
const SETTLE_MS = 3000;

async function residentBytes(worker: ServiceProcess): Promise<number> {
  const status = await readFile(`/proc/${worker.pid}/status`, 'utf8');
  const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (kilobytes === undefined) throw new Error(`no VmRSS for worker ${worker.identity}`);
  return Number(kilobytes) * 1024;
}

export async function memoryPerCachedWorkflow(worker: ServiceProcess, openCases: (count: number) => Promise<OpenCase[]>): Promise<{ workflows: number; kilobytesEach: number }> {
  await sleep(SETTLE_MS);
  const before = await residentBytes(worker);
  await openCases(CACHED);
  await sleep(SETTLE_MS);
  const after = await residentBytes(worker);
  return { workflows: CACHED, kilobytesEach: (after - before) / CACHED / 1024 };
}
