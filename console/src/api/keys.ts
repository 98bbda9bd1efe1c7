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
  policy: (name: string) => ['policies', name] as const,
};
