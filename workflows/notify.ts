import { workflowInfo } from '@temporalio/workflow';
import type { NotificationTemplate } from '../activities/notification-templates';
import type { NotificationRequest } from '../activities/notifications';
import { activities } from './activities';

export interface Notice {
  audience: 'customer' | 'staff';
  /** An email address, or `customer:<id>`, `role:<role>`, `user:<id>`, `queue:<name>`. */
  recipient: string;
  template: NotificationTemplate;
  payload: Record<string, unknown>;
  /** What makes the message one of a kind within the run besides its template: the rest of its dedupe key. */
  instance?: ReadonlyArray<string | number>;
}

/**
 * Sends a notification through the outbox, at most once per dedupe key (`<workflow id>:<template>:<instance…>`).
 * Every workflow notifies through this; its own helpers are named after the audience
 * (`notifyCustomer`, `notifyStaff`) and only fill in the recipient, the instance and the payload.
 */
export function notify(notice: Notice): Promise<void> {
  return activities.notify(outboxMessage(notice));
}

/** The outbox row of a notice: sent by `notify`, or with the process change that calls for it. */
export function outboxMessage({ audience, recipient, template, payload, instance = [] }: Notice): NotificationRequest {
  return { dedupeKey: [workflowInfo().workflowId, template, ...instance].join(':'), audience, recipient, template, payload };
}
