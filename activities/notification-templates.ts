import { customerLinkLines } from '../src/customer-links/message-links';
import type { CustomerLinks } from '../src/customer-links/links';
import { formatMoney, type Money } from '../src/domain/money';

// Every message the processes send, rendered from its outbox payload. The workflows can name only
// these templates (NotificationTemplate), so none goes out without words.

export interface RenderedMessage {
  subject: string;
  text: string;
}

interface CreditPayload {
  creditId: string;
  kind: 'refund' | 'store_credit' | 'goodwill';
  amount: Money;
}
interface ReturnPayload {
  rmaNumber: string | null;
  trackingNumber: string | null;
  totals: { creditMinor: number; currency: string } | null;
}
interface EscalationPayload {
  escalationId: string;
  caseId: string;
  severity: string;
  tier: string;
  reason: string;
}
interface HandoffPayload {
  dealId: string;
  customer: string;
  tier: string;
  owner?: string;
  commitment?: string;
  dueAt?: string | null;
  score?: number;
  comment?: string | null;
  closesAt?: string;
  commitments?: number;
}
interface CasePayload {
  caseId: string;
  subject: string;
  owner?: string;
  process?: string;
  id?: string;
  status?: string;
  number?: number;
  dueAt?: string;
  note?: string;
  reason?: string;
  from?: string;
}

const CREDIT_KIND = { refund: 'refund', store_credit: 'store credit', goodwill: 'goodwill credit' } as const;
const credit = (payload: CreditPayload) => `${CREDIT_KIND[payload.kind]} of ${formatMoney(payload.amount)}`;
const rma = (payload: ReturnPayload) => payload.rmaNumber ?? 'your return';
const escalation = (payload: EscalationPayload) => `${payload.severity} escalation ${payload.escalationId} (case ${payload.caseId})`;
const deal = (payload: HandoffPayload) => `${payload.customer} (${payload.tier}, deal ${payload.dealId})`;
const theCase = (payload: CasePayload) => `case "${payload.subject}" (${payload.caseId})`;
const owner = (payload: HandoffPayload) => (payload.owner ? ` Owner: ${payload.owner}.` : '');

