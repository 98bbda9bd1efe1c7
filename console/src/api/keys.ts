// Query keys from one place, so that a mutation invalidates exactly what it changes.
export const keys = {
  session: ['session'] as const,
  settings: ['console-settings'] as const,
  cases: {
    all: ['cases'] as const,
    list: (filter: object) => ['cases', 'list', filter] as const,
    one: (id: string) => ['cases', 'one', id] as const,
  },
  credits: {
    all: ['credits'] as const,
    list: (filter: object) => ['credits', 'list', filter] as const,
    one: (id: string) => ['credits', 'one', id] as const,
  },
  returns: {
    all: ['returns'] as const,
    list: (filter: object) => ['returns', 'list', filter] as const,
    one: (id: string) => ['returns', 'one', id] as const,
  },
  orders: { one: (id: string) => ['orders', id] as const },
  escalations: {
    all: ['escalations'] as const,
    list: (filter: object) => ['escalations', 'list', filter] as const,
    one: (id: string) => ['escalations', 'one', id] as const,
    notes: (id: string, cursor: string | undefined) => ['escalations', 'notes', id, cursor] as const,
  },
  policy: (name: string) => ['policies', name] as const,
  processes: ['processes'] as const,
  reports: {
    sla: (filter: object) => ['reports', 'sla', filter] as const,
    issues: (filter: object) => ['reports', 'issues', filter] as const,
    openWork: (filter: object) => ['reports', 'open-work', filter] as const,
    nps: (filter: object) => ['reports', 'nps', filter] as const,
    resolution: (filter: object) => ['reports', 'resolution', filter] as const,
  },
  users: ['users'] as const,
  ownKeys: ['me', 'keys'] as const,
  invitations: ['invitations'] as const,
  policyChanges: ['policy-changes'] as const,
  delegations: ['delegations'] as const,
  ledger: (customerId: string) => ['ledger', customerId] as const,
  handoffs: {
    all: ['handoffs'] as const,
    list: (filter: object) => ['handoffs', 'list', filter] as const,
    one: (id: string) => ['handoffs', 'one', id] as const,
    contacts: (id: string, cursor: string | undefined) => ['handoffs', 'contacts', id, cursor] as const,
  },
};
