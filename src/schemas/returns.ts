import { MAX_AMOUNT_MINOR, MAX_LINE_QTY, multiplyMinor, sumMinor } from '../domain/money';
import { GRADES, INELIGIBLE_CODES, isReplacementOrderId, ITEM_CONDITIONS, RESOLUTIONS, RETURN_REASONS, RETURN_STATUSES } from '../domain/returns';
import { multiLineText, singleLineText } from '../domain/text';
import { ActorSchema, externalId, NextActionSchema } from './common';
import { MoneySchema } from './credits';
import { z } from './zod';

const sku = z.string().trim().min(1).max(64).regex(/^[\w.:-]+$/, 'may contain letters, digits, _ . : - only');
const quantity = z.number().int('must be a whole number').positive().max(MAX_LINE_QTY);
const withinOwnLimit = (value: number, max: number) => Number.isSafeInteger(value) && value >= 1 && value <= max;
/** unitPrice.minor × qty, once both are within their own limits (else those are what the 400 names). */
const lineTotal = (line: { qty: number; unitPrice: { minor: number } }) =>
  withinOwnLimit(line.qty, MAX_LINE_QTY) && withinOwnLimit(line.unitPrice.minor, MAX_AMOUNT_MINOR) ? multiplyMinor(line.unitPrice.minor, line.qty) : undefined;
const orderTotalWithinLimit = (lines: Array<{ qty: number; unitPrice: { minor: number } }>) => {
  const totals = lines.map(lineTotal);
  const linesWithinLimit = totals.every((total): total is number => total !== undefined && total <= MAX_AMOUNT_MINOR);
  return !linesWithinLimit || sumMinor(totals) <= MAX_AMOUNT_MINOR;
};
const uniqueSkus = (lines: Array<{ sku: string }>) => new Set(lines.map((line) => line.sku)).size === lines.length;

export const CreateOrderBody = z
  .object({
    id: externalId.refine((id) => !isReplacementOrderId(id), 'ids starting with EXC- are reserved for the replacement orders of exchanges'),
    customerId: externalId,
    customerEmail: z.email().max(254).optional().openapi({ description: "Where the customer's messages about returns and credits go" }),
    deliveredAt: z.iso.datetime({ offset: true }),
    lines: z
      .array(
        z
          .object({
            sku,
            name: singleLineText(200),
            category: singleLineText(64),
            qty: quantity,
            unitPrice: MoneySchema,
            finalSale: z.boolean().default(false),
          })
          .strict()
          .refine((line) => (lineTotal(line) ?? 0) <= MAX_AMOUNT_MINOR, {
            message: `unitPrice.minor × qty must be at most ${MAX_AMOUNT_MINOR} minor units`,
            path: ['qty'],
          }),
      )
      .min(1)
      .max(200)
      .refine(uniqueSkus, 'each sku once')
      .refine(orderTotalWithinLimit, `the order's total must be at most ${MAX_AMOUNT_MINOR} minor units`)
      .refine((lines) => new Set(lines.map((line) => line.unitPrice.currency)).size === 1, 'all lines in one currency'),
  })
  .strict()
  .openapi('CreateOrder');

export const OrderIdParams = z.object({ id: externalId });

export const OrderSchema = CreateOrderBody.extend({
  id: externalId,
  lines: z.array(
    z.object({ sku: z.string(), name: z.string(), category: z.string(), qty: z.number().int(), unitPrice: MoneySchema, finalSale: z.boolean() }),
  ),
  replacesReturnId: z.uuid().nullable(),
}).openapi('Order');

export const StartReturnBody = z
  .object({
    orderId: externalId,
    customerId: externalId,
    lines: z
      .array(z.object({ sku, qty: quantity, reason: z.enum(RETURN_REASONS), condition: z.enum(ITEM_CONDITIONS) }).strict())
      .min(1)
      .max(200)
      .refine(uniqueSkus, 'each sku once'),
    resolution: z.enum(RESOLUTIONS),
    caseId: z.uuid().optional(),
  })
  .strict()
  .openapi('StartReturn');

export const ReturnIdParams = z.object({ id: z.uuid() });

export const ListReturnsQuery = z
  .object({
    status: z.enum(RETURN_STATUSES).optional(),
    orderId: externalId.optional(),
    customerId: externalId.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();

export const ReceiptBody = z
  .object({ lines: z.array(z.object({ sku, qty: quantity }).strict()).min(1).refine(uniqueSkus, 'each sku once') })
  .strict()
  .openapi('ReturnReceipt');
export const InspectionBody = z
  .object({ lines: z.array(z.object({ sku, grade: z.enum(GRADES) }).strict()).min(1).refine(uniqueSkus, 'each sku once') })
  .strict()
  .openapi('ReturnInspection');
export const ExceptionBody = z
  .object({ reason: multiLineText(2000), skus: z.array(sku).max(200).default([]) })
  .strict()
  .openapi('ReturnException');
export const CancelBody = z.object({ reason: multiLineText(2000).optional() }).strict().openapi('CancelReturn');

const LineSchema = z.object({
  sku: z.string(),
  name: z.string().nullable(),
  qty: z.number().int(),
  reason: z.enum(RETURN_REASONS),
  condition: z.enum(ITEM_CONDITIONS),
  unitPrice: MoneySchema.nullable(),
  eligible: z.boolean(),
  ineligibleCode: z.enum(INELIGIBLE_CODES).nullable(),
  exception: z.object({ by: ActorSchema, reason: z.string() }).nullable(),
  receivedQty: z.number().int().nullable(),
  grade: z.enum(GRADES).nullable(),
  credit: z
    .object({ grossMinor: z.number().int(), restockingFeeMinor: z.number().int(), creditMinor: z.number().int(), refused: z.boolean() })
    .nullable(),
});

export const ReturnSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(RETURN_STATUSES),
    orderId: z.string(),
    customerId: z.string(),
    caseId: z.uuid(),
    resolution: z.enum(RESOLUTIONS),
    rmaNumber: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    ineligibleLines: z.array(z.object({ sku: z.string(), code: z.enum(INELIGIBLE_CODES) })),
    lines: z.array(LineSchema),
    currentStep: z
      .object({ name: z.string(), ownerRole: z.string(), startedAt: z.string(), dueAt: z.string(), warnedAt: z.string().nullable(), breachedAt: z.string().nullable() })
      .nullable(),
    totals: z.object({ grossMinor: z.number().int(), restockingFeeMinor: z.number().int(), creditMinor: z.number().int(), currency: z.string() }).nullable(),
    creditId: z.uuid().nullable(),
    creditStatus: z.string().nullable(),
    replacementOrderId: z.string().nullable(),
    escalationId: z.uuid().nullable(),
    requestedBy: ActorSchema,
    requestedAt: z.string(),
    authorisedAt: z.string().nullable(),
    receivedAt: z.string().nullable(),
    inspectedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    policyVersion: z.number().int().nullable(),
    workflowId: z.string(),
    nextActions: z.array(NextActionSchema),
  })
  .openapi('Return');

export const ReturnSummarySchema = ReturnSchema.pick({
  id: true,
  status: true,
  orderId: true,
  customerId: true,
  caseId: true,
  resolution: true,
  rmaNumber: true,
  trackingNumber: true,
  creditId: true,
  requestedAt: true,
  closedAt: true,
})
  .extend({ nextDueAt: z.string().nullable().openapi({ description: 'When its current step is due' }) })
  .openapi('ReturnSummary');

export const ReturnListSchema = z.object({ items: z.array(ReturnSummarySchema) }).openapi('ReturnList');

export type ReturnView = z.infer<typeof ReturnSchema>;
