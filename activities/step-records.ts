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
  /**
   * The clock's count of changes (pauses, resumes) when it moved the due time: the due time and the
   * paused time move only to a higher one, and never once the step is completed. Absent on writes
   * of clocks from before it, which set them whatever came before.
   */
  revision?: number;
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

/** A write to await, or to send in a batch transaction (`db.$transaction([...])`). */
export function startStep(tx: Prisma.TransactionClient, start: StepStart): Prisma.PrismaPromise<Prisma.BatchPayload> {
  return tx.stepRecord.createMany({
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

/** The due time and paused time a change moves. */
function dueTimeOf(change: StepChange): { dueAt?: Date | null; pausedMs?: bigint } {
  return {
    ...(change.dueAt !== undefined ? { dueAt: change.dueAt === null ? null : new Date(change.dueAt) } : {}),
    ...(change.pausedMs !== undefined ? { pausedMs: BigInt(change.pausedMs) } : {}),
  };
}

function setOnce(change: StepChange): { warnedAt?: Date; breachedAt?: Date } {
  return {
    ...(change.warnedAt !== undefined ? { warnedAt: new Date(change.warnedAt) } : {}),
    ...(change.breachedAt !== undefined ? { breachedAt: new Date(change.breachedAt) } : {}),
  };
}

/** The step-record activities for SLA clocks, each one idempotent. */
export function createStepActivities({ db }: { db: Database }) {
  return {
    async recordStepStarted(start: StepStart): Promise<void> {
      await startStep(db, start);
    },

    async recordStepChanged(change: StepChange): Promise<void> {
      if (change.revision === undefined) {
        await db.stepRecord.update({ where: { stepKey: change.stepKey }, data: { ...dueTimeOf(change), ...setOnce(change) } });
        return;
      }
      await db.$transaction(async (tx) => {
        const due = dueTimeOf(change);
        if (Object.keys(due).length > 0) {
          await tx.stepRecord.updateMany({ where: { stepKey: change.stepKey, revision: { lt: change.revision }, completedAt: null }, data: { ...due, revision: change.revision } });
        }
        // A warning and a breach happen once: a retry finds them set and keeps the first time.
        if (change.warnedAt !== undefined) await tx.stepRecord.updateMany({ where: { stepKey: change.stepKey, warnedAt: null }, data: { warnedAt: new Date(change.warnedAt) } });
        if (change.breachedAt !== undefined) await tx.stepRecord.updateMany({ where: { stepKey: change.stepKey, breachedAt: null }, data: { breachedAt: new Date(change.breachedAt) } });
      });
    },

    async recordStepCompleted(completion: StepCompletion): Promise<void> {
      await completeStep(db, completion);
    },
  };
}
