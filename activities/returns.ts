import type { Database, Prisma } from '../src/db/client';
import { heldByOtherReturns } from '../src/db/returns-held';
import { RETURN_PROCESS } from '../src/domain/catalog';
import { minorFromBigInt } from '../src/domain/money';
import { trackingNumberOf } from '../src/domain/return-process';
import { checkEligibility, EXCEPTABLE_CODES, replacementOrderId, type IneligibleCode, type OrderLine, type RequestedLine } from '../src/domain/returns';
import type { ReturnsPolicy } from '../src/domain/policies';
import type { Actor } from '../src/domain/actor';
import { recordSystemStep } from './step-records';
import { addTimelineEvent } from './timeline';

// Every write of the return process. What may still be returned of an order line is decided under
// a row lock on the order's lines, so two returns racing for one line never return more than was
// bought. A return's later changes go through recordProcessChange (activities/read-model.ts); the
// writes marked "old branch" serve only runs started before return-read-model-revisions
// (docs/versioning.md).

export interface ReturnReservation {
  returnId: string;
  workflowId: string;
  orderId: string;
  customerId: string;
  caseId: string;
  resolution: string;
  lines: RequestedLine[];
  requestedBy: Actor;
  requestedAt: string;
  policy: ReturnsPolicy;
}

export interface ReservedLine {
  sku: string;
  name: string | null;
  unitPrice: { minor: number; currency: string } | null;
  eligible: boolean;
  ineligibleCode: IneligibleCode | null;
}

export interface ReturnEvent {
  returnId: string;
  caseId: string;
  type: string;
  actor: Actor | null;
  data: Record<string, unknown>;
  at: string;
  status?: string;
  received?: Array<{ sku: string; qty: number }>;
  grades?: Array<{ sku: string; grade: string }>;
  outcome?: { creditId?: string; creditMinor?: number; currency?: string; replacementOrderId?: string; escalationId?: string };
}

async function lockedOrderLines(tx: Prisma.TransactionClient, orderId: string) {
  return tx.$queryRaw<Array<{ sku: string; name: string; category: string; qty: number; unit_price_minor: bigint; currency: string; final_sale: boolean }>>`
    SELECT sku, name, category, qty, unit_price_minor, currency, final_sale FROM order_lines WHERE order_id = ${orderId} ORDER BY sku FOR UPDATE`;
}

function toOrderLine(row: Awaited<ReturnType<typeof lockedOrderLines>>[number]): OrderLine & { name: string } {
  return {
    sku: row.sku,
    name: row.name,
    category: row.category,
    qty: row.qty,
    unitPrice: { minor: minorFromBigInt(row.unit_price_minor), currency: row.currency },
    finalSale: row.final_sale,
  };
}

