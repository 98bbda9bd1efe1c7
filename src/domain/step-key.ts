/** One step instance of one workflow: the key of its step (SLA) record, whatever retries. */
export function stepKey(workflowId: string, step: string, sequence: number): string {
  return `${workflowId}:${step}:${sequence}`;
}
