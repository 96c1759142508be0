/**
 * npm run bench — speed of the spotting engine and the extension, in real headless Chromium (/usr/bin/chromium).
 *
 * Prints one JSON line per arm, then a final line with the headline figures (issue 4, 5, 6):
 *   {"scanVsFloor","vsMarkRegExp","vsMarkArray","gateMsPer100KB","longTasks","startupGzipKB","popupOpenMs0","popupOpenMs10k","searchMs10k"}
 * and writes the same lines to bench-output/bench.jsonl. Speed is printed, never asserted.
 *
 * - Pages: a generated news-like 1 MB page (about 16.7k text nodes, 31% Urdu paragraphs, one planted name per
 *   160 words) and a 200 KB one, with a pack of 500 aliases (the real pack's plus invented entities); an
 *   unrelated 100 KB page for the gate; the real pages (tests/fixtures/pages, ../shared/corpora/readability-pages,
 *   read where they lie) for the gate's cost per 100 KB with the shipped pack.
 * - Arms on the same page in the same run, DOM reset from the stored HTML before each repetition, medians of 7:
 *   floor, ours (gate + scan; gate + scan + rendering marks), mark.js markRegExp and mark(array).
 * - The built extension: long tasks over 50 ms after load, load → first badge; the start-up bundle's gzip size;
 *   the popup arm (scripts/bench/popup.ts, written separately) when it is there.
 *
 * `npm run build` runs first (its output goes to stderr), unless CLAIMLENS_BENCH_SKIP_BUILD=1.
 * Everything is served from 127.0.0.1; every other request fails at once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { compilePack, type RuntimePack } from '../lib/pack/compile';
import type { Pack } from '../lib/pack/schema';
import { serveStatic, type StaticServer } from '../tests/support/server';
import { BUILD_DIRS, CHROMIUM_QUIET_ARGS, DEAD_PROXY_PORT } from '../tests/support/browsers';
import { bundleBenchLibrary } from './bench/bundle';
import { measureWithExtension, type LongTaskRun } from './bench/extension';
import { traceLongTasks } from './bench/trace';
import { relevantPage, syntheticPack, unrelatedPage, type GeneratedPage } from './bench/pages';
import { median, per100K, percentile, ratio, round, summarise } from './bench/stats';

/** The extension's highlight colours: its manifest loads them before a page is styled, so the bench pages carry them too. */
const HIGHLIGHT_CSS = readFileSync(new URL('../components/highlights.css', import.meta.url), 'utf8');
import type { ArmRun, ClaimlensBench } from './bench/page-lib';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'bench-output');
const PAGES_DIR = path.join(OUT, 'pages');
const READABILITY = path.resolve(ROOT, '../shared/corpora/readability-pages');
const FIXTURE_PAGES = path.join(ROOT, 'tests/fixtures/pages');
const MARK_JS = path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REPS = 7;
const MARK_ARRAY_REPS = 2;
const GATE_WARMUP = 10;
const started = Date.now();
/** For working on one part: CLAIMLENS_BENCH_ONLY=arms,gate,real,extension,size,popup (default: all). */
const ONLY = new Set((process.env.CLAIMLENS_BENCH_ONLY ?? 'arms,gate,real,extension,size,popup').split(','));

