import type { AuditAction, AuditTargetType } from '../domain/audit';
import type { Role } from '../domain/roles';
import type { AuditEventListSchema, ListAuditQuery } from '../schemas/audit';
import type { z } from '../schemas/zod';
import type { UseCaseContext } from './context';
import { afterPosition, CURSOR_IDS, decodeCursor, pageOf, type Position } from './cursor';

type AuditEventView = z.infer<typeof AuditEventListSchema>['items'][number];

interface AuditEventRow {
  id: bigint;
  occurredAt: Date;
  actorRole: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  actor: { id: string; name: string } | null;
}

function eventView(row: AuditEventRow): AuditEventView {
  return {
    id: row.id.toString(),
    at: row.occurredAt.toISOString(),
    actor: row.actor ? { ...row.actor, role: row.actorRole as Role } : null,
    action: row.action as AuditAction,
    target: { type: row.targetType as AuditTargetType, id: row.targetId },
    before: (row.before ?? null) as AuditEventView['before'],
    after: (row.after ?? null) as AuditEventView['after'],
  };
}

/** An audit cursor's id is the event's sequence number. */
function eventPosition(cursor: string): Position & { sequence: bigint } {
  const position = decodeCursor(cursor, CURSOR_IDS.sequence);
  return { ...position, sequence: BigInt(position.id) };
}

/** Newest first, by keyset pagination over (occurredAt, id). */
export async function listAuditEvents(context: UseCaseContext, query: z.infer<typeof ListAuditQuery>): Promise<z.infer<typeof AuditEventListSchema>> {
  const after = query.cursor === undefined ? undefined : eventPosition(query.cursor);
  const rows = await context.db.auditEvent.findMany({
    where: {
      ...(query.action ? { action: query.action } : {}),
      ...(query.actorId ? { actorId: query.actorId } : {}),
      ...(query.targetType ? { targetType: query.targetType } : {}),
      ...(query.targetId ? { targetId: query.targetId } : {}),
      occurredAt: { ...(query.from ? { gte: new Date(query.from) } : {}), ...(query.to ? { lt: new Date(query.to) } : {}) },
      ...afterPosition('occurredAt', after && { at: after.at, id: after.sequence }),
    },
    include: { actor: { select: { id: true, name: true } } },
    orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
  });
  return pageOf(rows, query.limit, (row) => ({ at: row.occurredAt, id: row.id.toString() }), eventView);
}
