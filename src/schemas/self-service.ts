import { CREDIT_KINDS } from '../domain/credits';
import { INELIGIBLE_CODES, RESOLUTIONS, RETURN_REASONS } from '../domain/returns';
import { multiLineText } from '../domain/text';
import { externalId } from './common';
import { MoneySchema } from './credits';
import { StartReturnBody } from './returns';
import { z } from './zod';

// The public API of the customer pages (/c/…): every route takes the signed token of a customer
// link in its path, or finds an order by its number and the customer's email.

export const LinkTokenParams = z.object({
  token: z.string().min(1).max(512).openapi({ description: 'The signed token of a customer link (never logged)' }),
});

export const SurveyLinkSchema = z
  .object({ customerName: z.string(), closesAt: z.string().nullable() })
  .openapi('SurveyLink', { description: 'The survey a link answers, while it is open' });

export const SurveyAnswerBody = z
  .object({ score: z.number().int().min(0).max(10), comment: multiLineText(2000).optional() })
  .strict()
  .openapi('SurveyAnswer');

export const SurveyAnsweredSchema = z
  .object({ score: z.number().int(), category: z.enum(['promoter', 'passive', 'detractor']), channel: z.literal('self_service') })
  .openapi('SurveyAnswered');

export const OrderLookupBody = z
  .object({ orderId: externalId, email: z.email().max(254) })
  .strict()
  .openapi('OrderLookup', { description: 'The order number and the email on the order' });

const ReturnableLineSchema = z.object({
  sku: z.string(),
  name: z.string(),
  qty: z.number().int().openapi({ description: 'Bought' }),
  returnableQty: z.number().int().openapi({ description: 'What may still come back: bought less what other returns hold' }),
  unitPrice: MoneySchema,
  eligible: z.boolean(),
  ineligibleCode: z.enum(INELIGIBLE_CODES).nullable(),
  exceptionPossible: z.boolean().openapi({ description: 'Outside the policy (window, final sale): the customer may ask for an exception' }),
});

export const CustomerOrderSchema = z
  .object({
    orderId: z.string(),
    deliveredAt: z.string(),
    token: z.string().openapi({ description: 'The link token for this order: what the other order routes take' }),
    lines: z.array(ReturnableLineSchema),
    resolutions: z.array(z.enum(RESOLUTIONS)).openapi({ description: 'The outcomes the policy allows for this order' }),
    reasons: z.array(z.enum(RETURN_REASONS)),
  })
  .openapi('CustomerOrder');

export const CustomerReturnBody = z
  .object({ lines: StartReturnBody.shape.lines, resolution: z.enum(['refund', 'store_credit', 'exchange']) })
  .strict()
  .openapi('CustomerReturn');

export const ExceptionRequestBody = z
  .object({
    lines: z.array(z.object({ sku: StartReturnBody.shape.lines.element.shape.sku, qty: z.number().int().positive().max(10_000) }).strict()).min(1).max(200),
    reason: z.enum(RETURN_REASONS),
    note: multiLineText(2000).optional(),
  })
  .strict()
  .openapi('ExceptionRequest');

export const ExceptionRequestedSchema = z
  .object({ reference: z.string().openapi({ description: "The case an agent works the request on: the customer's reference" }) })
  .openapi('ExceptionRequested');

const StepSchema = z.object({ step: z.string(), at: z.string().nullable() });

export const CustomerReturnStatusSchema = z
  .object({
    rmaNumber: z.string().nullable(),
    labelReference: z.string().nullable().openapi({ description: "The return label's tracking number" }),
    status: z.enum(['ineligible', 'awaiting_item', 'received', 'inspected', 'refunded', 'credited', 'refused', 'completed', 'expired', 'cancelled']),
    resolution: z.enum(RESOLUTIONS),
    steps: z.array(StepSchema).openapi({ description: 'requested, authorised, received, inspected, resolved: each with its date once reached' }),
    lines: z.array(
      z.object({
        sku: z.string(),
        name: z.string().nullable(),
        qty: z.number().int(),
        eligible: z.boolean(),
        ineligibleCode: z.enum(INELIGIBLE_CODES).nullable(),
        refused: z.boolean().openapi({ description: 'Inspected and refused: damaged by the customer' }),
      }),
    ),
    amount: MoneySchema.nullable().openapi({ description: 'What the customer gets back, once inspected' }),
    creditStatus: z.string().nullable(),
    statusUrl: z.string().nullable().openapi({ description: 'The status page of this return (given when the return starts)' }),
  })
  .openapi('CustomerReturnStatus');

export const CustomerCreditStatusSchema = z
  .object({
    kind: z.enum(CREDIT_KINDS),
    amount: MoneySchema,
    status: z.string(),
    requestedAt: z.string(),
    postedAt: z.string().nullable(),
  })
  .openapi('CustomerCreditStatus');

export type CustomerOrder = z.infer<typeof CustomerOrderSchema>;
export type CustomerReturnStatus = z.infer<typeof CustomerReturnStatusSchema>;