const lines: Record<string, unknown>[] = [];
function emit(line: Record<string, unknown>): void {
  lines.push(line);
  const text = JSON.stringify(line);
  process.stdout.write(`${text}\n`);
  appendFileSync(path.join(OUT, 'bench.jsonl'), `${text}\n`);
}
function note(message: string): void {
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

// ——— preparation ———

function runBuild(): void {
  if (process.env.CLAIMLENS_BENCH_SKIP_BUILD === '1') return note('build skipped (CLAIMLENS_BENCH_SKIP_BUILD=1)');
  note('npm run build');
  // The build's own chatter goes to stderr: stdout carries only the JSON lines.
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
}

interface PageSet {
  name: string;
  file: string;
  generated: GeneratedPage;
}

const COI_HEADERS = JSON.stringify({ 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });

function writePages(pack: Pack): PageSet[] {
  mkdirSync(PAGES_DIR, { recursive: true });
  const sets: PageSet[] = [
    { name: '1MB', file: 'relevant-1mb.html', generated: relevantPage(pack, 1_000_000, undefined, HIGHLIGHT_CSS) },
    { name: '200KB', file: 'relevant-200kb.html', generated: relevantPage(pack, 200_000, undefined, HIGHLIGHT_CSS) },
    { name: 'unrelated-100KB', file: 'unrelated-100kb.html', generated: unrelatedPage(100_000, undefined, HIGHLIGHT_CSS) },
  ];
  for (const s of sets) {
    writeFileSync(path.join(PAGES_DIR, s.file), s.generated.html);
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
    writeFileSync(path.join(PAGES_DIR, `${s.file}.headers.json`), COI_HEADERS);
  }
  return sets;
}

// ——— the plain browser (no extension) for the arms ———

async function launchPlain(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_QUIET_ARGS, '--js-flags=--expose-gc', `--proxy-server=http://127.0.0.1:${DEAD_PROXY_PORT}`],
  });
}

type BenchWindow = Window & { claimlensBench: ClaimlensBench };

/**
 * `isolate` is for the real pages: page scripts off (the text as served; most of their scripts point to the
 * web anyway), and cross-origin isolation added.
 */
async function newBenchContext(browser: Browser, isolate: boolean): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: !isolate });
  if (isolate) {
    // Real pages carry no isolation headers of their own: add them to the document, so that their timings get
    // the fine clock too. Their subresources are not needed to read the text (and most point to the web): none
    // is fetched, so a page loads in milliseconds.
    await context.route('**/*', async (route) => {
      try {
        const request = route.request();
        if (request.resourceType() !== 'document' || !request.url().startsWith('http://127.0.0.1:')) return await route.abort();
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), ...JSON.parse(COI_HEADERS) } });
      } catch {
        await route.abort().catch(() => {});
      }
    });
  }
  return context.newPage();
}

async function loadBenchPage(page: Page, url: string, libFile: string, withMark: boolean, scriptsOff = false): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  // With page scripts off, a <script> tag would not run: evaluate the library's source instead.
  if (scriptsOff) await page.evaluate(readFileSync(libFile, 'utf8'));
  else await page.addScriptTag({ path: libFile });
  if (withMark) await page.addScriptTag({ path: MARK_JS });
}

async function openBenchPage(browser: Browser, url: string, libFile: string, withMark: boolean, isolate: boolean): Promise<Page> {
  const page = await newBenchContext(browser, isolate);
  await loadBenchPage(page, url, libFile, withMark);
  return page;
}

async function closePage(page: Page): Promise<void> {
  await page
    .context()
    .close()
    .catch(() => {});
}

function armLine(arm: string, pageName: string, run: ArmRun, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const script = summarise(run.reps.map((r) => r.script));
  const layout = summarise(run.reps.map((r) => r.layout));
  return {
    arm,
    page: pageName,
    reps: run.reps.length,
    scriptMs: script.median,
    scriptLayoutMs: layout.median,
    scriptMsRange: [script.min, script.max],
    scriptLayoutMsRange: [layout.min, layout.max],
    ...extra,
    ...run.info,
  };
}

interface PageArms {
  floor?: number | null;
  oursScan?: number | null;
  oursRenderLayout?: number | null;
  oursRenderAllLayout?: number | null;
  markRegExpLayout?: number | null;
  markArrayLayout?: number | null;
}

