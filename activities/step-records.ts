import type { Database, Prisma } from '../src/db/client';
import { stepDefinition, type ProcessDefinition } from '../src/domain/catalog';
import type { StepInstance } from '../src/domain/sla-clock';
import { stepKey } from '../src/domain/step-key';

// Step (SLA) records: one row per step instance, keyed by workflow, step and sequence, so an
// activity that runs twice writes once.

export interface StepStart extends StepInstance {
  startedAt: string;
  dueAt: string | null;
}

export interface StepChange {
  stepKey: string;
  /** Null while the clock is paused. */
  dueAt?: string | null;
  pausedMs?: number;
  warnedAt?: string;
  breachedAt?: string;
}

export interface StepCompletion {
  stepKey: string;
  completedAt: string;
  /** Business time the step took, pauses excluded. */
  durationMs: number;
}

export async function startStep(tx: Prisma.TransactionClient, start: StepStart): Promise<void> {
  await tx.stepRecord.createMany({
    data: [
      {
        stepKey: stepKey(start.workflowId, start.step, start.sequence),
        process: start.process,
        workflowId: start.workflowId,
        caseId: start.caseId,
        step: start.step,
        ownerRole: start.ownerRole,
        startedAt: new Date(start.startedAt),
        dueAt: start.dueAt ? new Date(start.dueAt) : null,
      },
    ],
    skipDuplicates: true,
  });
}

export async function completeStep(tx: Prisma.TransactionClient, completion: StepCompletion): Promise<void> {
  await tx.stepRecord.updateMany({
    where: { stepKey: completion.stepKey, completedAt: null },
    data: { completedAt: new Date(completion.completedAt), durationMs: BigInt(completion.durationMs) },
  });
}

/** A step the engine does by itself in one go: its record starts and completes together. */
export async function recordSystemStep<P extends ProcessDefinition>(
  tx: Prisma.TransactionClient,
  process: P,
  stepName: P['steps'][number]['name'],
  run: { workflowId: string; caseId: string; startedAt: string; completedAt: string },
): Promise<void> {
  const step = stepDefinition(process, stepName);
  const { workflowId, caseId, startedAt, completedAt } = run;
  await startStep(tx, { workflowId, process: process.name, caseId, step: step.name, sequence: 1, ownerRole: step.ownerRole, startedAt, dueAt: null });
  await completeStep(tx, {
    stepKey: stepKey(workflowId, step.name, 1),
    completedAt,
    durationMs: Math.max(0, Date.parse(completedAt) - Date.parse(startedAt)),
  });
}

/** The step-record activities for SLA clocks, each one idempotent. */
export function createStepActivities({ db }: { db: Database }) {
  return {
    async recordStepStarted(start: StepStart): Promise<void> {
      await startStep(db, start);
    },

    async recordStepChanged(change: StepChange): Promise<void> {
      await db.stepRecord.update({
        where: { stepKey: change.stepKey },
        data: {
          ...(change.dueAt !== undefined ? { dueAt: change.dueAt === null ? null : new Date(change.dueAt) } : {}),
          ...(change.pausedMs !== undefined ? { pausedMs: BigInt(change.pausedMs) } : {}),
          ...(change.warnedAt !== undefined ? { warnedAt: new Date(change.warnedAt) } : {}),
          ...(change.breachedAt !== undefined ? { breachedAt: new Date(change.breachedAt) } : {}),
        },
      });
    },

    async recordStepCompleted(completion: StepCompletion): Promise<void> {
      await completeStep(db, completion);
    },
  };
}
