export const ROLES = [
  'agent',
  'supervisor',
  'accounting',
  'accounting_manager',
  'warehouse',
  'sales',
  'ops',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

/** The people a customer reaches first: they open cases and start and work processes. */
export const FRONTLINE_ROLES = ['agent', 'supervisor'] as const satisfies readonly Role[];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
