/**
 * One MutationObserver for the page's later changes (infinite scroll, single-page apps). Changes are batched
 * and handled in idle time, within about a second. A page that never stops changing is throttled by cost:
 * the wait before the next batch is at least CPU_SHARE⁻¹ times what the last batch took, so ClaimLens's share
 * of the CPU stays bounded however fast the page churns. While a batch is pending, a mutation costs O(1).
 */

const BASE_DELAY_MS = 400;
const MAX_DELAY_MS = 10_000;
/** At most this share of wall time goes to handling page changes. */
const CPU_SHARE = 0.1;

function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.startsWith('CLAIMLENS-');
}

/** Did a batch add or change text that a reader could see (not only our own elements)? */
export function hasForeignTextChange(records: readonly MutationRecord[]): boolean {
  for (const r of records) {
    if (r.type === 'characterData') {
      if (!r.target.parentElement?.closest('claimlens-badge, claimlens-card')) return true;
      continue;
    }
    for (const node of r.addedNodes) {
      if (isOurs(node)) continue;
      if (node.nodeType === 3 ? /\S/.test((node as Text).data) : (node.textContent ?? '').trim().length > 0) return true;
    }
  }
  return false;
}

export interface PageWatch {
  stats: WatchStats;
  /** Run our own DOM changes (badges, split text nodes) without them counting as page changes. */
  quietly<T>(fn: () => T): T;
}

export interface WatchStats {
  batches: number;
  delayMs: number;
  /** Total time spent in onChange, ms. */
  busyMs: number;
}

export function watchPage(signal: AbortSignal, onChange: () => void, doc: Document = document): PageWatch {
  const stats: WatchStats = { batches: 0, delayMs: BASE_DELAY_MS, busyMs: 0 };
  let timer = 0;
  let pending = false;

  const handle = () => {
    if (signal.aborted) return;
    const started = performance.now();
    try {
      quietly(onChange);
    } finally {
      const cost = performance.now() - started;
      stats.busyMs += cost;
      stats.batches++;
      stats.delayMs = Math.min(MAX_DELAY_MS, Math.max(BASE_DELAY_MS, cost / CPU_SHARE));
      // Changes that arrived while we worked are picked up by the next batch.
      pending = false;
    }
  };
  const run = () => {
    timer = 0;
    const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (ric) ric(handle, { timeout: 500 });
    else handle();
  };

  // Declared before use in handle(): the observer is created below.
  let observer: MutationObserver;
  function quietly<T>(fn: () => T): T {
    try {
      return fn();
    } finally {
      // Our changes were made synchronously inside fn, so the queued records are ours alone.
      observer?.takeRecords();
    }
  }

  observer = new MutationObserver((records) => {
    if (pending || !hasForeignTextChange(records)) return;
    pending = true;
    timer = window.setTimeout(run, stats.delayMs);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer) window.clearTimeout(timer);
  });
  return { stats, quietly };
}
