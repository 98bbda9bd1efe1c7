import { ESCALATION_STATUSES, RESOLUTION_CODES, SEVERITIES, TIERS } from '../domain/escalations';
import { multiLineText } from '../domain/text';
import { ActorSchema, issueCategory, NextActionSchema } from './common';
import { z } from './zod';

export const RaiseEscalationBody = z
  .object({
    caseId: z.uuid(),
    severity: z.enum(SEVERITIES),
    category: issueCategory,
    reason: multiLineText(2000),
  })
  .strict()
  .openapi('RaiseEscalation');

export const EscalationIdParams = z.object({ id: z.uuid() });
export const EmptyBody = z.object({}).strict();
export const NoteBody = z.object({ text: multiLineText(4000) }).strict().openapi('EscalationNote');
export const ReassignBody = z.object({ assigneeId: z.uuid() }).strict().openapi('ReassignEscalation');
export const EscalateBody = z.object({ reason: multiLineText(2000) }).strict().openapi('EscalateEscalation');
export const ResolveBody = z
  .object({ resolutionCode: z.enum(RESOLUTION_CODES), note: multiLineText(4000).optional() })
  .strict()
  .openapi('ResolveEscalation');

export const ListEscalationsQuery = z
  .object({
    tier: z.enum(TIERS).optional(),
    status: z.enum(ESCALATION_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();

const ClockSchema = z
  .object({
    step: z.string(),
    startedAt: z.string(),
    dueAt: z.string(),
    warnedAt: z.string().nullable(),
    breachedAt: z.string().nullable(),
    paused: z.boolean(),
  })
  .nullable();

const EscalationNoteSchema = z.object({ by: ActorSchema, text: z.string(), at: z.string() }).openapi('EscalationNoteEntry');

export const EscalationNotePage = z
  .object({ items: z.array(EscalationNoteSchema), nextCursor: z.string().nullable() })
  .openapi('EscalationNotePage', { description: 'Notes, newest first' });

export const EscalationSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    customerId: z.string(),
    severity: z.enum(SEVERITIES),
    category: z.string(),
    reason: z.string(),
    raisedBy: ActorSchema.nullable(),
    raisedAt: z.string(),
    tier: z.enum(TIERS),
    status: z.enum(ESCALATION_STATUSES),
    assignee: ActorSchema.nullable(),
    ackDueAt: z.string().nullable(),
    resolveDueAt: z.string().nullable(),
    ackClock: ClockSchema,
    resolveClock: ClockSchema,
    breaches: z.array(z.object({ clock: z.enum(['ack', 'resolve']), tier: z.enum(TIERS), at: z.string() })),
    notes: z.array(EscalationNoteSchema).openapi({ description: 'The last 20 notes, oldest first; older ones from `GET /v1/escalations/{id}/notes`' }),
    notesTotal: z.number().int().openapi({ description: 'How many notes the escalation has' }),
    history: z
      .array(z.object({ type: z.string(), at: z.string(), by: ActorSchema.nullable(), tier: z.enum(TIERS), detail: z.string().nullable() }))
      .openapi({ description: 'The last 20 history entries, oldest first' }),
    historyTotal: z.number().int().openapi({ description: 'How many history entries the escalation has' }),
    resolutionCode: z.enum(RESOLUTION_CODES).nullable(),
    resolvedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    autoCloseAt: z.string().nullable(),
    policyVersion: z.number().int().nullable(),
    workflowId: z.string(),
    nextActions: z.array(NextActionSchema),
  })
  .openapi('Escalation');

/** A running clock in a queue: enough to show it on time, at risk or breached. */
const QueueClockSchema = z
  .object({ startedAt: z.string(), dueAt: z.string(), warnedAt: z.string().nullable(), breachedAt: z.string().nullable() })
  .nullable();

export const EscalationSummarySchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    customerId: z.string(),
    severity: z.string(),
    category: z.string(),
    tier: z.string(),
    status: z.string(),
    assigneeId: z.uuid().nullable(),
    raisedAt: z.string(),
    ackDueAt: z.string().nullable(),
    resolveDueAt: z.string().nullable(),
    ackClock: QueueClockSchema.openapi({ description: 'The running acknowledgement clock of the current tier' }),
    resolveClock: QueueClockSchema.openapi({ description: 'The running resolution clock (none while it is paused)' }),
  })
  .openapi('EscalationSummary');

export const EscalationListSchema = z.object({ items: z.array(EscalationSummarySchema) }).openapi('EscalationList');

export type EscalationView = z.infer<typeof EscalationSchema>;
