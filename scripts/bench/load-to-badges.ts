/**
 * Measurement: the built extension on the generated 1 MB page and on the demo article, against the same page
 * loaded without the extension in the same browser. Load → first badge and → every badge in (the end of the last
 * badge slice), each also as a ratio to the page's own load time without the extension (navigation start → load
 * event end); long tasks over 50 ms after load: Chromium's Long Tasks API, and in both browsers ClaimLens's own
 * pieces of work over 50 ms (the bench build's measures).
 */
import type { BrowserKind } from '../../tests/support/browsers';
import { launchWithExtension, launchWithoutExtension, ownMs, type PageRun } from './extension-run';
import { emit } from './output';
import { median, ratio, round } from './stats';

export interface LoadFigures {
  longTasks: number;
  loadToBadgeMs: number | null;
  loadToBadgeRatio: number | null;
  loadToAllBadgesMs: number | null;
}

export async function measureLoadToBadges(kind: BrowserKind, name: string, url: string, reps: number): Promise<LoadFigures> {
  const runs: PageRun[] = [];
  const withExt = await launchWithExtension(kind);
  try {
    for (let i = 0; i < reps; i++) runs.push(await withExt.load(url, 1000, 30_000));
  } finally {
    await withExt.close();
  }
  const base: PageRun[] = [];
  const without = await launchWithoutExtension(kind);
  try {
    for (let i = 0; i < reps; i++) base.push(await without.load(url));
  } finally {
    await without.close();
  }
  const load = median(base.map((r) => r.loadEnd));
  const toBadge = runs.filter((r) => r.firstBadge !== null).map((r) => r.firstBadge! - r.loadEnd);
  const toAll = runs.map((r) => {
    // Badges go in with a render, a later slice, or a part of a long page's rest (lib/content/page-head.ts).
    const slices = r.spans.filter((s) => s.name === 'badge-slice' || s.name === 'render' || s.name === 'rest');
    return slices.length ? Math.max(...slices.map((s) => s.start + s.duration)) - r.loadEnd : Number.NaN;
  });
  const browserLong = runs.map((r) => r.longTasks.filter((t) => t.duration > 50 && t.start >= r.loadEnd).length);
  const ownLong = runs.map((r) => r.spans.filter((s) => s.duration > 50).length);
  const figures: LoadFigures = {
    longTasks: Math.max(...browserLong, ...ownLong),
    loadToBadgeMs: round(median(toBadge), 1),
    // Navigation start → first badge with the extension, ÷ navigation start → load without it.
    loadToBadgeRatio: ratio(median(runs.map((r) => r.loadEnd)) + median(toBadge), load),
    loadToAllBadgesMs: round(median(toAll), 1),
  };
  emit({
    arm: 'extension-load',
    browser: kind,
    page: name,
    reps,
    ...figures,
    loadMsWithout: round(load, 1),
    loadMsWith: round(median(runs.map((r) => r.loadEnd)), 1),
    loadToBadgeMsAll: toBadge.map((v) => round(v, 1)),
    loadToAllBadgesMsAll: toAll.map((v) => round(v, 1)),
    badges: runs.map((r) => r.badges),
    longTasksBrowser: kind === 'chromium' ? browserLong : 'no Long Tasks API in Firefox',
    ownTasksOver50ms: ownLong,
    ownWorstMs: runs.map((r) => round(Math.max(0, ...r.spans.map((s) => s.duration)), 1)),
    ownMs: runs.map((r) => round(ownMs(r), 1)),
    ownWorstWork: runs.map((r) => r.spans.reduce((w, s) => (s.duration > w.duration ? s : w), { name: '', start: 0, duration: 0 }).name),
  });
  return figures;
}
