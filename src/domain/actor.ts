import type { Role } from './roles';

/** A user acting on a process, as recorded in its history. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
}

/** A user as recorded in a process's history. */
export function actorOf(user: { id: string; name: string; role: string }): Actor {
  return { id: user.id, name: user.name, role: user.role as Role };
}
