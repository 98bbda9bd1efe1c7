import type { Database } from '../src/db/client';
import type { Actor } from '../src/domain/actor';
import type { CallbackStatus } from '../src/domain/callbacks';
import type { OutboxMessage } from '../src/domain/notifications';
import { enqueueNotifications } from './notifications';
import { addTimelineEvent } from './timeline';
import { moveCaseRow } from './case-row';

// A case's owner and its promised callbacks: the rows the case view and the resolution report
// read, each with its timeline event and the messages it calls for, in one transaction.

export interface CaseTransfer {
  caseId: string;
  /** 1, 2, … per case: the transfer's timeline event is recorded once. */
  sequence: number;
  from: Actor;
  to: Actor;
  by: Actor;
  reason: string;
  at: string;
  /** The transfer's revision of the case row; absent on runs from before revisions, whose transfers move it whatever came later. */
  revision?: number;
  /** The messages the transfer calls for; absent on runs that send them in activities of their own. */
  notices?: OutboxMessage[];
}

export interface CallbackPromise {
  caseId: string;
  number: number;
  ownerId: string;
  dueAt: string;
  note: string;
  promisedBy: Actor;
  promisedAt: string;
  stepKey: string;
}

export interface CallbackEvent {
  caseId: string;
  number: number;
  /** Unique per case: the same event recorded twice is stored once. */
  eventKey: string;
  type: string;
  actor: Actor | null;
  data: Record<string, unknown>;
  at: string;
  /** The promise ends with this status. */
  endsAs?: Exclude<CallbackStatus, 'open'>;
  /** The messages the event calls for; absent on runs that send them in activities of their own. */
  notices?: OutboxMessage[];
}

export function createCaseOwnershipActivities({ db }: { db: Database }) {
  return {
    /** The case and its open callbacks move to the new owner. */
    async recordCaseTransferred(input: CaseTransfer): Promise<void> {
      await db.$transaction(async (tx) => {
        if (input.revision === undefined) {
          await tx.case.update({ where: { id: input.caseId }, data: { ownerId: input.to.id } });
          await tx.callback.updateMany({ where: { caseId: input.caseId, status: 'open' }, data: { ownerId: input.to.id } });
        } else {
          await moveCaseRow(tx, input.caseId, input.revision, { ownerId: input.to.id });
        }
        await addTimelineEvent(tx, {
          caseId: input.caseId,
          eventKey: `case.transferred:${input.sequence}`,
          type: 'case.transferred',
          actorId: input.by.id,
          data: { from: input.from, to: input.to, reason: input.reason, by: input.by.name },
          occurredAt: input.at,
        });
        await enqueueNotifications(tx, input.notices ?? []);
      });
    },

    async recordCallbackPromised(input: CallbackPromise): Promise<void> {
      await db.$transaction(async (tx) => {
        await tx.callback.createMany({
          data: [
            {
              caseId: input.caseId,
              number: input.number,
              ownerId: input.ownerId,
              dueAt: new Date(input.dueAt),
              note: input.note,
              status: 'open',
              promisedById: input.promisedBy.id,
              promisedAt: new Date(input.promisedAt),
              stepKey: input.stepKey,
            },
          ],
          skipDuplicates: true,
        });
        await addTimelineEvent(tx, {
          caseId: input.caseId,
          eventKey: `callback:${input.number}:promised`,
          type: 'case.callback_promised',
          actorId: input.promisedBy.id,
          data: { number: input.number, dueAt: input.dueAt, note: input.note, by: input.promisedBy.name },
          occurredAt: input.promisedAt,
        });
      });
    },

    /** An attempt, a reminder, a miss, or the end of the promise. */
    async recordCallbackEvent(input: CallbackEvent): Promise<void> {
      await db.$transaction(async (tx) => {
        if (input.endsAs) {
          await tx.callback.updateMany({
            where: { caseId: input.caseId, number: input.number, status: 'open' },
            data: { status: input.endsAs, endedAt: new Date(input.at) },
          });
        }
        await addTimelineEvent(tx, {
          caseId: input.caseId,
          eventKey: input.eventKey,
          type: input.type,
          actorId: input.actor?.id ?? null,
          data: { number: input.number, ...input.data },
          occurredAt: input.at,
        });
        await enqueueNotifications(tx, input.notices ?? []);
      });
    },
  };
}
