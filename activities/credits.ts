import type { Database, Prisma } from '../src/db/client';
import { CREDIT_PROCESS } from '../src/domain/catalog';
import type { CreditKind, CreditStatus } from '../src/domain/credits';
import { minorFromBigInt, type Money } from '../src/domain/money';
import type { Role } from '../src/domain/roles';
import type { Actor } from '../src/domain/actor';
import type { CreditApprovalView, CreditRequest } from '../src/domain/messages/credit';
import type { CreditChange } from '../src/domain/read-model';
import { writeProcessChange } from './read-model';
import { recordSystemStep } from './step-records';
import { addTimelineEvent } from './timeline';

// Every write of the credit process. Each is idempotent: keyed by credit, approver or step, so a
// retried or replayed activity changes nothing the second time. A credit writes its read model with
// recordProcessChange (activities/read-model.ts) and posts with postCreditChange; the writes marked
// "old branch" serve only runs started before credit-read-model-revisions (docs/versioning.md).

export interface CreditRequested extends CreditRequest {
  workflowId: string;
  policyVersion: number;
  requestedAt: string;
}

export interface CreditRouted {
  creditId: string;
  workflowId: string;
  caseId: string;
  status: 'approved' | 'pending_approval';
  queueRole: Role | null;
  dualControl: boolean;
  reason: string | null;
  at: string;
  checkStartedAt: string;
}

export interface CreditEvent {
  creditId: string;
  caseId: string;
  /** The new status, when the event changes it. */
  status?: CreditStatus;
  queueRole?: Role;
  type: string;
  actor: Actor | null;
  data: Record<string, unknown>;
  at: string;
}

export interface CreditPosting {
  creditId: string;
  workflowId: string;
  caseId: string;
  customerId: string;
  kind: CreditKind;
  amount: Money;
  at: string;
}

const DECIDED: readonly CreditStatus[] = ['approved', 'rejected', 'expired', 'recalled'];

/**
 * The statuses a credit's row may move to each status from. Writes run in parallel (an update
 * handler and the main flow), so a late write must never take the row back (posted → approved).
 */
const MOVES_FROM: Record<CreditStatus, readonly string[]> = {
  pending_approval: ['checking'],
  approved: ['checking', 'pending_approval'],
  posted: ['checking', 'pending_approval', 'approved'],
  rejected: ['pending_approval'],
  expired: ['pending_approval'],
  recalled: ['pending_approval'],
};

/** Live goodwill: what is granted, approved or still being decided counts against the cap. */
const LIVE_GOODWILL: readonly string[] = ['checking', 'pending_approval', 'approved', 'posted'];

/** The ledger entry, and the balance or refund instruction, once per credit whatever retries: answers when it was posted. */
async function postLedgerEntry(tx: Prisma.TransactionClient, input: CreditPosting): Promise<Date> {
  const amountMinor = BigInt(input.amount.minor);
  const inserted = await tx.ledgerEntry.createMany({
    data: [
      {
        creditId: input.creditId,
        customerId: input.customerId,
        kind: input.kind,
        amountMinor,
        currency: input.amount.currency,
        postedAt: new Date(input.at),
      },
    ],
    skipDuplicates: true,
  });
  if (inserted.count === 1) {
    if (input.kind === 'refund') {
      await tx.refundInstruction.create({
        data: {
          creditId: input.creditId,
          customerId: input.customerId,
          amountMinor,
          currency: input.amount.currency,
          status: 'pending',
          createdAt: new Date(input.at),
        },
      });
    } else {
      await tx.storeCreditBalance.upsert({
        where: { customerId_currency: { customerId: input.customerId, currency: input.amount.currency } },
        create: { customerId: input.customerId, currency: input.amount.currency, balanceMinor: amountMinor, updatedAt: new Date(input.at) },
        update: { balanceMinor: { increment: amountMinor }, updatedAt: new Date(input.at) },
      });
    }
  }
  return (await tx.ledgerEntry.findUniqueOrThrow({ where: { creditId: input.creditId } })).postedAt;
}

