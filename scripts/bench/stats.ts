/** Small, pure statistics for the bench's lines. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100): the smallest value with at least p% of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** Rounded to `digits` decimals; NaN and infinities become null, so that JSON lines stay valid. */
export function round(value: number, digits = 2): number | null {
  if (!Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** a ÷ b, rounded; null when either side is missing or b is zero. */
export function ratio(a: number | null | undefined, b: number | null | undefined, digits = 2): number | null {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return round(a / b, digits);
}

/** Milliseconds per 100,000 characters of text. */
export function per100K(ms: number, chars: number): number {
  return chars > 0 ? (ms * 100_000) / chars : Number.NaN;
}

export function summarise(values: readonly number[], digits = 2): { median: number | null; min: number | null; max: number | null } {
  return {
    median: round(median(values), digits),
    min: round(values.length ? Math.min(...values) : Number.NaN, digits),
    max: round(values.length ? Math.max(...values) : Number.NaN, digits),
  };
}
