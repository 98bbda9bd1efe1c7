// The administrative acts the audit trail records, and what each one is about.

export const AUDIT_ACTIONS = [
  'user.created',
  'user.role_changed',
  'user.deactivated',
  'api_key.issued',
  'api_key.revoked',
  'policy.changed',
  'policy.change_proposed',
  'policy.change_rejected',
  'delegation.created',
  'delegation.ended',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Keys are recorded against the user they belong to; a policy by its name. */
export const AUDIT_TARGET_TYPES = ['user', 'policy', 'delegation', 'invitation'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
