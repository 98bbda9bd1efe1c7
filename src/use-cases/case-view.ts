import { Prisma, type Database } from '../db/client';
import { isoTimestamp } from '../db/iso-timestamp';
import type { Role } from '../domain/roles';
import { callbacksJson, type CallbackRow } from './case-callbacks';
import { linkedProcessesJson, type LinkedProcessRow } from './case-processes';

// Reading a case costs the API one query, whatever the case holds: each query is CPU in the API
// (Prisma and pg), and every answer of a case action reads its view.

export interface TimelineRow {
  type: string;
  at: string;
  actorId: string | null;
  /** The actor's name. */
  by: string | null;
  data: Record<string, unknown>;
}

/** A case's row with its owner: what a list shows of it. */
export interface CaseRow {
  id: string;
  customerId: string;
  subject: string;
  channel: string;
  status: string;
  openedAt: Date;
  closedAt: Date | null;
  workflowId: string;
  category: string | null;
  owner: { id: string; name: string };
}

/** What the view of a case shows, as stored: its row, its opener and owner, its timeline, callbacks and the processes the caller reads. */
export interface CaseViewRow extends CaseRow {
  openedBy: { id: string; name: string; role: string };
  timeline: TimelineRow[];
  callbacks: CallbackRow[];
  processes: LinkedProcessRow[];
}

/** Every event of the case in the order it happened, with its actor's name: a json array of `TimelineRow`. */
function timelineJson(caseId: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT COALESCE(json_agg(json_build_object(
      'type', events.type,
      'at', ${isoTimestamp('events.occurred_at')},
      'actorId', events.actor_id,
      'by', actors.name,
      'data', events.data
    ) ORDER BY events.occurred_at, events.id), '[]'::json)
    FROM timeline_events events LEFT JOIN users actors ON actors.id = events.actor_id
    WHERE events.case_id = ${caseId}::uuid)`;
}

/** The case's view in one query, its processes those of kinds `role` reads; undefined when there is no such case. */
export async function readCaseView(db: Database, caseId: string, role: Role): Promise<CaseViewRow | undefined> {
  const [row] = await db.$queryRaw<CaseViewRow[]>`
    SELECT cases.id::text AS id, cases.customer_id AS "customerId", cases.subject, cases.channel, cases.status,
      cases.opened_at AS "openedAt", cases.closed_at AS "closedAt", cases.workflow_id AS "workflowId", cases.category,
      json_build_object('id', openers.id, 'name', openers.name, 'role', openers.role) AS "openedBy",
      json_build_object('id', owners.id, 'name', owners.name) AS owner,
      ${timelineJson(caseId)} AS timeline,
      ${callbacksJson(caseId)} AS callbacks,
      ${linkedProcessesJson(caseId, role)} AS processes
    FROM cases
    JOIN users openers ON openers.id = cases.opened_by_id
    JOIN users owners ON owners.id = cases.owner_id
    WHERE cases.id = ${caseId}::uuid`;
  return row;
}
