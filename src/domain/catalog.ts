import { actionRoles } from './access';
import { CREDIT_STATUSES } from './credits';
import { ESCALATION_STATUSES } from './escalations';
import { HANDOFF_STATUSES, type HandoffStatus } from './handoffs';
import { RETURN_STATUSES } from './returns';
import type { Role } from './roles';

// The process catalog: the one source for a workflow's reported step, the API's "what is next",
// the step (SLA) records and the process documentation served at /v1/processes.

export interface StepDefinition {
  name: string;
  title: string;
  /** `system` for steps the engine does by itself. */
  ownerRole: Role | 'system';
  /** Where the SLA target lives: a policy name and the path of its duration. */
  target?: { policy: string; path: string };
}

export interface ActionDefinition {
  name: string;
  title: string;
  method: 'POST';
  /** `{id}` stands for the resource id. */
  path: string;
  roles: readonly Role[];
  /** Process statuses in which the action is allowed. */
  allowedIn: readonly string[];
}

export interface ProcessDefinition {
  name: string;
  title: string;
  workflowType: string;
  statuses: readonly string[];
  steps: readonly StepDefinition[];
  actions: readonly ActionDefinition[];
}

export const CASE_STATUSES = ['open', 'waiting_on_customer', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_PROCESS = {
  name: 'case',
  title: 'Customer case',
  workflowType: 'caseWorkflow',
  statuses: CASE_STATUSES,
  steps: [{ name: 'work', title: 'Work the case to a close', ownerRole: 'agent' }],
  actions: [
    {
      name: 'close',
      title: 'Close the case',
      method: 'POST',
      path: '/v1/cases/{id}/close',
      roles: actionRoles('/v1/cases/{id}/close'),
      allowedIn: ['open', 'waiting_on_customer', 'resolved'],
    },
  ],
} as const satisfies ProcessDefinition;

/** The case's one step: worked by an agent from opening until it is closed. */
export const CASE_WORK_STEP = stepDefinition(CASE_PROCESS, 'work');

export const CREDIT_PROCESS = {
  name: 'credit',
  title: 'Credit: refund, store credit or goodwill',
  workflowType: 'creditWorkflow',
  statuses: CREDIT_STATUSES,
  steps: [
    { name: 'policy_check', title: "Approve at once within the requester's authority, else route to a queue", ownerRole: 'system' },
    {
      name: 'approval',
      title: 'Decision by a user with enough authority (two above the dual-control threshold)',
      ownerRole: 'accounting',
      target: { policy: 'credits', path: 'decision.target' },
    },
    {
      name: 'post',
      title: 'Ledger entry and store-credit balance or refund instruction, exactly once; the customer is told',
      ownerRole: 'system',
    },
  ],
  actions: [
    {
      name: 'approve',
      title: 'Approve the credit',
      method: 'POST',
      path: '/v1/credits/{id}/approve',
      roles: actionRoles('/v1/credits/{id}/approve'),
      allowedIn: ['pending_approval'],
    },
    {
      name: 'reject',
      title: 'Reject the credit, with a reason',
      method: 'POST',
      path: '/v1/credits/{id}/reject',
      roles: actionRoles('/v1/credits/{id}/reject'),
      allowedIn: ['pending_approval'],
    },
    {
      name: 'recall',
      title: 'Recall your own pending credit',
      method: 'POST',
      path: '/v1/credits/{id}/recall',
      roles: actionRoles('/v1/credits/{id}/recall'),
      allowedIn: ['pending_approval'],
    },
  ],
} as const satisfies ProcessDefinition;

const escalationAction = (name: string, title: string, allowedIn: readonly string[]): ActionDefinition => ({
  name,
  title,
  method: 'POST',
  path: `/v1/escalations/{id}/${name}`,
  roles: actionRoles(`/v1/escalations/{id}/${name}`),
  allowedIn,
});

export const ESCALATION_PROCESS = {
  name: 'escalation',
  title: 'Escalation through tiers L1, L2, L3 and manager',
  workflowType: 'escalationWorkflow',
  statuses: ESCALATION_STATUSES,
  steps: [
    {
      name: 'acknowledge',
      title: "Acknowledged by an assignee of the tier's queue; on breach, up a tier",
      ownerRole: 'agent',
      target: { policy: 'escalations', path: 'severities.<severity>.ack' },
    },
    {
      name: 'resolve',
      title: 'Resolved with a resolution code; waiting on the customer stops the clock',
      ownerRole: 'agent',
      target: { policy: 'escalations', path: 'severities.<severity>.resolve' },
    },
  ],
  actions: [
    escalationAction('acknowledge', 'Acknowledge and take the escalation', ['open']),
    escalationAction('notes', 'Add a note', ['open', 'acknowledged', 'waiting_on_customer', 'resolved']),
    escalationAction('reassign', 'Reassign to someone in the tier', ['acknowledged', 'waiting_on_customer']),
    escalationAction('escalate', 'Escalate to the next tier', ['open', 'acknowledged']),
    escalationAction('wait-on-customer', 'Wait on the customer (stops the clock)', ['acknowledged']),
    escalationAction('customer-replied', 'The customer replied (restarts the clock)', ['waiting_on_customer']),
    escalationAction('resolve', 'Resolve with a resolution code', ['acknowledged', 'waiting_on_customer']),
    escalationAction('confirm', "Record the customer's confirmation and close", ['resolved']),
  ],
} as const satisfies ProcessDefinition;

export const RETURN_PROCESS = {
  name: 'return',
  title: 'Return (RMA): eligibility, authorisation, receipt, inspection, resolution',
  workflowType: 'returnWorkflow',
  statuses: RETURN_STATUSES,
  steps: [
    { name: 'eligibility', title: 'Order, quantity, return window and final sale checked per line', ownerRole: 'system' },
    { name: 'authorise', title: 'RMA number and return label issued, customer told', ownerRole: 'system' },
    {
      name: 'await_item',
      title: 'The item comes back; a reminder, then the RMA expires',
      ownerRole: 'warehouse',
      target: { policy: 'returns', path: 'expiresAfter' },
    },
    { name: 'inspect', title: 'Each line graded', ownerRole: 'warehouse', target: { policy: 'returns', path: 'inspection.target' } },
  ],
  actions: [
    { name: 'receipt', title: 'Record the items received', method: 'POST', path: '/v1/returns/{id}/receipt', roles: actionRoles('/v1/returns/{id}/receipt'), allowedIn: ['awaiting_item'] },
    { name: 'inspection', title: 'Grade each received line', method: 'POST', path: '/v1/returns/{id}/inspection', roles: actionRoles('/v1/returns/{id}/inspection'), allowedIn: ['inspecting'] },
    {
      name: 'exception',
      title: 'Let lines outside the window or final sale through',
      method: 'POST',
      path: '/v1/returns/{id}/exception',
      roles: actionRoles('/v1/returns/{id}/exception'),
      allowedIn: ['ineligible', 'awaiting_item'],
    },
    {
      name: 'cancel',
      title: 'Cancel the return (before the item arrives)',
      method: 'POST',
      path: '/v1/returns/{id}/cancel',
      roles: actionRoles('/v1/returns/{id}/cancel'),
      allowedIn: ['ineligible', 'awaiting_item'],
    },
  ],
} as const satisfies ProcessDefinition;

const HANDOFF_OPEN = ['welcome_pending', 'following_up'] as const satisfies readonly HandoffStatus[];

export const HANDOFF_PROCESS = {
  name: 'handoff',
  title: 'Sales-to-service handoff and post-sale follow-up',
  workflowType: 'handoffWorkflow',
  statuses: HANDOFF_STATUSES,
  steps: [
    { name: 'assign', title: 'A service owner chosen by customer tier and open handoffs per agent', ownerRole: 'system' },
    {
      name: 'welcome',
      title: 'Welcome contact by the owner; on breach, an escalation and the supervisors told',
      ownerRole: 'agent',
      target: { policy: 'handoff', path: 'welcomeContact.<tier>' },
    },
    {
      name: 'commitment',
      title: 'Each sales commitment fulfilled or waived: a reminder before its due date, an escalation when overdue',
      ownerRole: 'agent',
    },
    {
      name: 'check_in',
      title: "Check-in contacts on the policy's schedule, each with its own contact SLA",
      ownerRole: 'agent',
      target: { policy: 'handoff', path: 'checkInContact' },
    },
    {
      name: 'survey',
      title: 'NPS survey: a detractor opens a recovery escalation, a passive an owner follow-up, a promoter a referral request',
      ownerRole: 'system',
    },
  ],
  actions: [
    {
      name: 'contacts',
      title: 'Record a welcome or check-in contact',
      method: 'POST',
      path: '/v1/handoffs/{id}/contacts',
      roles: actionRoles('/v1/handoffs/{id}/contacts'),
      allowedIn: HANDOFF_OPEN,
    },
    {
      name: 'fulfil',
      title: 'Mark a commitment fulfilled',
      method: 'POST',
      path: '/v1/handoffs/{id}/commitments/{n}/fulfil',
      roles: actionRoles('/v1/handoffs/{id}/commitments/{n}/fulfil'),
      allowedIn: HANDOFF_OPEN,
    },
    {
      name: 'waive',
      title: 'Waive a commitment, with a reason',
      method: 'POST',
      path: '/v1/handoffs/{id}/commitments/{n}/waive',
      roles: actionRoles('/v1/handoffs/{id}/commitments/{n}/waive'),
      allowedIn: HANDOFF_OPEN,
    },
    {
      name: 'survey-response',
      title: "Record the customer's NPS answer",
      method: 'POST',
      path: '/v1/handoffs/{id}/survey-response',
      roles: actionRoles('/v1/handoffs/{id}/survey-response'),
      allowedIn: HANDOFF_OPEN,
    },
  ],
} as const satisfies ProcessDefinition;

export const PROCESS_CATALOG: readonly ProcessDefinition[] = [CASE_PROCESS, CREDIT_PROCESS, ESCALATION_PROCESS, RETURN_PROCESS, HANDOFF_PROCESS];

export interface NextAction {
  action: string;
  title: string;
  method: 'POST';
  href: string;
}

/** The actions the caller may take now on a resource of the process in the given status. */
export function nextActions(process: ProcessDefinition, status: string, role: Role, id: string): NextAction[] {
  return process.actions
    .filter((action) => action.allowedIn.includes(status) && action.roles.includes(role))
    .map((action) => ({
      action: action.name,
      title: action.title,
      method: action.method,
      href: action.path.replace('{id}', encodeURIComponent(id)),
    }));
}

export function actionDefinition(process: ProcessDefinition, name: string): ActionDefinition {
  const action = process.actions.find((candidate) => candidate.name === name);
  if (!action) throw new Error(`process ${process.name} has no action ${name}`);
  return action;
}

export function stepDefinition<P extends ProcessDefinition>(process: P, name: P['steps'][number]['name']): StepDefinition {
  const step = process.steps.find((candidate) => candidate.name === name);
  if (!step) throw new Error(`process ${process.name} has no step ${name}`);
  return step;
}
