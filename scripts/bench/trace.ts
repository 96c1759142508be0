/**
 * Which phase of the extension makes a long task: one load of a page with the built extension, recorded with
 * a Chromium performance trace (CDP Tracing), then every main-thread task over 50 ms after the load event,
 * told apart by what runs inside it: stage one's idle callback (extract + gate + scan), stage two's script
 * (annotate.js: evaluation, marks and badges), or the browser's rendering of the result (style + layout).
 *
 * The Long Tasks API (scripts/bench/extension.ts) sees only some of these: a script the extension injects and
 * a rendering update are not always reported to the page. The trace sees every task on the thread.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { assertBuilt, CHROMIUM_QUIET_ARGS, DEAD_PROXY_PORT } from '../../tests/support/browsers';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string }; beginData?: { url?: string; frame?: string } };
}

export interface TracedTask {
  /** Start, ms after the load event. */
  atMs: number;
  durationMs: number;
  phase: string;
  /** Time inside the task by kind of work, ms (the largest first). */
  insideMs: Record<string, number>;
}

/** The work inside a task, summed by the names that matter (nested events are counted once, at their outermost). */
const KINDS: Record<string, string> = {
  FireIdleCallback: 'idle callback (script)',
  EvaluateScript: 'script evaluation',
  FunctionCall: 'script',
  'v8.compile': 'compile',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Commit: 'commit',
  MajorGC: 'gc',
  MinorGC: 'gc',
  ParseHTML: 'parse HTML',
};

function classify(inside: TraceEvent[]): string {
  const urlOf = (e: TraceEvent) => e.args?.data?.url ?? '';
  if (inside.some((e) => e.name === 'FireIdleCallback')) return 'stage one: idle callback (extract + gate + scan)';
  if (inside.some((e) => e.name === 'EvaluateScript' && /annotate\.js/.test(urlOf(e))))
    return 'stage two: annotate.js injected (evaluation, pack index, planBadges + applyMarks)';
  if (inside.some((e) => e.name === 'EvaluateScript' && /content\.js/.test(urlOf(e)))) return 'content script start-up';
  if (inside.some((e) => /^(?:UpdateLayoutTree|Layout|PrePaint|Paint)$/.test(e.name))) return 'rendering (style + layout + paint)';
  return 'other';
}

export async function traceLongTasks(url: string, settleMs = 2000): Promise<{ tasks: TracedTask[]; loadFound: boolean }> {
  const dir = assertBuilt('chromium');
  const profile = await mkdtemp(join(tmpdir(), 'claimlens-trace-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...CHROMIUM_QUIET_ARGS,
      `--proxy-server=http://127.0.0.1:${DEAD_PROXY_PORT}`,
    ],
  });
  try {
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'toplevel',
          'blink.user_timing',
          'v8',
        ],
      },
      transferMode: 'ReportEvents',
    } as never);
    await page.goto(url, { waitUntil: 'load' });
    await page
      .waitForFunction(() => document.getElementsByTagName('claimlens-badge').length > 0, undefined, { timeout: 30_000 })
      .catch(() => {});
    await page.waitForTimeout(settleMs);
    await cdp.send('Tracing.end');
    await complete;
    return analyse(events, url);
  } finally {
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
  }
}

export function analyse(events: TraceEvent[], url: string): { tasks: TracedTask[]; loadFound: boolean } {
  const parse =
    events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '') === url) ??
    events.filter((e) => e.name === 'ParseHTML').at(-1);
  if (!parse) return { tasks: [], loadFound: false };
  const { pid, tid } = parse;
  const thread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  const load = events.find((e) => e.pid === pid && (e.name === 'loadEventEnd' || e.name === 'MarkLoad') && e.ts > parse.ts);
  const loadTs = load?.ts ?? parse.ts;
  const taskName = thread.some((e) => e.name === 'ThreadControllerImpl::RunTask') ? 'ThreadControllerImpl::RunTask' : 'RunTask';
  const tasks = thread.filter((e) => e.name === taskName).sort((a, b) => a.ts - b.ts);
  const out: TracedTask[] = [];
  let lastEnd = -1;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    if (task.ts < lastEnd) continue; // nested in the previous task
    lastEnd = end;
    if (task.dur! <= 50_000 || task.ts < loadTs) continue;
    const inside = thread.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
    const insideMs: Record<string, number> = {};
    // Outermost events of each kind only: a Layout inside an EvaluateScript counts as layout, not twice.
    const counted: TraceEvent[] = [];
    for (const e of inside.filter((e) => KINDS[e.name]).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
      if (counted.some((c) => e.ts >= c.ts && e.ts + e.dur! <= c.ts + c.dur! && KINDS[c.name] === KINDS[e.name])) continue;
      counted.push(e);
      insideMs[KINDS[e.name]!] = (insideMs[KINDS[e.name]!] ?? 0) + e.dur! / 1000;
    }
    const sorted = Object.fromEntries(
      Object.entries(insideMs)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => [k, Math.round(v * 10) / 10]),
    );
    out.push({
      atMs: Math.round((task.ts - loadTs) / 1000),
      durationMs: Math.round(task.dur! / 100) / 10,
      phase: classify(inside),
      insideMs: sorted,
    });
  }
  return { tasks: out, loadFound: load !== undefined };
}
