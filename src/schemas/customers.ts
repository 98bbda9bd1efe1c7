import { externalId } from './common';
import { z } from './zod';

export const CustomerIdParams = z.object({ id: externalId });

export const HISTORY_KINDS = ['case', 'credit', 'return', 'escalation', 'handoff'] as const;

const HistoryEntrySchema = z
  .object({
    kind: z.enum(HISTORY_KINDS),
    id: z.string(),
    caseId: z.string(),
    status: z.string(),
    at: z.string().openapi({ description: 'When it was opened, requested, raised or handed over' }),
    title: z.string().openapi({ description: "A case's subject, a credit's kind and reason, a return's order, an escalation's category, a handoff's deal" }),
    href: z.string(),
  })
  .openapi('CustomerHistoryEntry');

export const CustomerHistorySchema = z
  .object({
    customerId: z.string(),
    name: z.string().nullable(),
    contactsLast90Days: z.number().int().openapi({ description: 'Cases opened for the customer in the last 90 days' }),
    history: z.array(HistoryEntrySchema).openapi({ description: `Newest first; at most 500 entries` }),
  })
  .openapi('CustomerHistory');

export type CustomerHistory = z.infer<typeof CustomerHistorySchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
