import {
  COMMITMENT_STATUSES,
  CONTACT_KINDS,
  CONTACT_OUTCOMES,
  CUSTOMER_TIERS,
  HANDOFF_STATUSES,
  SURVEY_STATUSES,
} from '../domain/handoffs';
import { NPS_CATEGORIES } from '../domain/nps';
import { multiLineText, singleLineText } from '../domain/text';
import { ActorSchema, externalId, NextActionSchema } from './common';
import { z } from './zod';

const dateTime = z.iso.datetime({ offset: true });

export const HandOverBody = z
  .object({
    dealId: externalId,
    customer: z
      .object({ id: externalId, name: singleLineText(200), email: z.email().max(254), tier: z.enum(CUSTOMER_TIERS) })
      .strict(),
    products: z
      .array(z.object({ sku: externalId, name: singleLineText(200), qty: z.number().int().positive().max(1_000_000) }).strict())
      .min(1)
      .max(100),
    commitments: z
      .array(z.object({ description: multiLineText(1000), dueAt: dateTime.optional() }).strict())
      .max(50)
      .default([])
      .openapi({ description: 'What sales promised; a commitment with a due date gets a reminder before it and an escalation after it' }),
    salesRep: singleLineText(200),
    closedAt: dateTime,
  })
  .strict()
  .openapi('HandOver');

export const HandoffIdParams = z.object({ id: z.uuid() });
export const CommitmentParams = z.object({
  id: z.uuid(),
  n: z.coerce.number().int().min(1).max(50).openapi({ description: 'The commitment, 1-based in the order sales listed them' }),
});

export const ContactBody = z
  .object({
    kind: z.enum(CONTACT_KINDS),
    outcome: z.enum(CONTACT_OUTCOMES).openapi({ description: 'Only `reached` makes the contact; the others are recorded attempts' }),
    note: multiLineText(4000).optional(),
  })
  .strict()
  .openapi('HandoffContact');
export const FulfilCommitmentBody = z.object({ note: multiLineText(2000).optional() }).strict().openapi('FulfilCommitment');
export const WaiveCommitmentBody = z.object({ reason: multiLineText(2000) }).strict().openapi('WaiveCommitment');
export const SurveyResponseBody = z
  .object({ score: z.number().int().min(0).max(10), comment: multiLineText(2000).optional() })
  .strict()
  .openapi('SurveyResponse');

