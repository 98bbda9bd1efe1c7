// Workflow ids come from business keys, through this one helper, so a repeated request can never
// start a second process for the same key.
export const workflowIds = {
  case: (caseId: string) => `case-${caseId}`,
  credit: (creditId: string) => `credit-${creditId}`,
  escalation: (escalationId: string) => `escalation-${escalationId}`,
  handoff: (dealId: string) => `handoff-${dealId}`,
  /** The n-th return of an order. */
  return: (orderId: string, n: number) => `return-${orderId}-${n}`,
} as const;