async function runArms(
  browser: Browser,
  server: StaticServer,
  set: PageSet,
  libFile: string,
  runtime: RuntimePack,
  markArray: boolean,
): Promise<PageArms> {
  const page = await openBenchPage(browser, server.url(`/bench/pages/${set.file}`), libFile, true, false);
  const result: PageArms = {};
  try {
    const aliases = await page.evaluate((p) => (window as unknown as BenchWindow).claimlensBench.setPack(p), runtime);
    const dom = await page.evaluate(() => (window as unknown as BenchWindow).claimlensBench.snapshot());
    emit({
      arm: 'page',
      page: set.name,
      aliases,
      htmlBytes: Buffer.byteLength(set.generated.html),
      ...dom,
      ...set.generated.stats,
    });
    const arm = async (names: string[], reps: number, warmup = 1): Promise<Record<string, ArmRun>> =>
      page.evaluate(([n, r, w]) => (window as unknown as BenchWindow).claimlensBench.run(n, r, w), [names, reps, warmup] as const);

    const runs = await arm(['floor', 'floor-raw-giu', 'ours-scan', 'ours-render', 'ours-render-all', 'markjs-markRegExp'], REPS);
    const floor = runs.floor!;
    emit(armLine('floor', set.name, floor, { pattern: 'pack pattern, flags gu, on the lowercased joined text, JS boundary check' }));
    result.floor = median(floor.reps.map((r) => r.script));
    emit(
      armLine('floor-raw-giu', set.name, runs['floor-raw-giu']!, {
        pattern: 'pack pattern, flags giu, on the joined text as is (perf-anchors variant; reference only)',
      }),
    );
    const scan = runs['ours-scan']!;
    emit(armLine('ours-gate+scan', set.name, scan));
    result.oursScan = median(scan.reps.map((r) => r.script));
    const render = runs['ours-render']!;
    emit(
      armLine('ours-gate+scan+render', set.name, render, {
        density: 'entities',
        highlights: 'strong mentions and figures (CSS Custom Highlight API)',
        badges: 'first slice of 40 in document order now; the rest deferred to one slice per frame, as the extension does',
      }),
    );
    result.oursRenderLayout = median(render.reps.map((r) => r.layout));
    const renderAll = runs['ours-render-all']!;
    emit(
      armLine('ours-gate+scan+render-all-at-once', set.name, renderAll, {
        density: 'entities',
        note: 'every badge inserted in one go (reference: the extension inserts out-of-view badges later, in slices)',
      }),
    );
    result.oursRenderAllLayout = median(renderAll.reps.map((r) => r.layout));
    const mre = runs['markjs-markRegExp']!;
    emit(armLine('markjs-markRegExp', set.name, mre, { pattern: 'pack pattern, flags giu, no boundary check' }));
    result.markRegExpLayout = median(mre.reps.map((r) => r.layout));

    if (markArray) {
      note(`mark.js mark(array) on ${set.name}: ${MARK_ARRAY_REPS} reps of several seconds each`);
      const ma = (await arm(['markjs-mark-array'], MARK_ARRAY_REPS, 0))['markjs-mark-array']!;
      emit(
        armLine('markjs-mark(array)', set.name, ma, {
          note: `run on the ${set.name} page only (about 16 s per rep on 1 MB); accuracy 'exactly', separateWordSearch false, other options default`,
        }),
      );
      result.markArrayLayout = median(ma.reps.map((r) => r.layout));
    }

    const profile = await page.evaluate((r) => (window as unknown as BenchWindow).claimlensBench.profile(r), REPS + 1);
    emit(profileLine(set.name, 'bench pack (500 aliases)', 'main world', profile));
    // With the pack the extension ships, in an isolated world like a content script's, starting cold.
    emit(profileLine(set.name, 'shipped pack', 'isolated world', await profileIsolated(page, libFile)));
  } finally {
    await closePage(page);
  }
  return result;
}

/**
 * The profile in a fresh isolated world (CDP Page.createIsolatedWorld), where a content script runs: the
 * library's code starts cold and every DOM node needs a wrapper of that world, as on a real first visit.
 */
