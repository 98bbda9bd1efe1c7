import { CREDIT_KINDS, CREDIT_STATUSES } from '../domain/credits';
import { MAX_AMOUNT_MINOR } from '../domain/money';
import { multiLineText } from '../domain/text';
import { ActorSchema, externalId, NextActionSchema } from './common';
import { z } from './zod';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const currency = z.string().refine((code) => CURRENCIES.has(code), 'must be an ISO-4217 currency code such as EUR');

export const MoneySchema = z
  .object({
    minor: z
      .number()
      .int('must be an integer number of minor units (cents)')
      .positive()
      .max(MAX_AMOUNT_MINOR, `must be at most ${MAX_AMOUNT_MINOR} minor units (1,000,000.00 in a currency with cents)`),
    currency,
  })
  .strict()
  .openapi('Money', { description: `An amount in integer minor units (1 to ${MAX_AMOUNT_MINOR}) with its ISO-4217 currency` });

/** A sum of many amounts, such as a store-credit balance: beyond the limit of one amount. */
export const MoneyTotalSchema = z
  .object({ minor: z.number().int(), currency })
  .openapi('MoneyTotal', { description: 'A sum of amounts in integer minor units with its ISO-4217 currency' });

export const RequestCreditBody = z
  .object({
    customerId: externalId,
    amount: MoneySchema,
    kind: z.enum(CREDIT_KINDS),
    reason: multiLineText(500),
    caseId: z.uuid().optional(),
  })
  .strict()
  .openapi('RequestCredit');

export const ApproveCreditBody = z.object({ note: multiLineText(2000).optional() }).strict().openapi('ApproveCredit');
export const RejectCreditBody = z.object({ reason: multiLineText(2000) }).strict().openapi('RejectCredit');
export const RecallCreditBody = z.object({}).strict();

export const CreditIdParams = z.object({ id: z.uuid() });

export const ListCreditsQuery = z
  .object({
    status: z.enum(CREDIT_STATUSES).optional(),
    customerId: externalId.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(200).optional(),
  })
  .strict();

const ApprovalSchema = z
  .object({ approver: ActorSchema, onBehalfOf: ActorSchema.nullable(), role: z.string(), note: z.string().nullable(), at: z.string() })
  .openapi('CreditApproval');

export const CreditSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(CREDIT_STATUSES),
    customerId: z.string(),
    caseId: z.uuid(),
    kind: z.enum(CREDIT_KINDS),
    amount: MoneySchema,
    reason: z.string(),
    requestedBy: ActorSchema,
    requestedAt: z.string(),
    policyVersion: z.number().int().nullable(),
    queueRole: z.string().nullable(),
    dualControl: z.boolean(),
    escalated: z.boolean(),
    routeReason: z.string().nullable(),
    approvals: z.array(ApprovalSchema),
    rejection: z.object({ by: ActorSchema, onBehalfOf: ActorSchema.nullable(), reason: z.string(), at: z.string() }).nullable(),
    currentStep: z
      .object({
        name: z.string(),
        ownerRole: z.string(),
        startedAt: z.string(),
        dueAt: z.string(),
        warnedAt: z.string().nullable(),
        breachedAt: z.string().nullable(),
      })
      .nullable(),
    decidedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    postedAt: z.string().nullable(),
    workflowId: z.string(),
    nextActions: z.array(NextActionSchema),
  })
  .openapi('Credit');

export const CreditSummarySchema = z
  .object({
    id: z.uuid(),
    status: z.string(),
    customerId: z.string(),
    caseId: z.uuid(),
    kind: z.enum(CREDIT_KINDS),
    amount: MoneySchema,
    reason: z.string(),
    requestedById: z.uuid(),
    requestedBy: ActorSchema,
    requestedAt: z.string(),
    queueRole: z.string().nullable(),
    dualControl: z.boolean(),
    approvals: z.number().int(),
    dueAt: z.string().nullable(),
    /** Set when the caller decides through a delegation. */
    onBehalfOf: z.uuid().nullable(),
  })
  .openapi('CreditSummary');

export const CreditListSchema = z.object({ items: z.array(CreditSummarySchema), nextCursor: z.string().nullable() }).openapi('CreditList');

export const LedgerQuery = z.object({ customerId: externalId }).strict();

export const LedgerSchema = z
  .object({
    customerId: z.string(),
    entries: z.array(z.object({ creditId: z.uuid(), kind: z.enum(CREDIT_KINDS), amount: MoneySchema, postedAt: z.string() })),
    storeCreditBalances: z.array(MoneyTotalSchema),
  })
  .openapi('Ledger');

export type CreditView = z.infer<typeof CreditSchema>;
