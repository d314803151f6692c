// Percentiles by the nearest-rank method, in the unit given.

export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

const round = (v, digits = 2) => (v == null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

export function summarise(values) {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return { n: 0 };
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    n: sorted.length,
    mean: round(sum / sorted.length),
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1]),
  };
}

export { round };
