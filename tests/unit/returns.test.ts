import fc from 'fast-check';
import { DEFAULT_POLICIES } from '../../src/domain/policies';
import { checkEligibility, creditForLines, type RequestedLine } from '../../src/domain/returns';

const policy = DEFAULT_POLICIES.returns;
const DAY = 86_400_000;
const eur = (minor: number) => ({ minor, currency: 'EUR' });

describe('what a returned line earns', () => {
  it('takes 15% off an opened item, rounded to the nearest cent, halves up', () => {
    const [line] = creditForLines(policy, [{ sku: 'A', qty: 1, unitPrice: eur(3333), grade: 'opened' }]);
    expect(line).toEqual({ sku: 'A', grossMinor: 3333, restockingFeeMinor: 500, creditMinor: 2833, refused: false });
    const [half] = creditForLines(policy, [{ sku: 'B', qty: 1, unitPrice: eur(10), grade: 'opened' }]);
    expect(half?.restockingFeeMinor).toBe(2);
  });

  it('charges no fee for an item as new or confirmed defective, and refuses damage by the customer', () => {
    const lines = creditForLines(policy, [
      { sku: 'A', qty: 3, unitPrice: eur(1999), grade: 'as_new' },
      { sku: 'B', qty: 1, unitPrice: eur(90_000), grade: 'defective_confirmed' },
      { sku: 'C', qty: 2, unitPrice: eur(500), grade: 'damaged_by_customer' },
    ]);
    expect(lines.map((line) => [line.creditMinor, line.restockingFeeMinor, line.refused])).toEqual([
      [5997, 0, false],
      [90_000, 0, false],
      [0, 0, true],
    ]);
  });

  it('always gives integer minor units that add up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 50 }), fc.constantFrom('as_new', 'opened', 'defective_confirmed' as const), (minor, qty, grade) => {
        const [line] = creditForLines(policy, [{ sku: 'A', qty, unitPrice: eur(minor), grade }]);
        expect(Number.isInteger(line?.creditMinor)).toBe(true);
        expect((line?.creditMinor ?? 0) + (line?.restockingFeeMinor ?? 0)).toBe(minor * qty);
        expect(line?.restockingFeeMinor).toBeLessThanOrEqual(Math.ceil((minor * qty * 15) / 100));
      }),
    );
  });
});

describe('eligibility', () => {
  const now = Date.UTC(2026, 10, 23);
  const orderLines = [
    { sku: 'KETTLE', category: 'kitchen', qty: 2, unitPrice: eur(4000), finalSale: false },
    { sku: 'TV', category: 'electronics', qty: 1, unitPrice: eur(90_000), finalSale: false },
  ];
  const request = (lines: RequestedLine[], deliveredDaysAgo: number, returnable = new Map([['KETTLE', 2], ['TV', 1]])) =>
    checkEligibility({ policy, orderCustomerId: 'c1', customerId: 'c1', deliveredAt: now - deliveredDaysAgo * DAY, now, orderLines, requested: lines, returnable });
  const line = (sku: string, qty = 1): RequestedLine => ({ sku, qty, reason: 'changed_mind', condition: 'opened' });

  it('uses the category window: 15 days for electronics, 30 otherwise, both inclusive', () => {
    expect(request([line('TV'), line('KETTLE')], 15).map((result) => result.code)).toEqual([null, null]);
    expect(request([line('TV'), line('KETTLE')], 16).map((result) => result.code)).toEqual(['outside_return_window', null]);
    expect(request([line('KETTLE')], 31)[0]?.code).toBe('outside_return_window');
  });

  it('counts what is already returned or in an open return', () => {
    expect(request([line('KETTLE', 2)], 1, new Map([['KETTLE', 1]]))[0]?.code).toBe('quantity_exceeds_purchase');
    expect(request([line('KETTLE', 1)], 1, new Map([['KETTLE', 1]]))[0]?.code).toBeNull();
  });
});
