// Durations in log-spaced buckets, as the migration's step_duration_bucket() files them: bucket 0
// holds 0 ms, bucket b >= 1 holds (g^(b-2), g^(b-1)] ms with g = (1 + e) / (1 - e). The value
// (1 - e) * g^(b-1) is within the relative error e of every duration in its bucket, so a
// percentile interpolated between two such values, as percentile_cont interpolates between the
// two exact durations, is within e of the exact percentile too.

/** The SLA report's stated bound on its percentiles (before rounding to whole milliseconds). */
export const DURATION_RELATIVE_ERROR = 0.02;
const GROWTH = (1 + DURATION_RELATIVE_ERROR) / (1 - DURATION_RELATIVE_ERROR);

export function bucketValue(bucket: number): number {
  return bucket === 0 ? 0 : (1 - DURATION_RELATIVE_ERROR) * GROWTH ** (bucket - 1);
}

export interface DurationHistogram {
  /** Ascending. */
  buckets: number[];
  /** Durations in each bucket, all > 0. */
  records: number[];
}

/** Continuous percentiles (percentile_cont's definition) of the durations a histogram holds; null for none. */
export function histogramPercentiles(histogram: DurationHistogram, fractions: readonly number[]): number[] | null {
  const total = histogram.records.reduce((sum, records) => sum + records, 0);
  if (total === 0) return null;
  // The value of the duration at a 0-based rank in ascending order.
  const valueAt = (rank: number): number => {
    let seen = 0;
    for (const [index, records] of histogram.records.entries()) {
      seen += records;
      if (rank < seen) return bucketValue(histogram.buckets[index] as number);
    }
    return bucketValue(histogram.buckets.at(-1) as number);
  };
  return fractions.map((fraction) => {
    const rank = fraction * (total - 1);
    const below = Math.floor(rank);
    const share = rank - below;
    const low = valueAt(below);
    return share === 0 ? low : low + share * (valueAt(below + 1) - low);
  });
}
