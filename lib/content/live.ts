/**
 * One MutationObserver for the page's later changes (infinite scroll, single-page apps). Changes are batched
 * and handled in idle time, within about a second. A page that never stops changing is throttled by cost:
 * the wait before the next batch is at least CPU_SHARE⁻¹ times what the last batch took, so ClaimLens's share
 * of the CPU stays bounded however fast the page churns. A mutation costs only the size of what it added.
 */

import { onIdle } from './schedule';
import { insideOwnElement, isOwnElement } from '../dom/own';

const BASE_DELAY_MS = 400;
const MAX_DELAY_MS = 10_000;
/** At most this share of wall time goes to handling page changes. */
const CPU_SHARE = 0.1;

function isOurs(node: Node): boolean {
  return node.nodeType === 1 && isOwnElement(node as Element);
}

/** How much text a batch added or changed that a reader could see (not counting our own elements). */
export function foreignTextAdded(records: readonly MutationRecord[]): number {
  let chars = 0;
  for (const r of records) {
    if (r.type === 'characterData') {
      if (!insideOwnElement(r.target)) chars += (r.target as CharacterData).data.length;
      continue;
    }
    for (const node of r.addedNodes) {
      if (isOurs(node)) continue;
      chars += node.nodeType === 3 ? (node as Text).data.trim().length : (node.textContent ?? '').trim().length;
    }
  }
  return chars;
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
  /** Characters of page text added or changed since the last batch was handled. */
  addedChars: number;
}

/** The page's own nodes that a batch added or whose text changed (never ours): what a rescan reads. */
export function changedNodes(records: readonly MutationRecord[], into: Set<Node>): void {
  for (const r of records) {
    if (r.type === 'characterData') {
      if (!insideOwnElement(r.target)) into.add(r.target);
      continue;
    }
    for (const node of r.addedNodes) if (!isOurs(node)) into.add(node);
  }
}

export function watchPage(
  signal: AbortSignal,
  onChange: (addedChars: number, changed: Node[]) => void,
  doc: Document = document,
): PageWatch {
  const stats: WatchStats = { batches: 0, delayMs: BASE_DELAY_MS, busyMs: 0, addedChars: 0 };
  const changed = new Set<Node>();
  let timer = 0;
  let pending = false;

  const handle = () => {
    if (signal.aborted) return;
    const started = performance.now();
    const added = stats.addedChars;
    const nodes = [...changed];
    stats.addedChars = 0;
    changed.clear();
    try {
      quietly(() => onChange(added, nodes));
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
    onIdle(handle, 500);
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
    // Counting is proportional to what the page added, never to the page's size.
    const added = foreignTextAdded(records);
    if (added === 0) return;
    stats.addedChars += added;
    changedNodes(records, changed);
    if (pending) return;
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
