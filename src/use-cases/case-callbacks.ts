import { Prisma } from '../db/client';
import { isoTimestamp } from '../db/iso-timestamp';
import type { CallbackStatus } from '../domain/callbacks';
import type { CallbackView } from '../schemas/cases';

/** A callback as the case's view reads it (case-view.ts). */
export interface CallbackRow {
  number: number;
  dueAt: string;
  note: string;
  status: string;
  owner: { id: string; name: string };
  promisedAt: string;
  endedAt: string | null;
  remindedAt: string | null;
  missedAt: string | null;
}

/** Every callback promised on the case, oldest first, with its step record's reminder and miss and its owner's name: a json array of `CallbackRow`. */
export function callbacksJson(caseId: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT COALESCE(json_agg(json_build_object(
      'number', callbacks.number,
      'dueAt', ${isoTimestamp('callbacks.due_at')},
      'note', callbacks.note,
      'status', callbacks.status,
      'owner', json_build_object('id', callbacks.owner_id, 'name', COALESCE(owners.name, '')),
      'promisedAt', ${isoTimestamp('callbacks.promised_at')},
      'endedAt', ${isoTimestamp('callbacks.ended_at')},
      'remindedAt', ${isoTimestamp('steps.warned_at')},
      'missedAt', ${isoTimestamp('steps.breached_at')}
    ) ORDER BY callbacks.number), '[]'::json)
    FROM callbacks
    LEFT JOIN step_records steps ON steps.step_key = callbacks.step_key
    LEFT JOIN users owners ON owners.id = callbacks.owner_id
    WHERE callbacks.case_id = ${caseId}::uuid)`;
}

/** A callback as the case shows it; an open one counts down to its due time. */
export function callbackView(row: CallbackRow, now: number): CallbackView {
  return {
    number: row.number,
    dueAt: row.dueAt,
    dueInSeconds: row.status === 'open' ? Math.round((Date.parse(row.dueAt) - now) / 1000) : null,
    note: row.note,
    status: row.status as CallbackStatus,
    owner: row.owner,
    promisedAt: row.promisedAt,
    endedAt: row.endedAt,
    remindedAt: row.remindedAt,
    missedAt: row.missedAt,
  };
}
