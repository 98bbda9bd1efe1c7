import type { Database } from '../db/client';
import { TIER_ROLES, TIERS, type Tier } from '../domain/escalations';

const EMAIL = /^[^@\s]+@[^@\s]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ESCALATION_QUEUE = /^escalations-(.+)$/;

function isTier(value: string): value is Tier {
  return (TIERS as readonly string[]).includes(value);
}

/** The addresses of the active users of some roles who have one. */
async function addressesOfRoles(db: Database, roles: readonly string[]): Promise<string[]> {
  const users = await db.user.findMany({ where: { role: { in: [...roles] }, active: true, email: { not: null } }, orderBy: { id: 'asc' } });
  return users.flatMap((user) => (user.email ? [user.email] : []));
}

/**
 * The email addresses a recipient stands for: an address itself, a customer's or an active user's
 * address, every active user of a role who has one, or of the roles that work an escalation tier's
 * queue (`queue:escalations-L2`).
 */
export async function addressesOf(db: Database, recipient: string): Promise<string[]> {
  if (EMAIL.test(recipient)) return [recipient];
  const [kind, id = ''] = recipient.split(/:(.*)/s);
  if (kind === 'customer') {
    const customer = await db.customer.findUnique({ where: { id } });
    return customer?.email ? [customer.email] : [];
  }
  if (kind === 'user' && UUID.test(id)) {
    const user = await db.user.findFirst({ where: { id, active: true } });
    return user?.email ? [user.email] : [];
  }
  if (kind === 'role') return addressesOfRoles(db, [id]);
  const tier = ESCALATION_QUEUE.exec(id)?.[1];
  if (kind === 'queue' && tier !== undefined && isTier(tier)) return addressesOfRoles(db, TIER_ROLES[tier]);
  return [];
}
