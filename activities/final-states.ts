import type { Database, Prisma } from '../src/db/client';

export interface FinalState {
  workflowId: string;
  process: string;
  state: object;
  finishedAt: string;
}

export function createFinalStateActivities({ db }: { db: Database }) {
  return {
    /** Keeps the state a process finished with; a retry writes the same row again. */
    async recordFinalState({ workflowId, process, state, finishedAt }: FinalState): Promise<void> {
      // The state arrived as JSON, so it is JSON.
      const row = { process, state: state as Prisma.InputJsonValue, finishedAt: new Date(finishedAt) };
      await db.processFinalState.upsert({ where: { workflowId }, create: { workflowId, ...row }, update: row });
    },
  };
}
