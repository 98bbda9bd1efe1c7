import type { Role } from '../src/domain/roles';

/** A user acting on a process, as recorded in its history. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
}
