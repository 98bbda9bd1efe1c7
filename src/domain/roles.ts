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

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