/** Each template's words, given the payload its workflow sends. */
const TEMPLATES = {
  'case.process_finished': (p: CasePayload) => ({
    subject: `The ${p.process ?? 'process'} on your case has finished: ${p.status ?? 'done'}`,
    text: `The ${p.process ?? 'process'} ${p.id ?? ''} on your ${theCase(p)} finished as ${p.status ?? 'done'}. Tell the customer what it means for them.`,
  }),
  'case.transferred': (p: CasePayload) => ({
    subject: `You now own the ${theCase(p)}`,
    text: `${p.from ?? 'A colleague'} passed the ${theCase(p)} to you: ${p.reason ?? 'no reason given'}. You are the customer's contact until it is closed.`,
  }),
  'case.callback_due_soon': (p: CasePayload) => ({
    subject: `Call back soon: ${p.subject}`,
    text: `You promised to call the customer back on the ${theCase(p)} by ${p.dueAt ?? 'soon'}: ${p.note ?? ''}`,
  }),
  'case.callback_missed': (p: CasePayload) => ({
    subject: `Callback missed: ${p.subject}`,
    text: `The callback promised on the ${theCase(p)} for ${p.dueAt ?? 'earlier'} was not made.${p.owner ? ` Owner: ${p.owner}.` : ''} Call the customer now.`,
  }),
  'credit.decision_due_soon': (p: CreditPayload) => ({
    subject: `Credit decision due soon: ${credit(p)}`,
    text: `The ${credit(p)} (credit ${p.creditId}) is waiting for a decision and its deadline is near.`,
  }),
  'credit.decision_overdue': (p: CreditPayload) => ({
    subject: `Credit decision overdue: ${credit(p)}`,
    text: `The ${credit(p)} (credit ${p.creditId}) missed its decision deadline and is now in the accounting managers' queue.`,
  }),
  'credit.posted': (p: CreditPayload) => ({
    subject: `Your ${credit(p)} has been issued`,
    text: `We have issued a ${credit(p)} to you. Reference: ${p.creditId}.`,
  }),
  'credit.rejected': (p: CreditPayload) => ({
    subject: `Credit rejected: ${credit(p)}`,
    text: `The ${credit(p)} you requested (credit ${p.creditId}) was rejected; its reason is on the case.`,
  }),
  'credit.expired': (p: CreditPayload) => ({
    subject: `Credit request expired: ${credit(p)}`,
    text: `The ${credit(p)} (reference ${p.creditId}) was not decided in time and has expired. Nothing was charged or paid.`,
  }),
  'return.authorised': (p: ReturnPayload) => ({
    subject: `Return ${rma(p)} authorised`,
    text: `Your return ${rma(p)} is authorised. Send the items with the enclosed label (tracking number ${p.trackingNumber ?? 'on the label'}).`,
  }),
  'return.reminder': (p: ReturnPayload) => ({
    subject: `Reminder: please send return ${rma(p)}`,
    text: `We have not received the items of return ${rma(p)} yet. Please send them soon, or the return will expire.`,
  }),
  'return.expired': (p: ReturnPayload) => ({
    subject: `Return ${rma(p)} expired`,
    text: `The items of return ${rma(p)} did not arrive in time, so the return has expired. Contact us to start a new one.`,
  }),
  'return.completed': (p: ReturnPayload) => ({
    subject: `Return ${rma(p)} completed`,
    text:
      p.totals && p.totals.creditMinor > 0
        ? `Your return ${rma(p)} is complete: ${formatMoney({ minor: p.totals.creditMinor, currency: p.totals.currency })} is on its way to you.`
        : `Your return ${rma(p)} is complete.`,
  }),
  'escalation.queued': (p: EscalationPayload) => ({
    subject: `New ${escalation(p)} in the ${p.tier} queue`,
    text: `${escalation(p)}: ${p.reason}. Acknowledge it to take it.`,
  }),
  'escalation.escalated': (p: EscalationPayload) => ({
    subject: `${escalation(p)} moved up to ${p.tier}`,
    text: `${escalation(p)} is now in the ${p.tier} queue: ${p.reason}.`,
  }),
  'escalation.ack_due_soon': (p: EscalationPayload) => ({
    subject: `Acknowledge soon: ${escalation(p)}`,
    text: `Nobody has acknowledged ${escalation(p)} yet; it moves up a tier when its deadline passes.`,
  }),
  'escalation.resolve_due_soon': (p: EscalationPayload) => ({
    subject: `Resolve soon: ${escalation(p)}`,
    text: `${escalation(p)} is close to its resolution deadline.`,
  }),
  'handoff.assigned': (p: HandoffPayload) => ({
    subject: `New customer handed over: ${deal(p)}`,
    text: `You own ${deal(p)} now, with ${p.commitments ?? 0} sales commitment(s) to keep. Make the welcome contact first.`,
  }),
  'handoff.welcome_due_soon': (p: HandoffPayload) => ({
    subject: `Welcome contact due soon: ${p.customer}`,
    text: `Make the welcome contact with ${deal(p)} before its deadline.`,
  }),
  'handoff.welcome_overdue': (p: HandoffPayload) => ({
    subject: `Welcome contact missed: ${p.customer}`,
    text: `Nobody has made the welcome contact with ${deal(p)} in time.${owner(p)} An escalation is open.`,
  }),
  'handoff.check_in_due': (p: HandoffPayload) => ({
    subject: `Check-in due: ${p.customer}`,
    text: `It is time to check in with ${deal(p)}.`,
  }),
  'handoff.check_in_due_soon': (p: HandoffPayload) => ({
    subject: `Check-in due soon: ${p.customer}`,
    text: `The check-in with ${deal(p)} is close to its deadline.`,
  }),
  'handoff.check_in_overdue': (p: HandoffPayload) => ({
    subject: `Check-in overdue: ${p.customer}`,
    text: `The check-in with ${deal(p)} is overdue.${owner(p)}`,
  }),
  'handoff.commitment_due_soon': (p: HandoffPayload) => ({
    subject: `Commitment due soon: ${p.commitment ?? ''}`,
    text: `Sales promised ${deal(p)}: "${p.commitment ?? ''}", due ${p.dueAt ?? 'soon'}.`,
  }),
  'handoff.commitment_overdue': (p: HandoffPayload) => ({
    subject: `Commitment overdue: ${p.commitment ?? ''}`,
    text: `The promise to ${deal(p)} is overdue: "${p.commitment ?? ''}" (due ${p.dueAt ?? 'earlier'}).${owner(p)} An escalation is open.`,
  }),
  'handoff.detractor': (p: HandoffPayload) => ({
    subject: `Detractor: ${p.customer} scored ${p.score ?? '?'}`,
    text: `${deal(p)} answered the survey with ${p.score ?? '?'}${p.comment ? `: "${p.comment}"` : ''}. A service-recovery escalation is open.`,
  }),
  'handoff.passive_follow_up': (p: HandoffPayload) => ({
    subject: `Follow up: ${p.customer} scored ${p.score ?? '?'}`,
    text: `${deal(p)} answered the survey with ${p.score ?? '?'}${p.comment ? `: "${p.comment}"` : ''}. Call them to learn what would make it a 9 or 10.`,
  }),
  'handoff.referral_request': (p: HandoffPayload) => ({
    subject: 'Thank you! Would you recommend us?',
    text: `Thank you for your score of ${p.score ?? 10}. If you are happy with us, a review or a referral would mean a lot.`,
  }),
  'handoff.nps_survey': (p: HandoffPayload) => ({
    subject: 'How likely are you to recommend us?',
    text: `On a scale from 0 to 10, how likely are you to recommend us to a friend or colleague? The survey is open until ${p.closesAt ?? 'two weeks from now'}.`,
  }),
} satisfies Record<string, (payload: never) => RenderedMessage>;

export type NotificationTemplate = keyof typeof TEMPLATES;

/** The message's words; with `links`, a customer's message also carries its signed links. */
export function renderNotification(template: NotificationTemplate, payload: Record<string, unknown>, links?: CustomerLinks): RenderedMessage {
  // The payload is the one the workflow built for this template, kept as JSON by the outbox.
  const render: (payload: never) => RenderedMessage = TEMPLATES[template];
  const message = render(payload as never);
  const linkLines = links && customerLinkLines(template, payload, links);
  return linkLines ? { ...message, text: `${message.text}\n\n${linkLines}` } : message;
}

export const NOTIFICATION_TEMPLATES = Object.keys(TEMPLATES) as NotificationTemplate[];
