import { ROUTE_ACCESS, type RouteKey } from '../../src/domain/access';
import type { Role } from '../../src/domain/roles';

// What the console shows a role comes from the API's own access table (src/domain/access.ts):
// a screen or a button appears only when the role may call every route it uses.

export function mayUse(role: Role, routes: readonly RouteKey[]): boolean {
  return routes.every((route) => {
    const { roles } = ROUTE_ACCESS[route];
    return roles === 'any' || (roles as readonly Role[]).includes(role);
  });
}
