import { isoDurationToMs, parseIsoDuration } from '../../src/domain/duration';
import { TimeArithmeticError } from '../../src/domain/time-arithmetic-error';

describe('ISO-8601 durations', () => {
  it.each([
    ['PT4H', 4 * 3_600_000],
    ['P1D', 86_400_000],
    ['PT15M', 900_000],
    ['PT2S', 2000],
    ['PT0.5S', 500],
    ['P1W', 7 * 86_400_000],
    ['P1DT1H1M1S', 86_400_000 + 3_600_000 + 60_000 + 1000],
  ])('%s is %d ms', (text, ms) => {
    expect(isoDurationToMs(text)).toBe(ms);
  });

  it.each(['', 'P', 'PT', '4H', 'P1Y', 'PT-1H', 'P1.5D', 'pt4h'])('refuses %j', (text) => {
    expect(parseIsoDuration(text)).toBeUndefined();
    expect(() => isoDurationToMs(text)).toThrow(RangeError);
  });
});

describe('the guard of duration arithmetic', () => {
  it('refuses a duration longer than 100 years with a TimeArithmeticError instead of a date no clock can show', () => {
    expect(isoDurationToMs('P36525D')).toBe(36_525 * 86_400_000);
    for (const text of ['P36526D', 'P99999W', 'P999999999D', `P${'9'.repeat(400)}D`]) {
      expect(() => isoDurationToMs(text)).toThrow(TimeArithmeticError);
    }
  });
});
