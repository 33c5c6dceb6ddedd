// Small statistics for the benchmark: percentiles of frame gaps, medians across runs.

/** The nearest-rank percentile (0–100) of some numbers; undefined for none. */
export function percentile(values, p) {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** The median of the numbers given (undefined ones left out). */
export function median(values) {
  const known = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  if (!known.length) return undefined;
  const sorted = known.sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** p50, p95 and max of the gaps between animation frames. */
export function frameSummary(gaps) {
  return {
    frames: gaps.length,
    p50: percentile(gaps, 50),
    p95: percentile(gaps, 95),
    max: gaps.length ? Math.max(...gaps) : undefined,
  };
}
