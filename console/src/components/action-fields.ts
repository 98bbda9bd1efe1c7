import { RESOLUTION_CODES } from '../../../src/domain/escalations';

// The fields each process action takes (its request schema in src/schemas); an action not
// listed takes none. Screens for other processes add theirs here.

export interface ActionField {
  name: string;
  label: string;
  required: boolean;
  /** A choice among these values rather than free text. */
  options?: readonly string[];
}

const note = (name: string, label: string, required = false): ActionField => ({ name, label, required });

export const ACTION_FIELDS: Record<string, readonly ActionField[]> = {
  close: [note('resolution', 'Resolution')],
  approve: [note('note', 'Note')],
  reject: [note('reason', 'Reason', true)],
  cancel: [note('reason', 'Reason')],
  escalate: [note('reason', 'Reason', true)],
  notes: [note('text', 'Note', true)],
  reassign: [note('assigneeId', 'Assignee (user id)', true)],
  resolve: [{ name: 'resolutionCode', label: 'Resolution code', required: true, options: RESOLUTION_CODES }, note('note', 'Note')],
};