async function profileIsolated(page: Page, libFile: string): Promise<Record<string, number>[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'claimlens-bench',
    })) as {
      executionContextId: number;
    };
    const evaluate = async (expression: string): Promise<unknown> => {
      const r = (await cdp.send('Runtime.evaluate', {
        expression,
        contextId: executionContextId,
        awaitPromise: true,
        returnByValue: true,
      })) as {
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value;
    };
    await evaluate(readFileSync(libFile, 'utf8'));
    return (await evaluate(`claimlensBench.usePack('shipped'); claimlensBench.snapshot(); claimlensBench.profile(${REPS + 1})`)) as Record<
      string,
      number
    >[];
  } finally {
    await cdp.detach().catch(() => {});
  }
}

const STAGE_ONE = ['extract', 'normalise', 'matchAliases', 'gateScore'];
const STAGE_TWO = ['figures', 'planBadges', 'applyMarks'];

/** Phases of the first (coldest) run and medians of the others. Stage one = the content script's idle task; stage two = annotate.js. */
function profileLine(pageName: string, packName: string, world: string, runs: Record<string, number>[]): Record<string, unknown> {
  const phasesOf = (list: Record<string, number>[]): Record<string, number | null> => {
    const out: Record<string, number | null> = {};
    for (const k of Object.keys(list[0] ?? {})) out[k] = round(median(list.map((r) => r[k]!)));
    return out;
  };
  const sum = (p: Record<string, number | null>, keys: string[]) => round(keys.reduce((s, k) => s + (p[k] ?? 0), 0));
  const cold = phasesOf(runs.slice(0, 1));
  const warm = phasesOf(runs.slice(1));
  return {
    arm: 'profile-ours',
    page: pageName,
    pack: packName,
    world,
    reps: runs.length - 1,
    stageOneMs: { first: sum(cold, STAGE_ONE), median: sum(warm, STAGE_ONE) },
    stageTwoScriptMs: { first: sum(cold, STAGE_TWO), median: sum(warm, STAGE_TWO) },
    layoutMs: { first: cold.layout, median: warm.layout },
    phasesMsMedian: warm,
    phasesMsFirst: cold,
  };
}

async function gateOnUnrelated(
  browser: Browser,
  server: StaticServer,
  set: PageSet,
  libFile: string,
  runtime: RuntimePack,
): Promise<number | null> {
  const page = await openBenchPage(browser, server.url(`/bench/pages/${set.file}`), libFile, false, false);
  try {
    await page.evaluate((p) => (window as unknown as BenchWindow).claimlensBench.setPack(p), runtime);
    // Enough unmeasured runs for the JIT to settle: the first ones run 3-7x slower (reported apart, as coldFirstRun).
    const g = await page.evaluate(([r, w]) => (window as unknown as BenchWindow).claimlensBench.gate(r, w), [REPS, GATE_WARMUP] as const);
    const ms = median(g.times);
    const per = per100K(ms, g.textChars);
    const shipped = await page.evaluate(
      async ([r, w]) => {
        const bench = (window as unknown as BenchWindow).claimlensBench;
        bench.usePack('shipped');
        return bench.gate(r, w);
      },
      [REPS, GATE_WARMUP] as const,
    );
    emit({
      arm: 'gate-unrelated',
      page: set.name,
      reps: REPS,
      warmupRuns: GATE_WARMUP,
      textChars: g.textChars,
      relevant: g.relevant,
      reason: g.reason,
      gateMs: round(ms, 3),
      gateMsRange: [round(Math.min(...g.times), 3), round(Math.max(...g.times), 3)],
      gateMsPer100KB: round(per, 3),
      coldFirstRunMsPer100KB: round(per100K(g.first, g.textChars), 3),
      shippedPackGateMsPer100KB: round(per100K(median(shipped.times), shipped.textChars), 3),
      what: 'extractPage + scanDocument (exits after the alias pass), bench pack of 500 aliases; 100 KB = 100,000 characters of extracted text',
    });
    return round(per, 3);
  } finally {
    await closePage(page);
  }
}

