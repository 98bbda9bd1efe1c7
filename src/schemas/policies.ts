import { POLICY_NAMES, POLICY_SCHEMAS } from '../domain/policies';
import { z } from './zod';

export const PolicyParams = z.object({ name: z.enum(POLICY_NAMES) });

export const PolicyDocumentSchema = z.union(POLICY_NAMES.map((name) => POLICY_SCHEMAS[name])).openapi('PolicyDocument');

export const PolicyVersionSchema = z
  .object({ name: z.enum(POLICY_NAMES), version: z.number().int(), document: PolicyDocumentSchema, createdAt: z.string() })
  .openapi('PolicyVersion');

export const POLICY_CHANGE_STATUSES = ['pending', 'approved', 'rejected'] as const;

const PersonSchema = z.object({ id: z.string(), name: z.string() });

export const PolicyChangeSchema = z
  .object({
    id: z.uuid(),
    policy: z.enum(POLICY_NAMES),
    status: z.enum(POLICY_CHANGE_STATUSES),
    baseVersion: z.number().int().openapi({ description: 'The version the change was proposed against; it can be approved only while that version is current' }),
    document: PolicyDocumentSchema,
    widens: z.array(z.string()).openapi({ description: 'The fields that widen money authority, hence the second admin' }),
    proposedBy: PersonSchema,
    proposedAt: z.string(),
    decidedBy: PersonSchema.nullable(),
    decidedAt: z.string().nullable(),
    reason: z.string().nullable().openapi({ description: 'Why it was rejected' }),
    version: z.number().int().nullable().openapi({ description: 'The policy version its approval made' }),
  })
  .openapi('PolicyChange', { description: 'A policy change that widens money authority, waiting for a second admin' });

export const PolicyChangeListSchema = z
  .object({ items: z.array(PolicyChangeSchema), nextCursor: z.string().nullable() })
  .openapi('PolicyChangeList');

export const PolicyChangeParams = z.object({ id: z.uuid() });

export const ListPolicyChangesQuery = z
  .object({
    status: z.enum(POLICY_CHANGE_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(200).optional(),
  })
  .strict();

export const RejectPolicyChangeBody = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .strict()
  .openapi('RejectPolicyChange');

export type PolicyChangeView = z.infer<typeof PolicyChangeSchema>;
