import { DELEGATION_STATUSES, delegationDays, MAX_DELEGATION_DAYS } from '../domain/delegations';
import { z } from './zod';

export const CreateDelegationBody = z
  .object({
    delegateId: z.uuid().openapi({ description: 'An active supervisor, accounting or accounting_manager' }),
    from: z.iso.date(),
    to: z.iso.date(),
  })
  .strict()
  .refine((body) => body.from <= body.to, { message: 'must not be before from', path: ['to'], when: (payload) => payload.issues.length === 0 })
  .refine((body) => delegationDays(body.from, body.to) <= MAX_DELEGATION_DAYS, {
    message: `a delegation lasts at most ${MAX_DELEGATION_DAYS} days, both ends included`,
    path: ['to'],
    when: (payload) => payload.issues.length === 0,
  })
  .openapi('CreateDelegation');

export const DelegationSchema = z
  .object({
    id: z.uuid(),
    delegatorId: z.uuid(),
    delegateId: z.uuid(),
    from: z.string(),
    to: z.string(),
    status: z.enum(DELEGATION_STATUSES).openapi({ description: 'Where it stands today (UTC); only an active one gives authority' }),
    createdAt: z.string(),
    endedAt: z.string().nullable(),
    endedById: z.uuid().nullable(),
  })
  .openapi('Delegation');

export const DelegationListSchema = z.object({ items: z.array(DelegationSchema), nextCursor: z.string().nullable() }).openapi('DelegationList');

export const DelegationParams = z.object({ id: z.uuid() });

export const ListDelegationsQuery = z
  .object({
    status: z.enum(DELEGATION_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(200).optional(),
  })
  .strict();

export type DelegationView = z.infer<typeof DelegationSchema>;
