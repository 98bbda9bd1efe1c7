import { CASE_STATUSES } from '../domain/catalog';
import { multiLineText, singleLineText } from '../domain/text';
import { ActorSchema, externalId, NextActionSchema } from './common';
import { z } from './zod';

export const CHANNELS = ['phone', 'email', 'chat', 'in_person', 'web'] as const;

export const OpenCaseRequest = z
  .object({
    customerId: externalId,
    subject: singleLineText(200),
    channel: z.enum(CHANNELS).default('phone'),
  })
  .strict()
  .openapi('OpenCaseRequest');

export const CloseCaseRequest = z
  .object({ resolution: multiLineText(2000).optional() })
  .strict()
  .openapi('CloseCaseRequest');

export const CaseIdParams = z.object({ id: z.uuid() });

export const ListCasesQuery = z
  .object({
    status: z.enum(CASE_STATUSES).optional(),
    customerId: externalId.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(200).optional(),
  })
  .strict();

const TimelineEventSchema = z
  .object({
    type: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
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
  })
  .openapi('CaseSummary');

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
