import type { Database } from '../db/client';
import type { AuthenticatedUser } from '../db/users';

// Whoever acts through a customer link is recorded as this account: the customer themselves, a
// system identity and not a person. It keeps the role `agent` only because a process's actor needs a
// staff role (what a customer may start is what a frontline agent may start); it is inactive (nobody
// signs in as it, no handoff or case is assigned to it), has no key, and is not one of the people:
// the people routes neither list nor change it (src/use-cases/users.ts). Timelines and cases show its
// name; the cases it opens carry the channel `self_service`.

export const SELF_SERVICE_ACTOR: AuthenticatedUser = {
  id: '5e1f5e1f-0000-4000-8000-000000000001',
  name: 'Customer (self-service)',
  role: 'agent',
};

export async function selfServiceActor(db: Database): Promise<AuthenticatedUser> {
  await db.user.createMany({ data: [{ ...SELF_SERVICE_ACTOR, active: false }], skipDuplicates: true });
  return SELF_SERVICE_ACTOR;
}

export function isSelfServiceActor(userId: string | null): boolean {
  return userId === SELF_SERVICE_ACTOR.id;
}
