import type { AuditAction, AuditTargetType } from '../domain/audit';
import type { Role } from '../domain/roles';
import type { Database, Prisma } from './client';

// Writes to the append-only audit trail, inside the transaction of the act it records, so that an
// act is never without its record nor a record without its act.

/** Who acted: null when the act came from the command line. */
export type AuditActor = { id: string; role: Role } | null;

export interface AuditEntry {
  actor: AuditActor;
  action: AuditAction;
  target: { type: AuditTargetType; id: string };
  /** What changed, as it was and as it became: never a key or any other secret. */
  before?: Prisma.InputJsonObject;
  after?: Prisma.InputJsonObject;
}

export async function recordAuditEvent(db: Pick<Database, 'auditEvent'>, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      targetType: entry.target.type,
      targetId: entry.target.id,
      ...(entry.before ? { before: entry.before } : {}),
      ...(entry.after ? { after: entry.after } : {}),
    },
  });
}
