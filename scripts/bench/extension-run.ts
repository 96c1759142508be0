/**
 * Loading a page in a browser with the bench build of the extension (or without any, for the baseline), and
 * reading back what happened, from the page's own main world:
 * - ClaimLens's own work: the `claimlens:*` performance measures the bench build adds around every piece of work
 *   (lib/content/bench-marks.ts), in both browsers (Firefox has no trace to read);
 * - load (navigation start → load event end), first idle (the first idle callback after the load event: the page's
 *   load-to-idle; a whole idle period is rarer than that on a loaded machine), the first <claimlens-badge>, and long tasks where the browser
 *   reports them (Chromium's Long Tasks API).
 */
import path from 'node:path';
import { launch, type BrowserKind, type ExtensionSession, type TestPage } from '../../tests/support/browsers';
import { launchPlain, FIREFOX_BENCH_PREFS, type PlainBrowser, type PlainPage } from './plain-browser';
import { ROOT } from './output';

export const BENCH_BUILD_DIRS: Record<BrowserKind, string> = {
  chromium: path.join(ROOT, '.output/bench/chrome-mv3'),
  firefox: path.join(ROOT, '.output/bench/firefox-mv3'),
};

export interface Span {
  name: string;
  start: number;
  duration: number;
}

export interface PageRun {
  loadEnd: number;
  idleAt: number | null;
  firstBadge: number | null;
  badges: number;
  longTasks: { start: number; duration: number }[];
  /** ClaimLens's own work, one entry per measure, nested measures dropped (they are inside another). */
  spans: Span[];
}

/** Runs in the page's main world before its own scripts. Inline arrows only: tsx would name helpers the page lacks. */
function observe(): void {
  const w = window as unknown as { __bench: { longTasks: unknown[]; firstBadge: number | null; idleAt: number | null } };
  w.__bench = { longTasks: [], firstBadge: null, idleAt: null };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no Long Tasks API (Firefox) */
  }
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
      const ric = (globalThis as unknown as { requestIdleCallback: (cb: () => void) => void }).requestIdleCallback.bind(globalThis);
      // After the load event's own task: the first moment the browser has nothing else to run.
      setTimeout(() => ric(() => (w.__bench.idleAt = performance.now())), 0);
    },
    { once: true },
  );
}

/** The measures that are not inside another one (a render inside a page change counts once), by start. */
export function outermost(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.duration - a.duration);
  const out: Span[] = [];
  for (const s of sorted) {
    const outer = out.at(-1);
    if (outer && s.start >= outer.start && s.start + s.duration <= outer.start + outer.duration + 1e-6) continue;
    out.push(s);
  }
  return out;
}

/** Read what the page recorded. Measures inside another measure (a render inside a page change) are dropped. */
async function readRun(page: { evaluate: TestPage['evaluate'] }): Promise<PageRun> {
  const raw = await page.evaluate(() => {
    const b = (
      window as unknown as {
        __bench?: { longTasks: { start: number; duration: number }[]; firstBadge: number | null; idleAt: number | null };
      }
    ).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      loadEnd: nav?.loadEventEnd ?? 0,
      idleAt: b?.idleAt ?? null,
      firstBadge: b?.firstBadge ?? null,
      badges: document.getElementsByTagName('claimlens-badge').length,
      longTasks: b?.longTasks ?? [],
      spans: performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('claimlens:'))
        .map((m) => ({ name: m.name.slice('claimlens:'.length), start: m.startTime, duration: m.duration })),
    };
  });
  const spans = outermost(raw.spans);
  return { ...raw, spans };
}

/**
 * Until ClaimLens has reported on the page (its status report ends the gate's work, and each later stage's) and
 * then done nothing more for `quietMs`; or `timeoutMs`.
 */
async function settle(page: { evaluate: TestPage['evaluate'] }, quietMs: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let lastChange = Date.now();
  while (Date.now() < deadline) {
    const { count, reported } = await page
      .evaluate(() => {
        const m = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('claimlens:'));
        return { count: m.length, reported: m.some((e) => e.name === 'claimlens:report') };
      })
      .catch(() => ({ count: -1, reported: false }));
    if (count !== last) {
      last = count;
      lastChange = Date.now();
    }
    // The page's first idle moment is read when it came; it is not waited for (a busy page may have none).
    if (reported && Date.now() - lastChange >= quietMs) return;
    // Each look is a task in the page: look seldom, so the page's idle periods stay whole.
    await new Promise((ok) => setTimeout(ok, 250));
  }
}

export interface WithExtension {
  kind: BrowserKind;
  /** Load `url` in a fresh tab, wait until ClaimLens is done, read the run, close the tab. */
  load(url: string, quietMs?: number, timeoutMs?: number): Promise<PageRun>;
  /** A tab to drive by hand (the live feed). */
  page(): Promise<TestPage>;
  read(page: TestPage): Promise<PageRun>;
  close(): Promise<void>;
}

export async function launchWithExtension(kind: BrowserKind, buildDir = BENCH_BUILD_DIRS[kind]): Promise<WithExtension> {
  const session: ExtensionSession = await launch(kind, { buildDir, firefoxPrefs: FIREFOX_BENCH_PREFS });
  const page = async () => {
    const p = await session.newPage();
    await p.addInitScript(observe);
    return p;
  };
  return {
    kind,
    page,
    read: (p) => readRun(p),
    load: async (url, quietMs = 600, timeoutMs = 20_000) => {
      // Once more if the browser drops the tab under us (Firefox, on a loaded machine, now and then).
      for (let attempt = 0; ; attempt++) {
        const p = await page();
        try {
          await p.goto(url);
          await settle(p, quietMs, timeoutMs);
          return await readRun(p);
        } catch (error) {
          if (attempt >= 1) throw error;
        } finally {
          await p.close();
        }
      }
    },
    close: () => session.close(),
  };
}

export interface WithoutExtension {
  load(url: string): Promise<PageRun>;
  close(): Promise<void>;
}

/** The same page loads in the same browser with no extension: the baseline of every load ratio. */
export async function launchWithoutExtension(kind: BrowserKind): Promise<WithoutExtension> {
  const browser: PlainBrowser = await launchPlain(kind);
  return {
    load: async (url) => {
      const p: PlainPage = await browser.newPage();
      try {
        await p.addInitScript(observe);
        await p.goto(url);
        const deadline = Date.now() + 4_000;
        while (
          Date.now() < deadline &&
          !(await p.evaluate(() => (window as unknown as { __bench?: { idleAt: number | null } }).__bench?.idleAt != null))
        )
          await new Promise((ok) => setTimeout(ok, 250));
        return await readRun(p);
      } finally {
        await p.close();
      }
    },
    close: () => browser.close(),
  };
}

/** ClaimLens's main-thread time in a run: every measure, summed. */
export function ownMs(run: PageRun): number {
  return run.spans.reduce((sum, s) => sum + s.duration, 0);
}
