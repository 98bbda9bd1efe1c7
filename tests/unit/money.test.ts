import fc from 'fast-check';
import { formatMoney, MAX_AMOUNT_MINOR, minorFromBigInt, MoneyRangeError, multiplyMinor, parseMoney, percentOfMinor, sumMinor } from '../../src/domain/money';
import { creditForLines, totalsOf } from '../../src/domain/returns';
import { DEFAULT_POLICIES } from '../../src/domain/policies';

describe('money arithmetic', () => {
  it('multiplies and adds minor units exactly, up to the largest safe integer', () => {
    expect(multiplyMinor(MAX_AMOUNT_MINOR, 10_000)).toBe(1_000_000_000_000);
    expect(sumMinor([Number.MAX_SAFE_INTEGER - 1, 1])).toBe(Number.MAX_SAFE_INTEGER);
    expect(sumMinor([])).toBe(0);
  });

  it('refuses a result it could not represent exactly, and amounts that are not whole numbers', () => {
    expect(() => multiplyMinor(Number.MAX_SAFE_INTEGER, 2)).toThrow(MoneyRangeError);
    expect(() => sumMinor([Number.MAX_SAFE_INTEGER, 1])).toThrow(MoneyRangeError);
    expect(() => multiplyMinor(1.5, 2)).toThrow(MoneyRangeError);
    expect(() => sumMinor([2 ** 60])).toThrow(MoneyRangeError);
  });

  it('reads a BIGINT from PostgreSQL as a number only when it is exact', () => {
    expect(minorFromBigInt(9_007_199_254_740_991n)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => minorFromBigInt(9_007_199_254_740_992n)).toThrow(MoneyRangeError);
  });

  it('rounds a percentage halves up, as Math.round did for every amount up to the limit', () => {
    expect(percentOfMinor(10, 15)).toBe(2);
    expect(percentOfMinor(MAX_AMOUNT_MINOR, 15)).toBe(15_000_000);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_MINOR * 10_000 }), fc.integer({ min: 0, max: 100 }), (minor, percent) => {
        expect(percentOfMinor(minor, percent)).toBe(Math.round((minor * percent) / 100));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('return totals at the amount limit', () => {
  it('credits a line of the largest price and quantity exactly, and adds 200 such lines exactly', () => {
    const line = { sku: 'A', qty: 10_000, unitPrice: { minor: MAX_AMOUNT_MINOR, currency: 'EUR' }, grade: 'opened' as const };
    const [credit] = creditForLines(DEFAULT_POLICIES.returns, [line]);
    expect(credit).toEqual({ sku: 'A', grossMinor: 1e12, restockingFeeMinor: 15e10, creditMinor: 85e10, refused: false });
    const lines = creditForLines(DEFAULT_POLICIES.returns, Array.from({ length: 200 }, (_, n) => ({ ...line, sku: `S${n}` })));
    expect(totalsOf(lines)).toEqual({ grossMinor: 2e14, restockingFeeMinor: 3e13, creditMinor: 17e13 });
  });
});

describe('an amount a person types', () => {
  test('is read as minor units of the currency, exactly', () => {
    expect(parseMoney('900.00', 'EUR')).toEqual({ minor: 90_000, currency: 'EUR' });
    expect(parseMoney(' 900 ', 'EUR')).toEqual({ minor: 90_000, currency: 'EUR' });
    expect(parseMoney('1,250.5', 'EUR')).toEqual({ minor: 125_050, currency: 'EUR' });
    expect(parseMoney('0.29', 'EUR')).toEqual({ minor: 29, currency: 'EUR' });
    expect(parseMoney('1500', 'JPY')).toEqual({ minor: 1500, currency: 'JPY' });
  });

  test('is refused when it is not a positive amount with at most the currency’s decimals', () => {
    for (const text of ['', 'abc', '-5', '0', '0.00', '1.234', '1,25', '12,34.00', '1e3', '9'.repeat(20)]) {
      expect(parseMoney(text, 'EUR')).toBeUndefined();
    }
    expect(parseMoney('15.5', 'JPY')).toBeUndefined();
  });

  test('reads back what formatMoney shows, for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_AMOUNT_MINOR }), (minor) => {
        const shown = formatMoney({ minor, currency: 'EUR' }).replace('€', '');
        expect(parseMoney(shown, 'EUR')).toEqual({ minor, currency: 'EUR' });
      }),
    );
  });
});
