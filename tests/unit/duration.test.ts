import { isoDurationToMs, parseIsoDuration } from '../../src/domain/duration';

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