export function createReturnActivities({ db }: { db: Database }) {
  return {
    /** Decides each line's eligibility and holds the eligible quantities, once per return. */
    async reserveReturn(input: ReturnReservation): Promise<ReservedLine[]> {
      return db.$transaction(async (tx) => {
        const orderLines = (await lockedOrderLines(tx, input.orderId)).map(toOrderLine);
        const existing = await tx.returnLine.findMany({ where: { returnId: input.returnId } });
        const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId } });
        const eligibility =
          existing.length > 0
            ? existing.map((line) => ({ sku: line.sku, code: line.ineligibleCode as IneligibleCode | null }))
            : checkEligibility({
                policy: input.policy,
                orderCustomerId: order.customerId,
                customerId: input.customerId,
                deliveredAt: order.deliveredAt.getTime(),
                now: Date.parse(input.requestedAt),
                orderLines,
                requested: input.lines,
                returnable: await returnableMap(tx, input.orderId, input.returnId, orderLines),
              });
        if (existing.length === 0) {
          await tx.return.create({
            data: {
              id: input.returnId,
              workflowId: input.workflowId,
              orderId: input.orderId,
              customerId: input.customerId,
              caseId: input.caseId,
              resolution: input.resolution,
              status: 'checking',
              requestedById: input.requestedBy.id,
              requestedAt: new Date(input.requestedAt),
              lines: {
                create: input.lines.map((line, index) => ({
                  sku: line.sku,
                  qty: line.qty,
                  reason: line.reason,
                  condition: line.condition,
                  eligible: eligibility[index]?.code === null,
                  ineligibleCode: eligibility[index]?.code ?? null,
                })),
              },
            },
          });
          await recordSystemStep(tx, RETURN_PROCESS, 'eligibility', {
            workflowId: input.workflowId,
            caseId: input.caseId,
            startedAt: input.requestedAt,
            completedAt: input.requestedAt,
          });
          await addTimelineEvent(tx, {
            caseId: input.caseId,
            eventKey: `return:${input.returnId}:requested`,
            type: 'return.requested',
            actorId: input.requestedBy.id,
            data: { returnId: input.returnId, orderId: input.orderId, resolution: input.resolution, lines: eligibility },
            occurredAt: input.requestedAt,
          });
        }
        return eligibility.map(({ sku, code }) => {
          const line = orderLines.find((candidate) => candidate.sku === sku);
          return { sku, name: line?.name ?? null, unitPrice: line?.unitPrice ?? null, eligible: code === null, ineligibleCode: code };
        });
      });
    },

    /** Lets exceptable lines through when what they ask for may still be returned; says which it could not. */
    async grantReturnException(input: { returnId: string; orderId: string; skus: string[] }): Promise<Array<{ sku: string; granted: boolean }>> {
      return db.$transaction(async (tx) => {
        const orderLines = (await lockedOrderLines(tx, input.orderId)).map(toOrderLine);
        const returnable = await returnableMap(tx, input.orderId, input.returnId, orderLines);
        const lines = await tx.returnLine.findMany({ where: { returnId: input.returnId, sku: { in: input.skus } } });
        const outcome = [];
        for (const line of lines) {
          const exceptable = line.eligible || EXCEPTABLE_CODES.includes(line.ineligibleCode as IneligibleCode);
          const granted = exceptable && (line.eligible || line.qty <= (returnable.get(line.sku) ?? 0));
          if (granted && !line.eligible) {
            await tx.returnLine.update({ where: { returnId_sku: { returnId: input.returnId, sku: line.sku } }, data: { eligible: true } });
          }
          outcome.push({ sku: line.sku, granted });
        }
        return outcome;
      });
    },

    /** Old branch. Issues the RMA and the carrier label (a tracking number derived from the RMA, so a retry issues the same). */
    async authoriseReturn(input: { returnId: string; workflowId: string; caseId: string; rmaNumber: string; at: string }): Promise<{ trackingNumber: string }> {
      const trackingNumber = trackingNumberOf(input.rmaNumber);
      await db.$transaction(async (tx) => {
        await tx.return.update({
          where: { id: input.returnId },
          data: { status: 'awaiting_item', rmaNumber: input.rmaNumber, trackingNumber },
        });
        await recordSystemStep(tx, RETURN_PROCESS, 'authorise', { workflowId: input.workflowId, caseId: input.caseId, startedAt: input.at, completedAt: input.at });
        await addTimelineEvent(tx, {
          caseId: input.caseId,
          eventKey: `return:${input.returnId}:authorised`,
          type: 'return.authorised',
          actorId: null,
          data: { returnId: input.returnId, rmaNumber: input.rmaNumber, trackingNumber },
          occurredAt: input.at,
        });
      });
      return { trackingNumber };
    },

    /** Old branch. */
    async recordReturnEvent(event: ReturnEvent): Promise<void> {
      await db.$transaction(async (tx) => {
        const closed = ['completed', 'expired', 'cancelled', 'ineligible'].includes(event.status ?? '');
        await tx.return.update({
          where: { id: event.returnId },
          data: {
            ...(event.status ? { status: event.status } : {}),
            ...(closed ? { closedAt: new Date(event.at) } : {}),
            ...(event.outcome?.creditId ? { creditId: event.outcome.creditId } : {}),
            ...(event.outcome?.creditMinor !== undefined ? { creditMinor: BigInt(event.outcome.creditMinor), currency: event.outcome.currency ?? null } : {}),
            ...(event.outcome?.replacementOrderId ? { replacementOrderId: event.outcome.replacementOrderId } : {}),
            ...(event.outcome?.escalationId ? { escalationId: event.outcome.escalationId } : {}),
          },
        });
        for (const { sku, qty } of event.received ?? []) {
          await tx.returnLine.update({ where: { returnId_sku: { returnId: event.returnId, sku } }, data: { receivedQty: qty } });
        }
        for (const { sku, grade } of event.grades ?? []) {
          await tx.returnLine.update({ where: { returnId_sku: { returnId: event.returnId, sku } }, data: { grade } });
        }
        await addTimelineEvent(tx, {
          caseId: event.caseId,
          eventKey: `return:${event.returnId}:${event.type}`,
          type: event.type,
          actorId: event.actor?.id ?? null,
          data: { returnId: event.returnId, ...event.data },
          occurredAt: event.at,
        });
      });
    },

    /** The replacement order of an exchange; one per return, whatever retries. */
    async createReplacementOrder(input: { returnId: string; rmaNumber: string; orderId: string; customerId: string; lines: Array<{ sku: string; qty: number }>; at: string }): Promise<string> {
      const id = replacementOrderId(input.rmaNumber);
      const original = await db.orderLine.findMany({ where: { orderId: input.orderId, sku: { in: input.lines.map((line) => line.sku) } } });
      await db.order.createMany({
        data: [{ id, customerId: input.customerId, deliveredAt: new Date(input.at), replacesReturnId: input.returnId }],
        skipDuplicates: true,
      });
      await db.orderLine.createMany({
        data: input.lines.map((line) => {
          const source = original.find((candidate) => candidate.sku === line.sku);
          return {
            orderId: id,
            sku: line.sku,
            name: source?.name ?? line.sku,
            category: source?.category ?? 'replacement',
            qty: line.qty,
            unitPriceMinor: source?.unitPriceMinor ?? 0n,
            currency: source?.currency ?? 'EUR',
          };
        }),
        skipDuplicates: true,
      });
      return id;
    },
  };
}

async function returnableMap(tx: Prisma.TransactionClient, orderId: string, returnId: string, orderLines: OrderLine[]) {
  const held = await heldByOtherReturns(tx, orderId, returnId);
  return new Map(orderLines.map((line) => [line.sku, line.qty - (held.get(line.sku) ?? 0)]));
}
