// Workflow ids come from business keys, through this one helper, so a repeated request can never
// start a second process for the same key.
export const workflowIds = {
  case: (caseId: string) => `case-${caseId}`,
  credit: (creditId: string) => `credit-${creditId}`,
  escalation: (escalationId: string) => `escalation-${escalationId}`,
  handoff: (dealId: string) => `handoff-${dealId}`,
  /** Returns started before 2026-12 kept `return-<order>-<n>`, read through the id on their row. */
  return: (returnId: string) => `return-${returnId}`,
} as const;
