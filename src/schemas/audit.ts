import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from '../domain/audit';
import { ROLES } from '../domain/roles';
import { externalId } from './common';
import { z } from './zod';

const dateTime = z.iso.datetime({ offset: true });

export const ListAuditQuery = z
  .object({
    action: z.enum(AUDIT_ACTIONS).optional(),
    actorId: z.uuid().optional(),
    targetType: z.enum(AUDIT_TARGET_TYPES).optional(),
    targetId: externalId.optional().openapi({ description: 'A user or delegation id, or a policy name' }),
    from: dateTime.optional().openapi({ description: 'Inclusive' }),
    to: dateTime.optional().openapi({ description: 'Exclusive' }),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(200).optional(),
  })
  .strict()
  .refine((query) => query.from === undefined || query.to === undefined || Date.parse(query.from) <= Date.parse(query.to), {
    message: 'must not be after to',
    path: ['from'],
    when: (payload) => payload.issues.length === 0,
  });

const StateSchema = z.record(z.string(), z.unknown()).nullable();

export const AuditEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z
      .object({ id: z.string(), name: z.string(), role: z.enum(ROLES).openapi({ description: 'The role they acted in' }) })
      .nullable()
      .openapi({ description: 'Who acted; null: the command line (`npm run users:create`)' }),
    action: z.enum(AUDIT_ACTIONS),
    target: z.object({ type: z.enum(AUDIT_TARGET_TYPES), id: z.string() }),
    before: StateSchema,
    after: StateSchema,
  })
  .openapi('AuditEvent', { description: 'One administrative act, as recorded; the trail is append-only' });

export const AuditEventListSchema = z
  .object({ items: z.array(AuditEventSchema), nextCursor: z.string().nullable() })
  .openapi('AuditEventList');
