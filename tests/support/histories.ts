import { temporal } from '@temporalio/proto';
import type { TestApp } from './harness';

const { EventType } = temporal.api.enums.v1;

export interface RunHistory {
  runId: string;
  /** The event types, in order. */
  events: string[];
  /** The history's size as the server stores it (encoded protobuf). */
  bytes: number;
  /** The history's size as the server reports it (describeWorkflowExecution's historySizeBytes). */
  reportedBytes: number;
}

/** Every run of a workflow that continues as new, first run first, with its events and size. */
export async function runHistories(app: TestApp, workflowId: string): Promise<RunHistory[]> {
  const first = await app.temporal.workflow.getHandle(workflowId).fetchHistory();
  const runs: RunHistory[] = [];
  let runId: string | null | undefined = first.events?.[0]?.workflowExecutionStartedEventAttributes?.firstExecutionRunId;
  while (runId) {
    const handle = app.temporal.workflow.getHandle(workflowId, runId);
    const [history, description] = await Promise.all([handle.fetchHistory(), handle.describe()]);
    const events = history.events ?? [];
    runs.push({
      runId,
      events: events.map((event) => EventType[event.eventType ?? 0] ?? 'unknown'),
      bytes: temporal.api.history.v1.History.encode(history).finish().length,
      reportedBytes: Number(description.raw.workflowExecutionInfo?.historySizeBytes ?? 0),
    });
    runId = events.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId;
  }
  return runs;
}
