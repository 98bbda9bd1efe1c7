import type { CustomerHistory, HistoryEntry } from '../schemas/customers';
import type { UseCaseContext } from './context';

const CONTACT_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;
const HISTORY_LIMIT = 500;

/** Everything the customer has had with us, newest first, and how often they got in touch lately. */
export async function readCustomerHistory(context: UseCaseContext, customerId: string, now = new Date()): Promise<CustomerHistory> {
  const { db } = context;
  const where = { customerId };
  const take = HISTORY_LIMIT;
  const [customer, contacts, cases, credits, returns, escalations, handoffs] = await Promise.all([
    db.customer.findUnique({ where: { id: customerId }, select: { name: true } }),
    db.case.count({ where: { customerId, openedAt: { gte: new Date(now.getTime() - CONTACT_WINDOW_MS) } } }),
    db.case.findMany({ where, orderBy: { openedAt: 'desc' }, take }),
    db.credit.findMany({ where, orderBy: { requestedAt: 'desc' }, take }),
    db.return.findMany({ where, orderBy: { requestedAt: 'desc' }, take }),
    db.escalation.findMany({ where, orderBy: { raisedAt: 'desc' }, take }),
    db.handoff.findMany({ where, orderBy: { handedOverAt: 'desc' }, take }),
  ]);
  const entry = (kind: HistoryEntry['kind'], path: string, row: { id: string; caseId: string; status: string }, at: Date, title: string): HistoryEntry => ({
    kind,
    id: row.id,
    caseId: row.caseId,
    status: row.status,
    at: at.toISOString(),
    title,
    href: `/v1/${path}/${row.id}`,
  });
  const history = [
    ...cases.map((row) => entry('case', 'cases', { ...row, caseId: row.id }, row.openedAt, row.category ? `${row.subject} (${row.category})` : row.subject)),
    ...credits.map((row) => entry('credit', 'credits', row, row.requestedAt, `${row.kind}: ${row.reason}`)),
    ...returns.map((row) => entry('return', 'returns', row, row.requestedAt, `order ${row.orderId}`)),
    ...escalations.map((row) => entry('escalation', 'escalations', row, row.raisedAt, `${row.severity} ${row.category}`)),
    ...handoffs.map((row) => entry('handoff', 'handoffs', row, row.handedOverAt, `deal ${row.dealId}`)),
  ]
    .sort((a, b) => b.at.localeCompare(a.at) || a.kind.localeCompare(b.kind))
    .slice(0, HISTORY_LIMIT);
  return { customerId, name: customer?.name ?? null, contactsLast90Days: contacts, history };
}
