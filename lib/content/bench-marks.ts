/**
 * Bench builds only (`CLAIMLENS_BENCH=1 wxt build`, written to .output/bench/, see scripts/bench/build.ts): every
 * piece of work the page's scripts do runs inside `span`, which adds a `claimlens:<name>` performance measure,
 * so the bench can sum ClaimLens's own main-thread time on a page in both browsers (Firefox has no trace to read
 * it from). In every other build `__CLAIMLENS_BENCH__` is false, `span` is a plain call and the rest is dropped.
 */
declare const __CLAIMLENS_BENCH__: boolean;
/** Undefined outside a WXT build (unit tests): off. */
const BENCH = typeof __CLAIMLENS_BENCH__ !== 'undefined' && __CLAIMLENS_BENCH__;

/**
 * When this script's first statement ran: the start of its own time. The bench build puts that statement before
 * every module of the bundle (wxt.config.ts `firstStatementTime`); without it, when this module was evaluated.
 */
const evaluatedAt = BENCH ? ((globalThis as { __claimlensStartedAt?: number }).__claimlensStartedAt ?? performance.now()) : 0;

export function span<T>(name: string, fn: () => T): T {
  if (!BENCH) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`claimlens:${name}`, { start, end: performance.now() });
  }
}

/** The module evaluation of a script, from its first module to this call. */
export function markEvaluated(name: string): void {
  if (BENCH) performance.measure(`claimlens:${name}`, { start: evaluatedAt, end: performance.now() });
}