export const ListHandoffsQuery = z
  .object({
    owner: z.union([z.literal('me'), z.uuid()]).optional().openapi({ description: "An owner's user id, or `me` for the caller's own" }),
    status: z.enum(HANDOFF_STATUSES).optional(),
    customerId: externalId.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();

export const HandoffSummarySchema = z
  .object({
    id: z.string(),
    dealId: z.string(),
    caseId: z.string(),
    customer: z.object({ id: z.string(), name: z.string(), tier: z.enum(CUSTOMER_TIERS) }),
    ownerId: z.string().nullable(),
    status: z.enum(HANDOFF_STATUSES),
    openCommitments: z.number().int(),
    surveyStatus: z.enum(SURVEY_STATUSES),
    handedOverAt: z.string(),
    welcomedAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    nextDueAt: z.string().nullable().openapi({ description: 'The earliest due time of its open clocks' }),
  })
  .openapi('HandoffSummary');

export const HandoffListSchema = z.object({ items: z.array(HandoffSummarySchema) }).openapi('HandoffList');

export const NpsReportQuery = z
  .object({
    from: dateTime.optional().openapi({ description: 'Inclusive; default: 30 days before `to`' }),
    to: dateTime.optional().openapi({ description: 'Exclusive; default: now' }),
    tier: z.enum(CUSTOMER_TIERS).optional(),
  })
  .strict()
  .refine((query) => query.from === undefined || Date.parse(query.from) <= (query.to === undefined ? Date.now() : Date.parse(query.to)), {
    message: 'must not be after to (default: now)',
    path: ['from'],
  });

const ClockSchema = z
  .object({
    step: z.string(),
    sequence: z.number().int(),
    ownerRole: z.string(),
    startedAt: z.string(),
    dueAt: z.string(),
    warnedAt: z.string().nullable(),
    breachedAt: z.string().nullable(),
    paused: z.boolean(),
  })
  .openapi('HandoffClock');

const CheckInSchema = z.object({
  n: z.number().int(),
  dueFrom: z.string(),
  status: z.enum(['scheduled', 'due', 'done']),
  contactedAt: z.string().nullable(),
  contactedBy: ActorSchema.nullable(),
});

const ContactRecordSchema = z
  .object({
    kind: z.enum(CONTACT_KINDS),
    outcome: z.enum(CONTACT_OUTCOMES),
    note: z.string().nullable(),
    by: ActorSchema,
    at: z.string(),
    checkIn: z.number().int().nullable(),
  })
  .openapi('HandoffContactRecord');

export const HandoffContactPage = z
  .object({ items: z.array(ContactRecordSchema), nextCursor: z.string().nullable() })
  .openapi('HandoffContactPage', { description: 'Contacts, newest first' });

export const HandoffSchema = z
  .object({
    id: z.uuid(),
    dealId: z.string(),
    caseId: z.uuid(),
    customer: z.object({ id: z.string(), name: z.string(), email: z.string(), tier: z.enum(CUSTOMER_TIERS) }),
    products: z.array(z.object({ sku: z.string(), name: z.string(), qty: z.number().int() })),
    salesRep: z.string(),
    closedAt: z.string(),
    handedOverBy: ActorSchema,
    handedOverAt: z.string(),
    status: z.enum(HANDOFF_STATUSES),
    owner: ActorSchema.nullable(),
    policyVersion: z.number().int().nullable(),
    welcomedAt: z.string().nullable(),
    commitments: z.array(
      z.object({
        n: z.number().int(),
        description: z.string(),
        dueAt: z.string().nullable(),
        status: z.enum(COMMITMENT_STATUSES),
        closedBy: ActorSchema.nullable(),
        closedAt: z.string().nullable(),
        note: z.string().nullable(),
        escalationId: z.uuid().nullable(),
      }),
    ),
    checkIns: z.array(CheckInSchema),
    nextCheckIn: CheckInSchema.nullable().openapi({ description: 'The first check-in not done yet' }),
    survey: z
      .object({
        status: z.enum(SURVEY_STATUSES),
        sendAt: z.string(),
        sentAt: z.string().nullable(),
        closesAt: z.string().nullable(),
        score: z.number().int().nullable(),
        category: z.enum(NPS_CATEGORIES).nullable(),
        comment: z.string().nullable(),
        answeredAt: z.string().nullable(),
        followUp: z.enum(['recovery_escalation', 'owner_follow_up', 'referral_request']).nullable(),
        escalationId: z.uuid().nullable(),
        answeredBy: z
          .object({ id: z.string(), name: z.string() })
          .nullable()
          .openapi({ description: 'Who gave the answer: `Customer (self-service)` through the link, else the person who took it down; null while unanswered' }),
        channel: z
          .enum(['self_service', 'staff'])
          .nullable()
          .openapi({ description: "`self_service`: the customer answered through the survey's link; `staff`: the owner or a supervisor recorded it (survey-response)" }),
      })
      .nullable(),
    contacts: z.array(ContactRecordSchema).openapi({ description: 'The last 20 contacts, oldest first; older ones from `GET /v1/handoffs/{id}/contacts`' }),
    contactsTotal: z.number().int().openapi({ description: 'How many contacts the handoff has' }),
    escalations: z.array(
      z.object({
        reason: z.enum(['welcome_missed', 'commitment_overdue', 'detractor']),
        escalationId: z.uuid(),
        commitment: z.number().int().nullable(),
        at: z.string(),
      }),
    ),
    openClocks: z.array(ClockSchema),
    completedAt: z.string().nullable(),
    continuedRuns: z.number().int().openapi({ description: 'How many times the workflow continued as new to keep its history short' }),
    workflowId: z.string(),
    nextActions: z.array(NextActionSchema),
  })
  .openapi('Handoff');

export const NpsReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    tier: z.enum(CUSTOMER_TIERS).nullable(),
    responses: z.number().int(),
    promoters: z.number().int().openapi({ description: 'Scores 9-10' }),
    passives: z.number().int().openapi({ description: 'Scores 7-8' }),
    detractors: z.number().int().openapi({ description: 'Scores 0-6' }),
    nps: z.number().int().min(-100).max(100).nullable().openapi({
      description: '% promoters − % detractors, rounded half away from zero to a whole number; null without responses',
    }),
    surveys: z
      .object({
        sent: z.number().int().openapi({ description: 'Surveys sent in the window' }),
        answered: z.number().int().openapi({ description: 'Of those, answered (by the customer through the link or taken down by staff), whenever' }),
        answeredByLink: z.number().int().openapi({ description: "Of those, answered by the customer through the survey's link" }),
        responseRate: z.number().min(0).max(1).nullable().openapi({ description: 'answered / sent, 4 decimals; null when none was sent' }),
        byLinkShare: z.number().min(0).max(1).nullable().openapi({ description: 'answeredByLink / answered, 4 decimals; null when none was answered' }),
      })
      .openapi('SurveyResponseRate', { description: 'The response rate of the surveys sent in the window' }),
  })
  .openapi('NpsReport', { description: 'Survey answers given in the window, and the response rate of the surveys sent in it' });

export type HandoffView = z.infer<typeof HandoffSchema>;
export type NpsReport = z.infer<typeof NpsReportSchema>;
