import type { Database } from '../src/db/client';
import type { Actor } from '../src/domain/actor';
import { CASE_PROCESS, CASE_WORK_STEP } from '../src/domain/catalog';
import { caseOpenedData, resolutionDueAt, type CasePolicies, type OpenCaseInput } from '../src/domain/messages/case';
import { completeStep, startStep } from './step-records';
import { stepKey } from '../src/domain/step-key';
import { addTimelineEvent } from './timeline';
import { moveCaseRow } from './case-row';
import { currentPolicies } from '../src/db/policies';

export interface RecordCaseOpened extends OpenCaseInput {
  workflowId: string;
  openedAt: string;
  /** The end of the first-contact resolution window: the work step's due time. Absent on runs opened before it. */
  resolutionDueAt?: string | null;
  /** The case row's first revision; absent on runs from before revisions (the row keeps 0). */
  revision?: number;
}

/** What a case's run keeps from its opening: the policies it works by and the end of its resolution window. */
export interface CaseOpened {
  policies: CasePolicies;
  resolutionDueAt: string;
}

export interface RecordCaseClosed {
  workflowId: string;
  caseId: string;
  closedAt: string;
  workDurationMs: number;
  closedBy: Actor;
  resolution: string | null;
  /** The close's revision and the owner at it: the row moves only to a newer revision. Absent on runs from before. */
  revision?: number;
  ownerId?: string;
}

export function createCaseActivities({ db }: { db: Database }) {
  // One batch transaction, not an interactive one: the three writes go together, without a round
  // trip and the client's transaction bookkeeping between each (a case opens in the first workflow task).
  const recordCaseOpened = async (input: RecordCaseOpened): Promise<void> => {
    await db.$transaction([
      db.case.createMany({
        data: [
          {
            id: input.caseId,
            customerId: input.customerId,
            subject: input.subject,
            channel: input.channel,
            status: 'open',
            openedById: input.openedBy.id,
            ownerId: input.openedBy.id,
            category: input.category ?? null,
            workflowId: input.workflowId,
            openedAt: new Date(input.openedAt),
            revision: input.revision ?? 0,
          },
        ],
        skipDuplicates: true,
      }),
      addTimelineEvent(db, {
        caseId: input.caseId,
        eventKey: 'case.opened',
        type: 'case.opened',
        actorId: input.openedBy.id,
        data: caseOpenedData(input),
        occurredAt: input.openedAt,
      }),
      startStep(db, {
        workflowId: input.workflowId,
        process: CASE_PROCESS.name,
        caseId: input.caseId,
        step: CASE_WORK_STEP.name,
        sequence: 1,
        ownerRole: CASE_WORK_STEP.ownerRole,
        startedAt: input.openedAt,
        dueAt: input.resolutionDueAt ?? null,
      }),
    ]);
  };
  return {
    recordCaseOpened,

    /** Opens a case in one step: loads the policies it works by, then writes it with its resolution window. */
    async openCase(input: Omit<RecordCaseOpened, 'resolutionDueAt'>): Promise<CaseOpened> {
      const { calendar, cases } = await currentPolicies(db, ['calendar', 'cases']);
      const policies = { calendar: calendar.document, cases: cases.document };
      const dueAt = resolutionDueAt(policies, input.openedAt);
      await recordCaseOpened({ ...input, resolutionDueAt: dueAt });
      return { policies, resolutionDueAt: dueAt };
    },

    async recordCaseClosed(input: RecordCaseClosed): Promise<void> {
      await db.$transaction(async (tx) => {
        const closed = { status: 'closed', closedAt: new Date(input.closedAt) };
        if (input.revision === undefined || input.ownerId === undefined) await tx.case.update({ where: { id: input.caseId }, data: closed });
        else await moveCaseRow(tx, input.caseId, input.revision, { ...closed, ownerId: input.ownerId });
        await addTimelineEvent(tx, {
          caseId: input.caseId,
          eventKey: 'case.closed',
          type: 'case.closed',
          actorId: input.closedBy.id,
          data: { resolution: input.resolution, by: input.closedBy.name },
          occurredAt: input.closedAt,
        });
        await completeStep(tx, {
          stepKey: stepKey(input.workflowId, CASE_WORK_STEP.name, 1),
          completedAt: input.closedAt,
          durationMs: input.workDurationMs,
        });
      });
    },
  };
}
