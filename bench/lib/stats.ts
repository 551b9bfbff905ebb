/**
 * Order statistics for timings. Quantiles use the nearest-rank method
 * (the smallest sample with at least q of the samples at or below it), so a
 * reported p95 is always a time that was actually measured.
 */
export function quantile(samples: readonly number[], q: number): number {
  if (!samples.length) return Number.NaN;
  if (q < 0 || q > 1) throw new RangeError(`quantile ${q} is outside [0, 1]`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

/**
 * The median: the mean of the two middle samples for an even count (unlike
 * `quantile`, so that [1, 2] gives 1.5 and a ratio of medians is symmetric).
 */
export function median(samples: readonly number[]): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The 95th percentile (nearest rank). */
export function p95(samples: readonly number[]): number {
  return quantile(samples, 0.95);
}

/** Sum of a list. */
export function sum(samples: readonly number[]): number {
  let s = 0;
  for (const x of samples) s += x;
  return s;
}

/** Rounds to a number of decimals, for JSON and tables (NaN stays NaN). */
export function round(x: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
