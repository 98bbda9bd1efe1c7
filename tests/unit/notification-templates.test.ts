import { NOTIFICATION_TEMPLATES, renderNotification } from '../../activities/notification-templates';
import { formatMoney } from '../../src/domain/money';

const PAYLOADS = {
  case: { caseId: 'case-1', subject: 'Kettle broken', owner: 'Ada', process: 'credit', id: 'c-1', status: 'posted', number: 1, dueAt: '2026-12-01T09:00:00Z', note: 'Call at lunch', reason: 'Going on leave', from: 'Otto' },
  credit: { creditId: 'c-1', caseId: 'case-1', kind: 'refund', amount: { minor: 3391, currency: 'EUR' }, status: 'posted' },
  return: { returnId: 'r-1', rmaNumber: 'RMA-7', trackingNumber: 'TRK-9', status: 'completed', totals: { grossMinor: 3990, restockingFeeMinor: 599, creditMinor: 3391, currency: 'EUR' } },
  escalation: { escalationId: 'e-1', caseId: 'case-1', severity: 'P2', tier: 'L2', reason: 'Router keeps dropping' },
  handoff: { handoffId: 'h-1', dealId: 'D-1', caseId: 'case-1', customer: 'Pia', tier: 'priority', owner: 'Ada', commitment: 'Install on site', dueAt: '2026-12-01T09:00:00Z', score: 3, comment: 'Slow', closesAt: '2026-12-14T00:00:00Z', commitments: 2 },
};

describe('notification templates', () => {
  it.each(NOTIFICATION_TEMPLATES)('renders %s into words, with no placeholder left', (template) => {
    const process = template.split('.')[0] as keyof typeof PAYLOADS;
    const { subject, text } = renderNotification(template, PAYLOADS[process]);
    expect(subject.length).toBeGreaterThan(5);
    expect(text.length).toBeGreaterThan(10);
    expect(`${subject} ${text}`).not.toMatch(/undefined|null|\[object|NaN/);
  });

  it('tells the customer the amount of a credit and of a completed return', () => {
    expect(renderNotification('credit.posted', PAYLOADS.credit).subject).toBe('Your refund of €33.91 has been issued');
    expect(renderNotification('return.completed', PAYLOADS.return).text).toBe('Your return RMA-7 is complete: €33.91 is on its way to you.');
    expect(renderNotification('return.completed', { ...PAYLOADS.return, totals: null }).text).toBe('Your return RMA-7 is complete.');
  });

  it('formats minor units exactly, in the currency’s own number of decimals', () => {
    expect(formatMoney({ minor: 3391, currency: 'EUR' })).toBe('€33.91');
    expect(formatMoney({ minor: 5, currency: 'EUR' })).toBe('€0.05');
    expect(formatMoney({ minor: -250, currency: 'USD' })).toBe('-$2.50');
    expect(formatMoney({ minor: 1500, currency: 'JPY' })).toBe('¥1,500');
    expect(formatMoney({ minor: 1234, currency: 'KWD' })).toBe('KWD\u00a01.234');
    expect(formatMoney({ minor: 900719925474099, currency: 'EUR' })).toBe('€9,007,199,254,740.99');
  });
});
