import type { Role } from '../domain/roles';
import type { Actor } from '../../workflows/actor';

/** A user as recorded in a process's history. */
export function actorOf(user: { id: string; name: string; role: string }): Actor {
  return { id: user.id, name: user.name, role: user.role as Role };
}
