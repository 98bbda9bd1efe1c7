import type { CustomerLinks } from './links';

// The links a customer's message carries, by its template: the survey's eleven one-click answers,
// a return's and a credit's status page.

const SCORE_WORDS: Record<number, string> = { 0: ' (not at all likely)', 10: ' (extremely likely)' };

function surveyLines(links: CustomerLinks, payload: Record<string, unknown>): string | undefined {
  const { handoffId, closesAt } = payload as { handoffId?: string; closesAt?: string };
  if (!handoffId || !closesAt) return undefined;
  const token = links.token('survey', handoffId, Date.parse(closesAt));
  const scores = Array.from({ length: 11 }, (_unused, score) => `${score}${SCORE_WORDS[score] ?? ''}: ${links.url('survey', token, { score: String(score) })}`);
  return ['Answer with one click on your score:', ...scores, `Or answer with a comment: ${links.url('survey', token)}`].join('\n');
}

function statusLine(links: CustomerLinks, purpose: 'return_status' | 'credit_status', id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  return `See where it stands at any time: ${links.url(purpose, links.token(purpose, id))}`;
}

/** The lines of links to add to a customer message, when its template has any. */
export function customerLinkLines(template: string, payload: Record<string, unknown>, links: CustomerLinks): string | undefined {
  switch (template) {
    case 'handoff.nps_survey':
      return surveyLines(links, payload);
    case 'return.authorised':
    case 'return.reminder':
    case 'return.completed':
      return statusLine(links, 'return_status', payload.returnId);
    case 'credit.posted':
      return statusLine(links, 'credit_status', payload.creditId);
    default:
      return undefined;
  }
}
