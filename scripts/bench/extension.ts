/**
 * The built extension on a real page (tests/support/browsers.ts harness, Chromium): long tasks after the load
 * event, and the time from load to the first <claimlens-badge>. The content script runs at document_idle, so
 * every long task it causes starts after load; the page's own parsing (before load) is reported apart.
 */
import { launch, type TestPage } from '../../tests/support/browsers';

interface Observed {
  loadEnd: number;
  firstBadge: number | null;
  badges: number;
  longTasks: { start: number; duration: number }[];
  /** Long animation frames after load, with the scripts the browser blamed (content scripts included, when it says so). */
  frames: {
    start: number;
    duration: number;
    blocking: number;
    scripts: { source: string; invoker: string; duration: number; layout: number }[];
  }[];
}

export interface LongTaskRun {
  page: string;
  loadToBadgeMs: number | null;
  badges: number;
  /** Long tasks (> 50 ms) that start after the load event. */
  longTasksAfterLoad: { start: number; duration: number }[];
  longTasksBeforeLoad: number;
  frames: Observed['frames'];
}

/** Runs in the page's main world before its own scripts: buffers what the browser reports. */
function observe(): void {
  const w = window as unknown as { __bench: { longTasks: unknown[]; frames: unknown[]; firstBadge: number | null } };
  w.__bench = { longTasks: [], frames: [], firstBadge: null };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no Long Tasks API */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as {
        startTime: number;
        duration: number;
        blockingDuration: number;
        scripts: { sourceURL: string; invoker: string; duration: number; forcedStyleAndLayoutDuration: number }[];
      }[])
        w.__bench.frames.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: e.scripts.map((s) => ({
            source: s.sourceURL,
            invoker: s.invoker,
            duration: s.duration,
            layout: s.forcedStyleAndLayoutDuration,
          })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* no LoAF */
  }
  // Watching from the load event only: the parser's own insertions are not ours to count. (Inline arrows only in
  // here: tsx names a function held in a const with a helper the page does not have.)
  addEventListener(
    'load',
    () => {
      const badges = document.getElementsByTagName('claimlens-badge');
      const mo = new MutationObserver(() => {
        if (badges.length && w.__bench.firstBadge === null) {
          w.__bench.firstBadge = performance.now();
          mo.disconnect();
        }
      });
      mo.observe(document.documentElement, { childList: true, subtree: true });
    },
    { once: true },
  );
}

async function sleep(ms: number): Promise<void> {
  await new Promise((ok) => setTimeout(ok, ms));
}

async function measureOnce(newPage: () => Promise<TestPage>, url: string, quietMs: number): Promise<LongTaskRun> {
  const page = await newPage();
  try {
    await page.addInitScript(observe);
    await page.goto(url);
    await page.waitFor(() => document.getElementsByTagName('claimlens-badge').length > 0, undefined, 30_000).catch(() => {});
    // Stage two and its rendering may still be running: wait for the page to go quiet.
    await sleep(quietMs);
    const seen = await page.evaluate((): Observed => {
      const b = (
        window as unknown as { __bench: { longTasks: Observed['longTasks']; frames: Observed['frames']; firstBadge: number | null } }
      ).__bench;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        loadEnd: nav?.loadEventEnd ?? 0,
        firstBadge: b.firstBadge,
        badges: document.getElementsByTagName('claimlens-badge').length,
        longTasks: b.longTasks,
        frames: b.frames,
      };
    });
    const after = seen.longTasks.filter((t) => t.duration > 50 && t.start >= seen.loadEnd);
    return {
      page: url,
      loadToBadgeMs: seen.firstBadge === null ? null : seen.firstBadge - seen.loadEnd,
      badges: seen.badges,
      longTasksAfterLoad: after,
      longTasksBeforeLoad: seen.longTasks.filter((t) => t.duration > 50 && t.start < seen.loadEnd).length,
      frames: seen.frames.filter((f) => f.start + f.duration >= seen.loadEnd),
    };
  } finally {
    await page.close().catch(() => {});
  }
}

export async function measureWithExtension(pages: { url: string; reps: number; quietMs: number }[]): Promise<LongTaskRun[][]> {
  const session = await launch('chromium');
  try {
    const out: LongTaskRun[][] = [];
    for (const { url, reps, quietMs } of pages) {
      const runs: LongTaskRun[] = [];
      for (let i = 0; i < reps; i++) runs.push(await measureOnce(() => session.newPage(), url, quietMs));
      out.push(runs);
    }
    return out;
  } finally {
    await session.close();
  }
}
