/** Summary of latency samples in milliseconds. */
export interface LatencySummary {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/** Nearest-rank percentile of samples (ms); NaN without samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** p50/p95/p99 of the samples, rounded to 0.1 ms. */
export function summarize(samples: readonly number[]): LatencySummary {
  const round = (value: number): number => Math.round(value * 10) / 10;
  return {
    n: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
  };
}

/** Mean of the values, or undefined when there are none. */
export function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** subject / baseline, rounded to 0.1; undefined when either is missing or the baseline is 0. */
export function ratio(subject: number | undefined, baseline: number | undefined): number | undefined {
  if (subject === undefined || baseline === undefined || !Number.isFinite(subject) || !Number.isFinite(baseline) || baseline === 0) {
    return undefined;
  }
  return Math.round((subject / baseline) * 10) / 10;
}
