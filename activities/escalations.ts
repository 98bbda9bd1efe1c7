import type { Database } from '../src/db/client';
import type { EscalationState } from '../src/domain/messages/escalation';
import { addTimelineEvent } from './timeline';

export interface EscalationSnapshot {
  workflowId: string;
  /** Grows with every change: a late retry of an older snapshot changes nothing. */
  revision: number;
  state: EscalationState;
  event: { type: string; actorId: string | null; detail: string | null; at: string };
}

const at = (iso: string | null) => (iso === null ? null : new Date(iso));

export function createEscalationActivities({ db }: { db: Database }) {
  return {
    /** The escalation's row (for queues and the issues report) and its case timeline event. */
    async recordEscalation({ workflowId, revision, state, event }: EscalationSnapshot): Promise<void> {
      await db.$transaction(async (tx) => {
        await tx.$executeRaw`
          INSERT INTO escalations (id, workflow_id, case_id, customer_id, severity, category, reason, tier, status,
            raised_by_id, assignee_id, resolution_code, source_type, source_id, raised_at, acknowledged_at,
            resolved_at, closed_at, revision)
          VALUES (${state.escalationId}::uuid, ${workflowId}, ${state.caseId}::uuid, ${state.customerId}, ${state.severity},
            ${state.category}, ${state.reason}, ${state.tier}, ${state.status}, ${state.raisedBy?.id ?? null}::uuid,
            ${state.assignee?.id ?? null}::uuid, ${state.resolutionCode}, ${state.source?.type ?? null}, ${state.source?.id ?? null},
            ${at(state.raisedAt)}, ${at(acknowledgedAt(state))}, ${at(state.resolvedAt)}, ${at(state.closedAt)}, ${revision})
          ON CONFLICT (id) DO UPDATE SET tier = EXCLUDED.tier, status = EXCLUDED.status, assignee_id = EXCLUDED.assignee_id,
            resolution_code = EXCLUDED.resolution_code, acknowledged_at = EXCLUDED.acknowledged_at,
            resolved_at = EXCLUDED.resolved_at, closed_at = EXCLUDED.closed_at, revision = EXCLUDED.revision
          WHERE escalations.revision < EXCLUDED.revision`;
        await addTimelineEvent(tx, {
          caseId: state.caseId,
          eventKey: `escalation:${state.escalationId}:${revision}`,
          type: event.type,
          actorId: event.actorId,
          data: { escalationId: state.escalationId, tier: state.tier, status: state.status, detail: event.detail },
          occurredAt: event.at,
        });
      });
    },
  };
}

function acknowledgedAt(state: EscalationState): string | null {
  return [...state.history].reverse().find((entry) => entry.type === 'escalation.acknowledged')?.at ?? null;
}
