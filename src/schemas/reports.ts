import { PROCESS_CATALOG } from '../domain/catalog';
import { DURATION_RELATIVE_ERROR } from '../domain/duration-histogram';
import { z } from './zod';

const dateTime = z.iso.datetime({ offset: true });
const STEP_NAMES = [...new Set(PROCESS_CATALOG.flatMap((process) => process.steps.map((step) => step.name)))];

const windowFields = {
  from: dateTime.optional().openapi({ description: 'Inclusive; default: 30 days before `to`' }),
  to: dateTime.optional().openapi({ description: 'Exclusive; default: now' }),
};

function fromNotAfterTo(query: { from?: string; to?: string }): boolean {
  if (query.from === undefined) return true;
  return Date.parse(query.from) <= (query.to === undefined ? Date.now() : Date.parse(query.to));
}

const fromNotAfterToCheck = {
  message: 'must not be after to (default: now)',
  path: ['from'],
  // Compared only when both are valid date-times; the fields report their own issues.
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
};

export const SlaReportQuery = z
  .object({
    process: z.enum(PROCESS_CATALOG.map((process) => process.name)).optional(),
    step: z.enum(STEP_NAMES).optional(),
    ...windowFields,
  })
  .strict()
  .refine(fromNotAfterTo, fromNotAfterToCheck);

export const IssuesReportQuery = z.object(windowFields).strict().refine(fromNotAfterTo, fromNotAfterToCheck);

const SlaReportRowSchema = z
  .object({
    process: z.string(),
    step: z.string(),
    count: z.number().int().openapi({ description: 'Step records started in the window' }),
    completed: z.number().int(),
    p50Ms: z.number().int().nullable().openapi({
      description:
        'Business time of the completed records, pauses excluded, as percentile_cont interpolates it, and rounded; null when none completed. ' +
        `Computed from duration histograms with log-spaced buckets kept as the records are written: within ${DURATION_RELATIVE_ERROR * 100}% of the exact value (before rounding), for any window`,
    }),
    p90Ms: z.number().int().nullable(),
    p95Ms: z.number().int().nullable(),
    breached: z.number().int(),
    breachRate: z.number().min(0).max(1).openapi({ description: 'breached / count, 4 decimals; 0 when count is 0' }),
    atRiskNow: z.number().int().openapi({ description: 'Open now (whenever started), not breached, inside the warning window' }),
    breachedNow: z.number().int().openapi({ description: 'Open now (whenever started) and past due or breached' }),
  })
  .openapi('SlaReportRow');

export const SlaReportSchema = z
  .object({ from: z.string(), to: z.string(), rows: z.array(SlaReportRowSchema) })
  .openapi('SlaReport', {
    description: `Per process and step, ordered by process then step. Counts and breaches are exact; the percentiles are within ${DURATION_RELATIVE_ERROR * 100}% of the exact ones`,
  });

export const IssuesReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    categories: z.array(z.object({ category: z.string(), escalations: z.number().int(), customers: z.number().int() })),
  })
  .openapi('IssuesReport', { description: 'Escalations raised in the window by category, most frequent first' });

export const OPEN_WORK_STATES = ['at_risk', 'breached'] as const;

export const OpenWorkQuery = z
  .object({
    process: z.enum(PROCESS_CATALOG.map((process) => process.name)).optional(),
    state: z.enum(OPEN_WORK_STATES).optional().openapi({ description: 'Default: both' }),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();

const OpenWorkItemSchema = z
  .object({
    process: z.string(),
    step: z.string(),
    workflowId: z.string(),
    caseId: z.string().nullable(),
    ownerRole: z.string(),
    assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
    startedAt: z.string(),
    dueAt: z.string(),
    state: z.enum(OPEN_WORK_STATES),
  })
  .openapi('OpenWorkItem');

export const OpenWorkSchema = z
  .object({ items: z.array(OpenWorkItemSchema) })
  .openapi('OpenWork', { description: 'Open steps at risk or breached now, the earliest due first' });

export type OpenWork = z.infer<typeof OpenWorkSchema>;

export const ResolutionReportQuery = z.object(windowFields).strict().refine(fromNotAfterTo, fromNotAfterToCheck);

const CallbackTallySchema = z.object({
  keptOnTime: z.number().int().openapi({ description: 'The customer was reached by the due time' }),
  late: z.number().int().openapi({ description: 'The customer was reached, after the due time' }),
  missed: z.number().int().openapi({ description: 'The due time passed without the customer reached (still open, replaced or cancelled after it)' }),
});

export const ResolutionReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    cases: z.number().int().openapi({ description: 'Cases opened in the window' }),
    firstContactResolution: z
      .object({
        resolved: z.number().int().openapi({
          description: 'Closed by their opener, never transferred or escalated, within the cases policy\'s firstContactResolutionWindow of opening (on the calendar)',
        }),
        share: z.number().min(0).max(1).openapi({ description: 'resolved / cases, 4 decimals; 0 when no case' }),
      })
      .openapi('FirstContactResolution'),
    transfers: z
      .object({
        distribution: z.array(z.object({ transfers: z.number().int(), cases: z.number().int() })).openapi({ description: 'How many cases were transferred how many times, by transfers' }),
        passedAround: z
          .array(z.object({ caseId: z.string(), customerId: z.string(), subject: z.string(), transfers: z.number().int(), href: z.string() }))
          .openapi({ description: 'Cases transferred three or more times, most first (at most 100)' }),
      })
      .openapi('TransferTally'),
    callbacks: z
      .object({
        total: CallbackTallySchema,
        byOwner: z.array(CallbackTallySchema.extend({ owner: z.object({ id: z.string(), name: z.string() }) })),
      })
      .openapi('CallbackTally', { description: 'Callbacks due in the window, by their owner' }),
    selfService: z
      .object({
        cases: z.number().int().openapi({ description: 'Cases opened in the window by customers themselves through a signed link (channel `self_service`): their returns and exception requests' }),
        returns: z.object({
          requested: z.number().int().openapi({ description: 'Returns requested in the window, by staff or customers' }),
          selfService: z.number().int().openapi({ description: 'Of those, started by the customer on the return page' }),
          share: z.number().min(0).max(1).openapi({ description: 'selfService / requested, 4 decimals; 0 when no return' }),
        }),
      })
      .openapi('SelfServiceTally', { description: 'What customers did themselves through signed links' }),
    repeatContacts: z
      .object({
        customers: z.number().int().openapi({ description: 'Customers with a case in the window that followed another of theirs on the same category within 30 days' }),
        items: z
          .array(
            z.object({
              customerId: z.string(),
              category: z.string(),
              cases: z.number().int().openapi({ description: 'Their cases on the category opened from 30 days before the window to its end' }),
              href: z.string(),
            }),
          )
          .openapi({ description: 'Most cases first (at most 100)' }),
      })
      .openapi('RepeatContacts'),
  })
  .openapi('ResolutionReport');

export type SlaReport = z.infer<typeof SlaReportSchema>;
export type ResolutionReport = z.infer<typeof ResolutionReportSchema>;
export type IssuesReport = z.infer<typeof IssuesReportSchema>;
