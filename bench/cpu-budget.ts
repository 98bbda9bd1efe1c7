import { existsSync } from 'node:fs';
import { mkdir, readFile, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

// Holds a process to a share of one core, as a container's CPU limit does, with a Linux control
// group: the `cpu` hierarchy's CFS quota (cgroup v1) or `cpu.max` (cgroup v2). The throughput
// benchmark gives each worker process the same budget, so that the workers, not the machine's two
// cores, are what limits the starts a second, and a second worker can show what it adds.

const PERIOD_US = 100_000;

interface Hierarchy {
  root: string;
  limit(group: string, share: number): Promise<void>;
}

function hierarchy(): Hierarchy | string {
  const v1 = '/sys/fs/cgroup/cpu';
  if (existsSync(path.join(v1, 'cpu.cfs_quota_us'))) {
    return {
      root: v1,
      limit: async (group, share) => {
        await writeFile(path.join(group, 'cpu.cfs_period_us'), String(PERIOD_US));
        await writeFile(path.join(group, 'cpu.cfs_quota_us'), String(Math.round(share * PERIOD_US)));
      },
    };
  }
  const v2 = '/sys/fs/cgroup';
  if (existsSync(path.join(v2, 'cgroup.subtree_control'))) {
    return {
      root: v2,
      limit: async (group, share) => {
        await writeFile(path.join(v2, 'cgroup.subtree_control'), '+cpu');
        await writeFile(path.join(group, 'cpu.max'), `${Math.round(share * PERIOD_US)} ${PERIOD_US}`);
      },
    };
  }
  return 'no cgroup cpu controller is mounted';
}

export interface CpuBudget {
  /** Puts the process (all its threads) under the budget. */
  hold(pid: number): Promise<void>;
  /** Lets every held process go and removes the groups. */
  release(): Promise<void>;
}

/** A budget of `share` of a core for each process it holds; a string says why there can be none here. */
export async function cpuBudget(share: number): Promise<CpuBudget | string> {
  const found = hierarchy();
  if (typeof found === 'string') return found;
  const groups: string[] = [];
  try {
    const probe = path.join(found.root, `bench-probe-${process.pid}`);
    await mkdir(probe);
    await rmdir(probe);
  } catch (error) {
    return `cannot make a control group under ${found.root}: ${(error as Error).message}`;
  }
  return {
    async hold(pid) {
      const group = path.join(found.root, `bench-worker-${pid}`);
      await mkdir(group);
      groups.push(group);
      await found.limit(group, share);
      await writeFile(path.join(group, 'cgroup.procs'), String(pid));
    },
    async release() {
      for (const group of groups.splice(0)) {
        const pids = (await readFile(path.join(group, 'cgroup.procs'), 'utf8')).split('\n').filter(Boolean);
        for (const pid of pids) await writeFile(path.join(found.root, 'cgroup.procs'), pid).catch(() => undefined);
        await rmdir(group);
      }
    },
  };
}
