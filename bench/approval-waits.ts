import { temporal } from '@temporalio/proto';
import { workflowIds } from '../src/domain/workflow-ids';
import type { Stack } from './load';

// Where the slowest approval's time went: the longest gaps between the events of its credit's
// history from the approval on (a task waiting for a busy worker, a retried or timed-out task).

export interface Approvals {
  api: number[];
  raw: number[];
  slowest: { ms: number; through: string; waits: string[] };
}

const WAITS_SHOWN = 3;
/** A decision's update is accepted after the workflow task that ran its validator: scheduled, started, completed. */
const EVENTS_BEFORE_ACCEPTANCE = 3;

const eventName = (type: temporal.api.enums.v1.EventType | null | undefined) =>
  (temporal.api.enums.v1.EventType[type ?? 0] ?? 'unknown').replace(/^EVENT_TYPE_/, '').toLowerCase();

const millisecondsOf = (time: { seconds?: { toNumber(): number } | number | null; nanos?: number | null } | null | undefined) =>
  Number(time?.seconds ?? 0) * 1000 + (time?.nanos ?? 0) / 1e6;

/** The longest gaps between consecutive events of the credit's history since its last update was accepted, longest first. */
export async function longestWaits(stack: Stack, creditId: string): Promise<string[]> {
  const events = (await stack.client.workflow.getHandle(workflowIds.credit(creditId)).fetchHistory()).events ?? [];
  const acceptances = events.flatMap((event, n) => (event.eventType === temporal.api.enums.v1.EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED ? [n] : []));
  const accepted = acceptances.at(-1) ?? 0;
  const window = events.slice(Math.max(0, accepted - EVENTS_BEFORE_ACCEPTANCE));
  const gaps = window.slice(1).map((event, n) => ({
    ms: millisecondsOf(event.eventTime) - millisecondsOf(window[n]!.eventTime),
    between: `${eventName(window[n]!.eventType)} -> ${eventName(event.eventType)}`,
  }));
  return gaps
    .sort((a, b) => b.ms - a.ms)
    .slice(0, WAITS_SHOWN)
    .map(({ ms, between }) => `${between} ${(ms / 1000).toFixed(1)} s`);
}
