import { bucketValue, DURATION_RELATIVE_ERROR, histogramPercentiles } from '../../src/domain/duration-histogram';

describe('percentiles from a duration histogram', () => {
  const growth = (1 + DURATION_RELATIVE_ERROR) / (1 - DURATION_RELATIVE_ERROR);

  it('stands for every duration of a bucket within the stated error', () => {
    for (const bucket of [1, 2, 50, 300, 600]) {
      const upper = growth ** (bucket - 1);
      for (const duration of [upper / growth + 1e-9 * upper, upper]) {
        expect(Math.abs(bucketValue(bucket) - duration) / duration).toBeLessThanOrEqual(DURATION_RELATIVE_ERROR + 1e-12);
      }
    }
    expect(bucketValue(0)).toBe(0);
  });

  it('interpolates between neighbouring ranks as percentile_cont does', () => {
    const histogram = { buckets: [0, 100, 200], records: [1, 2, 1] };
    const [low, middle, high] = [bucketValue(0), bucketValue(100), bucketValue(200)];
    const expected = [low, middle, middle + 0.7 * (high - middle), high];
    (histogramPercentiles(histogram, [0, 0.5, 0.9, 1]) ?? []).forEach((value, index) => expect(value).toBeCloseTo(expected[index] as number, 6));
  });

  it('has no percentiles without durations', () => {
    expect(histogramPercentiles({ buckets: [], records: [] }, [0.5])).toBeNull();
  });
});
