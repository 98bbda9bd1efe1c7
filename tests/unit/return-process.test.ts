import { DEFAULT_POLICIES } from '../../src/domain/policies';
import {
  exceptableLines,
  exceptionSkus,
  exceptionWaitMs,
  NOTHING_RECEIVED_CURRENCY,
  refuseException,
  refuseInspection,
  refuseReceipt,
  reminderFraction,
  resolveCredit,
  rmaNumberOf,
} from '../../src/domain/return-process';

const policy = DEFAULT_POLICIES.returns;
const DAY = 86_400_000;

const checked = [
  { sku: 'OK', eligible: true, ineligibleCode: null },
  { sku: 'LATE', eligible: false, ineligibleCode: 'outside_return_window' as const },
  { sku: 'SALE', eligible: false, ineligibleCode: 'final_sale' as const },
  { sku: 'MORE', eligible: false, ineligibleCode: 'quantity_exceeds_purchase' as const },
];

describe('exceptions to eligibility', () => {
  it('lets through only lines refused for the return window or final sale', () => {
    expect(exceptableLines(checked).map((line) => line.sku)).toEqual(['LATE', 'SALE']);
    expect(exceptionSkus(checked, [])).toEqual(['LATE', 'SALE']);
    expect(exceptionSkus(checked, ['SALE'])).toEqual(['SALE']);
  });

  it('refuses skus not on the return, lines that cannot be excepted, and a return with nothing to except', () => {
    expect(refuseException(checked, ['NOPE'])).toEqual({ type: 'Invalid', message: 'skus: not on this return' });
    expect(refuseException(checked, ['MORE'])?.type).toBe('Conflict');
    expect(refuseException(checked, ['OK', 'LATE'])?.type).toBe('Conflict');
    expect(refuseException([checked[0]!, checked[3]!], [])?.type).toBe('Conflict');
    expect(refuseException(checked, [])).toBeUndefined();
    expect(refuseException(checked, ['LATE'])).toBeUndefined();
  });

  it('waits for an exception as long as an RMA waits for the item', () => {
    expect(exceptionWaitMs(policy)).toBe(14 * DAY);
  });
});

describe('the RMA', () => {
  it('is numbered from the return id', () => {
    expect(rmaNumberOf('0f8e2c1a-77b4-4c1e-9a9e-3b1d2c4e5f60')).toBe('RMA-0F8E2C1A77B44C1E');
  });

  it('reminds the customer at the policy reminder, as a fraction of its life, never at its end', () => {
    expect(reminderFraction(policy)).toBeCloseTo(7 / 14);
    expect(reminderFraction({ ...policy, reminderAfter: 'P20D' })).toBe(0.99);
  });
});

describe('receipt and inspection', () => {
  const authorised = [{ sku: 'A', qty: 2 }];

  it('receives only authorised skus, up to the authorised quantity', () => {
    expect(refuseReceipt(authorised, [{ sku: 'A', qty: 2 }])).toBeUndefined();
    expect(refuseReceipt(authorised, [{ sku: 'B', qty: 1 }])).toEqual({ type: 'Conflict', message: 'B is not authorised on this return' });
    expect(refuseReceipt(authorised, [{ sku: 'A', qty: 3 }])?.message).toBe('receiving 3 of A is more than the 2 authorised');
  });

  it('grades exactly the received items', () => {
    const lines = [
      { sku: 'A', receivedQty: 1 },
      { sku: 'B', receivedQty: null },
    ];
    expect(refuseInspection(lines, [{ sku: 'A' }])).toBeUndefined();
    expect(refuseInspection(lines, [])).toEqual({ type: 'Invalid', message: 'lines: grade exactly the received items (A)' });
    expect(refuseInspection(lines, [{ sku: 'A' }, { sku: 'B' }])?.type).toBe('Invalid');
  });
});

describe('the resolution', () => {
  it('credits the received, priced and graded lines, in their currency', () => {
    const { credits, totals } = resolveCredit(policy, [
      { sku: 'A', receivedQty: 2, unitPrice: { minor: 1000, currency: 'GBP' }, grade: 'opened' },
      { sku: 'B', receivedQty: 1, unitPrice: { minor: 500, currency: 'GBP' }, grade: 'damaged_by_customer' },
      { sku: 'C', receivedQty: null, unitPrice: { minor: 700, currency: 'GBP' }, grade: null },
    ]);
    expect(credits.map((line) => [line.sku, line.creditMinor, line.refused])).toEqual([
      ['A', 1700, false],
      ['B', 0, true],
    ]);
    expect(totals).toEqual({ grossMinor: 2500, restockingFeeMinor: 300, creditMinor: 1700, currency: 'GBP' });
  });

  it('gives zero totals in the default currency when nothing was received', () => {
    const { credits, totals } = resolveCredit(policy, [{ sku: 'A', receivedQty: 0, unitPrice: { minor: 1000, currency: 'GBP' }, grade: 'as_new' }]);
    expect(credits).toEqual([]);
    expect(totals).toEqual({ grossMinor: 0, restockingFeeMinor: 0, creditMinor: 0, currency: NOTHING_RECEIVED_CURRENCY });
  });
});