export function createCreditActivities({ db }: { db: Database }) {
  return {
    /**
     * Goodwill already granted or on its way to this customer in the window, other than this credit.
     * Checks of one customer run one at a time, so two requests at once never both fit under the cap.
     */
    async goodwillGrantedSince(input: { creditId: string; customerId: string; currency: string; since: string }): Promise<number> {
      return db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`goodwill:${input.customerId}`}, 0))`;
        const { _sum } = await tx.credit.aggregate({
          where: {
            id: { not: input.creditId },
            customerId: input.customerId,
            currency: input.currency,
            kind: 'goodwill',
            status: { in: [...LIVE_GOODWILL] },
            requestedAt: { gte: new Date(input.since) },
          },
          _sum: { amountMinor: true },
        });
        return minorFromBigInt(_sum.amountMinor ?? 0n);
      });
    },

    /** Old branch. */
    async recordCreditRequested(input: CreditRequested): Promise<void> {
      await db.$transaction(async (tx) => {
        await tx.credit.createMany({
          data: [
            {
              id: input.creditId,
              workflowId: input.workflowId,
              customerId: input.customerId,
              caseId: input.caseId,
              kind: input.kind,
              amountMinor: BigInt(input.amount.minor),
              currency: input.amount.currency,
              reason: input.reason,
              requestedById: input.requestedBy.id,
              status: 'checking',
              policyVersion: input.policyVersion,
              sourceType: input.source?.type ?? null,
              sourceId: input.source?.id ?? null,
              requestedAt: new Date(input.requestedAt),
            },
          ],
          skipDuplicates: true,
        });
        await addTimelineEvent(tx, {
          caseId: input.caseId,
          eventKey: `credit:${input.creditId}:requested`,
          type: 'credit.requested',
          actorId: input.requestedBy.id,
          data: { creditId: input.creditId, kind: input.kind, amount: input.amount, reason: input.reason, by: input.requestedBy.name },
          occurredAt: input.requestedAt,
        });
      });
    },

    /** Old branch. */
    async recordCreditRouted(input: CreditRouted): Promise<void> {
      await db.$transaction(async (tx) => {
        await tx.credit.updateMany({
          where: { id: input.creditId, status: { in: [...MOVES_FROM[input.status]] } },
          data: {
            status: input.status,
            queueRole: input.queueRole,
            dualControl: input.dualControl,
            decidedAt: input.status === 'approved' ? new Date(input.at) : null,
          },
        });
        await recordSystemStep(tx, CREDIT_PROCESS, 'policy_check', {
          workflowId: input.workflowId,
          caseId: input.caseId,
          startedAt: input.checkStartedAt,
          completedAt: input.at,
        });
        await addTimelineEvent(tx, {
          caseId: input.caseId,
          eventKey: `credit:${input.creditId}:routed`,
          type: input.status === 'approved' ? 'credit.approved_by_policy' : 'credit.awaiting_approval',
          actorId: null,
          data: { creditId: input.creditId, queueRole: input.queueRole, dualControl: input.dualControl, reason: input.reason },
          occurredAt: input.at,
        });
      });
    },

    /** Old branch. */
    async recordCreditApproval(input: { creditId: string; caseId: string; approval: CreditApprovalView }): Promise<void> {
      const { approval } = input;
      await db.$transaction(async (tx) => {
        await tx.creditApproval.createMany({
          data: [
            {
              creditId: input.creditId,
              approverId: approval.approver.id,
              onBehalfOfId: approval.onBehalfOf?.id ?? null,
              role: approval.role,
              decision: 'approve',
              note: approval.note,
              decidedAt: new Date(approval.at),
            },
          ],
          skipDuplicates: true,
        });
        await addTimelineEvent(tx, {
          caseId: input.caseId,
          eventKey: `credit:${input.creditId}:approval:${approval.approver.id}`,
          type: 'credit.approval_given',
          actorId: approval.approver.id,
          data: { creditId: input.creditId, by: approval.approver.name, onBehalfOf: approval.onBehalfOf?.name ?? null, role: approval.role },
          occurredAt: approval.at,
        });
      });
    },

    /** Old branch. */
    async recordCreditEvent(input: CreditEvent): Promise<void> {
      await db.$transaction(async (tx) => {
        if (input.status !== undefined) {
          await tx.credit.updateMany({
            where: { id: input.creditId, status: { in: [...MOVES_FROM[input.status]] } },
            data: { status: input.status, ...(DECIDED.includes(input.status) ? { decidedAt: new Date(input.at) } : {}) },
          });
        }
        if (input.queueRole !== undefined) {
          await tx.credit.update({ where: { id: input.creditId }, data: { queueRole: input.queueRole } });
        }
        await addTimelineEvent(tx, {
          caseId: input.caseId,
          eventKey: `credit:${input.creditId}:${input.type}`,
          type: input.type,
          actorId: input.actor?.id ?? null,
          data: { creditId: input.creditId, ...input.data },
          occurredAt: input.at,
        });
      });
    },

    /** Old branch. Posts the credit exactly once: the ledger's unique credit id decides, in one transaction. */
    async postCredit(input: CreditPosting): Promise<{ postedAt: string }> {
      return db.$transaction(async (tx) => {
        const postedAt = (await postLedgerEntry(tx, input)).toISOString();
        await tx.credit.updateMany({
          where: { id: input.creditId, status: { in: [...MOVES_FROM.posted] } },
          data: { status: 'posted', postedAt: new Date(postedAt) },
        });
        await recordSystemStep(tx, CREDIT_PROCESS, 'post', { workflowId: input.workflowId, caseId: input.caseId, startedAt: input.at, completedAt: postedAt });
        await addTimelineEvent(tx, {
          caseId: input.caseId,
          eventKey: `credit:${input.creditId}:posted`,
          type: 'credit.posted',
          actorId: null,
          data: { creditId: input.creditId, kind: input.kind, amount: input.amount },
          occurredAt: postedAt,
        });
        return { postedAt };
      });
    },

    /**
     * Posts the credit exactly once and records the change that posts it at its revision, in one
     * transaction: the ledger's unique credit id decides, and the row and the event carry the
     * ledger entry's time.
     */
    async postCreditChange({ posting, change }: { posting: CreditPosting; change: CreditChange }): Promise<{ postedAt: string }> {
      return db.$transaction(async (tx) => {
        const postedAt = (await postLedgerEntry(tx, posting)).toISOString();
        await writeProcessChange(tx, {
          ...change,
          event: { ...change.event, at: postedAt },
          row: { ...change.row, fields: { ...change.row.fields, postedAt } },
          step: { name: 'post', startedAt: posting.at, completedAt: postedAt },
        });
        return { postedAt };
      });
    },
  };
}
