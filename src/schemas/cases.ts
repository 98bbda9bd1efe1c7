import { CALLBACK_OUTCOMES, CALLBACK_STATUSES } from '../domain/callbacks';
import { CASE_STATUSES } from '../domain/catalog';
import { multiLineText, singleLineText } from '../domain/text';
import { ActorSchema, externalId, issueCategory, NextActionSchema } from './common';
import { z } from './zod';

export const CHANNELS = ['phone', 'email', 'chat', 'in_person', 'web'] as const;
/** How a case came in: a channel staff record, or `self_service` (the customer acted through a signed link). */
export type CaseChannel = (typeof CHANNELS)[number] | 'self_service';

export const OpenCaseRequest = z
  .object({
    customerId: externalId,
    subject: singleLineText(200),
    channel: z.enum(CHANNELS).default('phone'),
    category: issueCategory.optional().openapi({ description: 'What the customer called about: repeat contacts are cases of one customer on one category' }),
  })
  .strict()
  .openapi('OpenCaseRequest');

export const TransferCaseRequest = z
  .object({ toUserId: z.uuid().openapi({ description: 'An active agent or supervisor' }), reason: multiLineText(2000) })
  .strict()
  .openapi('TransferCaseRequest');

export const PromiseCallbackRequest = z
  .object({
    dueAt: z.iso.datetime({ offset: true }).openapi({ description: 'When the customer was promised the call: in the future, within working hours of the calendar policy' }),
    note: multiLineText(2000),
  })
  .strict()
  .openapi('PromiseCallbackRequest');

export const CompleteCallbackRequest = z
  .object({
    outcome: z.enum(CALLBACK_OUTCOMES).openapi({ description: 'Only `reached` keeps the promise; the others are recorded and leave it open' }),
    note: multiLineText(2000).optional(),
  })
  .strict()
  .openapi('CompleteCallbackRequest');

export const CallbackParams = z.object({ id: z.uuid(), n: z.coerce.number().int().min(1).max(10_000) });

export const CloseCaseRequest = z
  .object({ resolution: multiLineText(2000).optional() })
  .strict()
  .openapi('CloseCaseRequest');

export const CaseIdParams = z.object({ id: z.uuid() });

export const ListCasesQuery = z
  .object({
    status: z.enum(CASE_STATUSES).optional(),
    customerId: externalId.optional(),
    owner: z
      .union([z.literal('me'), z.uuid()])
      .optional()
      .openapi({ description: "`me` or a user id: the cases that user owns (a supervisor reassigns an absent owner's open cases)" }),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(200).optional(),
  })
  .strict();

const TimelineEventSchema = z
  .object({
    type: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    by: z.string().nullable().openapi({ description: 'Who acted: a person\'s name, `Customer (self-service)` when the customer acted through a link; null when the process acted on its own' }),
    data: z.record(z.string(), z.unknown()),
  })
  .openapi('TimelineEvent');

const CaseStepSchema = z
  .object({ name: z.string(), title: z.string(), ownerRole: z.string(), startedAt: z.string(), dueAt: z.string().nullable() })
  .openapi('CaseStep');

export const CaseSummarySchema = z
  .object({
    id: z.uuid(),
    customerId: z.string(),
    subject: z.string(),
    channel: z.string(),
    status: z.enum(CASE_STATUSES),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    workflowId: z.string(),
    category: z.string().nullable(),
    owner: z.object({ id: z.string(), name: z.string() }),
  })
  .openapi('CaseSummary');

const CallbackSchema = z
  .object({
    number: z.number().int(),
    dueAt: z.string(),
    dueInSeconds: z.number().int().nullable().openapi({ description: 'Open callbacks: seconds until due, negative once overdue; null once ended' }),
    note: z.string(),
    status: z.enum(CALLBACK_STATUSES),
    owner: z.object({ id: z.string(), name: z.string() }),
    promisedAt: z.string(),
    endedAt: z.string().nullable(),
    remindedAt: z.string().nullable(),
    missedAt: z.string().nullable(),
  })
  .openapi('Callback');

const LinkedProcessSchema = z
  .object({
    process: z.string(),
    id: z.uuid(),
    status: z.string(),
    workflowId: z.string(),
    currentStep: z.object({ name: z.string(), ownerRole: z.string(), dueAt: z.string().nullable() }).nullable(),
    nextActions: z.array(NextActionSchema),
    steps: z
      .array(
        z.object({
          name: z.string(),
          ownerRole: z.string(),
          startedAt: z.string(),
          dueAt: z.string().nullable(),
          completedAt: z.string().nullable(),
          durationMs: z.number().int().nullable().openapi({ description: 'Business time the step took, pauses excluded' }),
          warnedAt: z.string().nullable(),
          breachedAt: z.string().nullable(),
        }),
      )
      .openapi({ description: 'Every step of the process so far, with its timing (the SLA records)' }),
  })
  .openapi('LinkedProcess');

export const CaseSchema = CaseSummarySchema.extend({
  openedBy: ActorSchema,
  transfers: z.number().int().openapi({ description: 'How many times ownership moved' }),
  callbacks: z.array(CallbackSchema).openapi({ description: 'Every callback promised on the case, oldest first' }),
  resolution: z.string().nullable(),
  currentStep: CaseStepSchema.nullable(),
  nextActions: z.array(NextActionSchema),
  processes: z.array(LinkedProcessSchema),
  timeline: z.array(TimelineEventSchema),
}).openapi('Case');

export const CaseListSchema = z
  .object({ items: z.array(CaseSummarySchema), nextCursor: z.string().nullable() })
  .openapi('CaseList');

export type CaseSummary = z.infer<typeof CaseSummarySchema>;
export type CaseResponse = z.infer<typeof CaseSchema>;
export type LinkedProcess = z.infer<typeof LinkedProcessSchema>;
export type CallbackView = z.infer<typeof CallbackSchema>;