function realPages(): { name: string; urlPath: string }[] {
  const out: { name: string; urlPath: string }[] = [];
  if (existsSync(FIXTURE_PAGES))
    for (const f of readdirSync(FIXTURE_PAGES)
      .filter((f) => f.endsWith('.html'))
      .sort())
      out.push({ name: `fixture:${f}`, urlPath: `/fixtures/pages/${f}` });
  if (existsSync(READABILITY))
    for (const d of readdirSync(READABILITY).sort())
      if (existsSync(path.join(READABILITY, d, 'source.html')))
        out.push({ name: `readability:${d}`, urlPath: `/readability/${d}/source.html` });
  return out;
}

async function gateOnRealPages(browser: Browser, server: StaticServer, libFile: string): Promise<void> {
  const pages = realPages();
  const perPage: Record<string, unknown>[] = [];
  const errors: string[] = [];
  const page = await newBenchContext(browser, true);
  try {
    for (const p of pages) {
      try {
        await loadBenchPage(page, server.url(p.urlPath), libFile, false, true);
        const g = await page.evaluate(async (r) => {
          const bench = (window as unknown as BenchWindow).claimlensBench;
          bench.usePack('shipped');
          return { ...(await bench.gate(r, 3, false)), isolated: globalThis.crossOriginIsolated === true };
        }, 5);
        const ms = median(g.times);
        perPage.push({
          page: p.name,
          textChars: g.textChars,
          ms,
          msPer100KB: per100K(ms, g.textChars),
          firstRunMs: g.first,
          relevant: g.relevant,
          reason: g.reason,
          isolated: g.isolated,
        });
      } catch (error) {
        errors.push(`${p.name}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    await closePage(page);
  }
  writeFileSync(path.join(OUT, 'real-pages.jsonl'), perPage.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const groups: [string, Record<string, unknown>[]][] = [
    ['all', perPage],
    ['fixtures', perPage.filter((l) => String(l.page).startsWith('fixture:'))],
    ['readability', perPage.filter((l) => String(l.page).startsWith('readability:'))],
  ];
  for (const [group, list] of groups) {
    if (group !== 'all' && list.length === 0) {
      emit({
        arm: 'gate-real-pages',
        set: group,
        pages: 0,
        note: group === 'fixtures' ? 'tests/fixtures/pages/*.html not there yet' : 'no pages found',
      });
      continue;
    }
    const measured = list.filter((l) => (l.textChars as number) > 0);
    const rates = measured.map((l) => l.msPer100KB as number);
    const times = measured.map((l) => l.ms as number);
    emit({
      arm: 'gate-real-pages',
      set: group,
      pack: 'shipped',
      pages: list.length,
      relevantPages: list.filter((l) => l.relevant).length,
      textCharsMedian: round(median(measured.map((l) => l.textChars as number)), 0),
      msMedian: round(median(times), 3),
      msP95: round(percentile(times, 95), 3),
      msPer100KBMedian: round(median(rates), 3),
      msPer100KBP95: round(percentile(rates, 95), 3),
      firstRunMsMedian: round(median(measured.map((l) => l.firstRunMs as number)), 3),
      firstRunMsP95: round(
        percentile(
          measured.map((l) => l.firstRunMs as number),
          95,
        ),
        3,
      ),
      isolatedClock: list.every((l) => l.isolated),
      pageScripts: 'off',
      ...(group === 'all' ? { errors, detail: 'bench-output/real-pages.jsonl' } : {}),
    });
  }
}

// ——— the extension ———

function longTaskLine(name: string, runs: LongTaskRun[]): { line: Record<string, unknown>; longTasks: number; loadToBadge: number | null } {
  const counts = runs.map((r) => r.longTasksAfterLoad.length);
  const loadToBadge = runs.map((r) => r.loadToBadgeMs).filter((v): v is number => v !== null);
  // The scripts the browser blamed in long frames after load, by file.
  const blamed: Record<string, { frames: number; maxMs: number }> = {};
  for (const r of runs)
    for (const f of r.frames)
      for (const s of f.scripts) {
        const key = `${s.invoker} @ ${s.source.replace(/^chrome-extension:\/\/[a-z]+/, 'ext:')}`;
        const b = (blamed[key] ??= { frames: 0, maxMs: 0 });
        b.frames++;
        b.maxMs = Math.max(b.maxMs, round(s.duration, 1) ?? 0);
      }
  return {
    line: {
      arm: 'extension-long-tasks',
      page: name,
      reps: runs.length,
      longTasksOver50msAfterLoad: counts,
      longTaskDurationsMs: runs.map((r) => r.longTasksAfterLoad.map((t) => round(t.duration, 1))),
      longTasksBeforeLoad: runs.map((r) => r.longTasksBeforeLoad),
      loadToFirstBadgeMs: round(median(loadToBadge), 1),
      loadToFirstBadgeMsAll: loadToBadge.map((v) => round(v, 1)),
      badges: runs.map((r) => r.badges),
      longFramesAfterLoadMs: runs.map((r) => r.frames.map((f) => round(f.duration, 0))),
      blamedScripts: blamed,
    },
    longTasks: Math.max(...counts),
    loadToBadge: round(median(loadToBadge), 1),
  };
}

function bundleSizes(): Record<string, unknown> {
  const dir = BUILD_DIRS.chromium;
  const gz = (file: string): { bytes: number; gzipBytes: number } | null => {
    const p = path.join(dir, file);
    if (!existsSync(p)) return null;
    const buf = readFileSync(p);
    return { bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
  };
  const content = gz('content-scripts/content.js');
  const annotate = gz('annotate.js');
  return {
    arm: 'bundle-size',
    build: dir.replace(`${ROOT}/`, ''),
    gzip: 'level 9',
    startupContentJs: content,
    startupGzipKB: content ? round(content.gzipBytes / 1024, 1) : null,
    annotateJsStageTwo: annotate,
    annotateGzipKB: annotate ? round(annotate.gzipBytes / 1024, 1) : null,
  };
}

async function popupArm(): Promise<Record<string, unknown>> {
  const file = path.join(ROOT, 'scripts/bench/popup.ts');
  if (!existsSync(file)) return { arm: 'popup', error: 'scripts/bench/popup.ts is not there yet' };
  try {
    const mod = (await import(pathToFileURL(file).href)) as { benchPopup?: () => Promise<unknown> };
    if (typeof mod.benchPopup !== 'function') return { arm: 'popup', error: 'scripts/bench/popup.ts exports no benchPopup()' };
    const result = await mod.benchPopup();
    return { arm: 'popup', ...(result && typeof result === 'object' ? (result as Record<string, unknown>) : { result }) };
  } catch (error) {
    return { arm: 'popup', error: (error as Error).message.split('\n')[0] };
  }
}

// ——— main ———

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'bench.jsonl'), '');
  runBuild();

  const base = JSON.parse(readFileSync(path.join(ROOT, 'data/afpak-2025-26.json'), 'utf8')) as Pack;
  const pack = syntheticPack(base, 500);
  const runtime = compilePack(pack);
  const sets = writePages(pack);
  const libFile = path.join(OUT, 'bench-lib.js');
  await bundleBenchLibrary(libFile);

  const server = await serveStatic({ '/bench/': OUT, '/fixtures/': path.join(ROOT, 'tests/fixtures'), '/readability/': READABILITY });
  const final: Record<string, unknown> = {};
  let browser: Browser | undefined;
  try {
    browser = await launchPlain();
    emit({ arm: 'environment', browser: `chromium ${browser.version()}`, node: process.version, reps: REPS });
    if (ONLY.has('arms')) {
      note('arms on the 1 MB page');
      const big = await runArms(browser, server, sets[0]!, libFile, runtime, false);
      note('arms on the 200 KB page');
      const small = await runArms(browser, server, sets[1]!, libFile, runtime, true);
      final.scanVsFloor = ratio(big.oursScan, big.floor);
      final.vsMarkRegExp = ratio(big.markRegExpLayout, big.oursRenderLayout);
      final.vsMarkRegExpAllAtOnce = ratio(big.markRegExpLayout, big.oursRenderAllLayout);
      final.vsMarkArray = ratio(small.markArrayLayout, small.oursRenderLayout);
    }
    if (ONLY.has('gate')) {
      note('gate on the unrelated page');
      final.gateMsPer100KB = await gateOnUnrelated(browser, server, sets[2]!, libFile, runtime);
    }
    if (ONLY.has('real')) {
      note('gate on the real pages');
      await gateOnRealPages(browser, server, libFile);
    }
    await browser.close();
    browser = undefined;
  } finally {
    await browser?.close().catch(() => {});
  }

  if (ONLY.has('extension')) {
    note('the built extension: long tasks and load → badge');
    try {
      const [bigRuns, demoRuns] = await measureWithExtension([
        { url: server.url(`/bench/pages/${sets[0]!.file}`), reps: 2, quietMs: 2500 },
        { url: server.url('/fixtures/demo/seed-story.html'), reps: 3, quietMs: 1000 },
      ]);
      const big = longTaskLine('1MB', bigRuns!);
      const demo = longTaskLine('demo:seed-story', demoRuns!);
      emit(big.line);
      emit(demo.line);
      final.longTasks = big.longTasks;
      final.loadToBadgeMs1MB = big.loadToBadge;
      final.demoLoadToBadgeMs = demo.loadToBadge;
    } catch (error) {
      emit({ arm: 'extension-long-tasks', error: (error as Error).message.split('\n')[0] });
      final.longTasks = null;
    }
    // The same loads again under a performance trace: every task over 50 ms after load, and which phase it is.
    for (const [name, urlPath] of [
      ['1MB', `/bench/pages/${sets[0]!.file}`],
      ['demo:seed-story', '/fixtures/demo/seed-story.html'],
    ] as const) {
      try {
        const { tasks, loadFound } = await traceLongTasks(server.url(urlPath));
        emit({ arm: 'extension-trace', page: name, longTasksOver50msAfterLoad: tasks.length, loadEventFound: loadFound, tasks });
        if (name === '1MB') final.longTasksTraced = tasks.length;
      } catch (error) {
        emit({ arm: 'extension-trace', page: name, error: (error as Error).message.split('\n')[0] });
      }
    }
  }
  await server.close();

  if (ONLY.has('size')) {
    const sizes = bundleSizes();
    emit(sizes);
    final.startupGzipKB = sizes.startupGzipKB;
  }

  if (ONLY.has('popup')) {
    note('popup arm');
    const popup = await popupArm();
    emit(popup);
    final.popupOpenMs0 = popup.popupOpenMs0 ?? null;
    final.popupOpenMs10k = popup.popupOpenMs10k ?? null;
    final.searchMs10k = popup.searchMs10k ?? null;
  }

  const order = [
    'scanVsFloor',
    'vsMarkRegExp',
    'vsMarkArray',
    'gateMsPer100KB',
    'longTasks',
    'startupGzipKB',
    'popupOpenMs0',
    'popupOpenMs10k',
    'searchMs10k',
  ];
  const line: Record<string, unknown> = {};
  for (const k of order) line[k] = final[k] ?? null;
  for (const [k, v] of Object.entries(final)) if (!(k in line)) line[k] = v;
  line.benchSeconds = round((Date.now() - started) / 1000, 1);
  emit(line);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
