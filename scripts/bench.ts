/**
 * npm run bench — the speed of ClaimLens, in real headless Chromium (playwright-core) and Firefox ESR
 * (puppeteer-core, WebDriver BiDi), on pages served from 127.0.0.1. Speed is printed, never asserted.
 *
 * One module per measurement, under scripts/bench/:
 *   arms.ts            floor, ours (the text road), mark.js on the generated 1 MB and 200 KB pages
 *   gate-unrelated.ts  the gate vs the floor on an unrelated 100 KB page
 *   load-to-badges.ts  the built extension on the 1 MB page and the demo: load → badges, long tasks
 *   real-pages.ts      the 65 Readability pages: ClaimLens's own ms per page, load-to-idle with ÷ without it
 *   live-feed.ts       1,000 paragraphs appended over 60 s (CLAIMLENS_BENCH_LIVE_SECONDS), relevant and unrelated
 *   sizes.ts           start-up content script and annotate.js, gzip
 *   popup.ts           popup open and search with 0 and 10,000 notes (Chromium)
 *   trace.ts           long tasks after load from a Chromium performance trace
 * Every time is also given as a ratio to a baseline measured in the same run and browser.
 *
 * Output: JSON lines (stdout and bench-output/bench.jsonl); at the end one line per browser
 * (`"browser": "chromium" | "firefox"`) and the shared line (../shared/design.md's contract).
 * CLAIMLENS_BENCH_ONLY=arms,gate,load,real,live,size,popup,trace and CLAIMLENS_BENCH_BROWSERS=chromium,firefox
 * narrow a run; CLAIMLENS_BENCH_SKIP_BUILD=1 reuses the builds.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compilePack } from '../lib/pack/compile';
import type { Pack } from '../lib/pack/schema';
import { serveStatic } from '../tests/support/server';
import type { BrowserKind } from '../tests/support/browsers';
import { measureArms, REPS } from './bench/arms';
import { buildAll } from './bench/build';
import { bundleBenchLibrary } from './bench/bundle';
import { measureGateOnUnrelated } from './bench/gate-unrelated';
import { feedFile, liveSeconds, measureLiveFeed, writeFeedPage, LIVE_PARAGRAPHS } from './bench/live-feed';
import { measureLoadToBadges } from './bench/load-to-badges';
import { elapsedSeconds, emit, failure, note, OUT, ROOT, startOutput } from './bench/output';
import { relevantPage, syntheticPack, unrelatedPage, type PageSet } from './bench/pages';
import { launchPlain } from './bench/plain-browser';
import { measureRealPages, READABILITY } from './bench/real-pages';
import { measureSizes } from './bench/sizes';
import { round } from './bench/stats';

const PAGES_DIR = path.join(OUT, 'pages');
const MARK_JS = path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js');
/** The extension's highlight colours: its manifest loads them before a page is styled, so the bench pages carry them too. */
const HIGHLIGHT_CSS = readFileSync(path.join(ROOT, 'components/highlights.css'), 'utf8');
const ONLY = new Set((process.env.CLAIMLENS_BENCH_ONLY ?? 'arms,gate,load,real,live,size,popup,trace').split(','));
const BROWSERS = (process.env.CLAIMLENS_BENCH_BROWSERS ?? 'chromium,firefox').split(',') as BrowserKind[];
/** Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs. */
const COI_HEADERS = JSON.stringify({ 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });

function writePages(pack: Pack, seconds: number): PageSet[] {
  mkdirSync(PAGES_DIR, { recursive: true });
  const sets: PageSet[] = [
    { name: '1MB', file: 'relevant-1mb.html', generated: relevantPage(pack, 1_000_000, undefined, HIGHLIGHT_CSS) },
    { name: '200KB', file: 'relevant-200kb.html', generated: relevantPage(pack, 200_000, undefined, HIGHLIGHT_CSS) },
    { name: 'unrelated-100KB', file: 'unrelated-100kb.html', generated: unrelatedPage(100_000, undefined, HIGHLIGHT_CSS) },
  ];
  for (const s of sets) {
    writeFileSync(path.join(PAGES_DIR, s.file), s.generated.html);
    writeFileSync(path.join(PAGES_DIR, `${s.file}.headers.json`), COI_HEADERS);
  }
  // The live feed: a short article to start from, then 1,000 paragraphs of the same kind.
  writeFeedPage(feedFile(PAGES_DIR, 'relevant'), relevantPage(pack, 6_000, 31), relevantPage(pack, 400_000, 32), seconds);
  writeFeedPage(feedFile(PAGES_DIR, 'unrelated'), unrelatedPage(6_000, 41), unrelatedPage(400_000, 42), seconds);
  return sets;
}

async function attempt<T>(what: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    emit({ arm: what, error: failure(error) });
    return undefined;
  }
}

async function main(): Promise<void> {
  startOutput();
  buildAll();
  const base = JSON.parse(readFileSync(path.join(ROOT, 'data/afpak-2025-26.json'), 'utf8')) as Pack;
  const pack = syntheticPack(base, 500);
  const runtime = compilePack(pack);
  const seconds = liveSeconds();
  const sets = writePages(pack, seconds);
  const libFile = path.join(OUT, 'bench-lib.js');
  await bundleBenchLibrary(libFile);
  const server = await serveStatic({ '/bench/': OUT, '/fixtures/': path.join(ROOT, 'tests/fixtures'), '/readability/': READABILITY });
  const page = (file: string) => server.url(`/bench/pages/${file}`);
  const perBrowser: Record<BrowserKind, Record<string, unknown>> = { chromium: {}, firefox: {} };

  try {
    for (const kind of BROWSERS) {
      const f = perBrowser[kind];
      if (ONLY.has('arms') || ONLY.has('gate')) {
        const plain = await launchPlain(kind);
        emit({ arm: 'environment', browser: plain.version, node: process.version, reps: REPS, machine: '2 cores, shared' });
        try {
          if (ONLY.has('arms')) {
            note(`${kind}: arms on the 1 MB page`);
            const big = await attempt(`arms-${kind}`, () =>
              measureArms(plain, page(sets[0]!.file), sets[0]!, libFile, MARK_JS, runtime, false),
            );
            note(`${kind}: arms on the 200 KB page, with mark(array)`);
            const small = await attempt(`arms-${kind}`, () =>
              measureArms(plain, page(sets[1]!.file), sets[1]!, libFile, MARK_JS, runtime, true),
            );
            Object.assign(f, {
              scanVsFloor: big?.scanVsFloor ?? null,
              vsMarkRegExp: big?.vsMarkRegExp ?? null,
              vsMarkRegExpAll: big?.vsMarkRegExpAll ?? null,
              vsMarkArray: small?.vsMarkArray ?? null,
              firstScreenMs1MB: big?.oursFirstScreenMs ?? null,
              allBadgesMs1MB: big?.oursAllBadgesMs ?? null,
              markRegExpMs1MB: big?.markRegExpMs ?? null,
            });
          }
          if (ONLY.has('gate')) {
            note(`${kind}: gate vs floor on the unrelated page`);
            const g = await attempt(`gate-${kind}`, () => measureGateOnUnrelated(plain, page(sets[2]!.file), libFile, runtime));
            Object.assign(f, {
              gateVsFloor: g?.gateVsFloor ?? null,
              gateMsPer100KB: g?.gateMsPer100KB ?? null,
              walkedGateVsFloor: g?.walkedGateVsFloor ?? null,
            });
          }
        } finally {
          await plain.close();
        }
      }
      if (ONLY.has('load')) {
        note(`${kind}: the extension on the 1 MB page and the demo`);
        const big = await attempt(`extension-load-${kind}`, () => measureLoadToBadges(kind, '1MB', page(sets[0]!.file), 2));
        const demo = await attempt(`extension-load-${kind}`, () =>
          measureLoadToBadges(kind, 'demo:seed-story', server.url('/fixtures/demo/seed-story.html'), 3),
        );
        Object.assign(f, {
          longTasks: big ? Math.max(big.longTasks, demo?.longTasks ?? 0) : null,
          loadToBadgeMs1MB: big?.loadToBadgeMs ?? null,
          loadToBadgeRatio1MB: big?.loadToBadgeRatio ?? null,
          loadToAllBadgesMs1MB: big?.loadToAllBadgesMs ?? null,
          demoLoadToBadgeMs: demo?.loadToBadgeMs ?? null,
          demoLoadToBadgeRatio: demo?.loadToBadgeRatio ?? null,
        });
      }
      if (ONLY.has('real')) {
        note(`${kind}: the 65 real pages, with and without the extension`);
        const r = await attempt(`real-pages-${kind}`, () => measureRealPages(kind, (dir) => server.url(`/readability/${dir}/source.html`)));
        Object.assign(f, {
          realPagesMedianMs: r?.realPagesMedianMs ?? null,
          realPagesP95Ms: r?.realPagesP95Ms ?? null,
          realPagesFloorMedianMs: r?.realPagesFloorMedianMs ?? null,
          loadToIdleRatio: r?.loadToIdleRatio ?? null,
          floorLoadToIdleRatio: r?.floorLoadToIdleRatio ?? null,
        });
      }
      if (ONLY.has('live')) {
        for (const name of ['relevant', 'unrelated'] as const) {
          note(`${kind}: live feed (${name}), ${LIVE_PARAGRAPHS} paragraphs over ${seconds} s`);
          const l = await attempt(`live-feed-${kind}`, () => measureLiveFeed(kind, name, page(`live-${name}.html`), seconds));
          Object.assign(f, { [`liveSharePct_${name}`]: l?.liveSharePct ?? null, [`liveWorstMs_${name}`]: l?.liveWorstMs ?? null });
        }
      }
    }
    if (ONLY.has('trace') && BROWSERS.includes('chromium')) {
      note('chromium: performance trace of the 1 MB load');
      const { traceLongTasks } = await import('./bench/trace');
      const t = await attempt('extension-trace', () => traceLongTasks(page(sets[0]!.file)));
      if (t) {
        emit({
          arm: 'extension-trace',
          browser: 'chromium',
          page: '1MB',
          longTasksOver50msAfterLoad: t.tasks.length,
          loadEventFound: t.loadFound,
          tasks: t.tasks,
        });
        perBrowser.chromium.longTasksTraced = t.tasks.length;
      }
    }
  } finally {
    await server.close();
  }

  const shared: Record<string, unknown> = {};
  if (ONLY.has('size')) Object.assign(shared, measureSizes());
  if (ONLY.has('popup')) {
    note('chromium: popup');
    const { benchPopup } = await import('./bench/popup');
    const popup = await attempt('popup', () => benchPopup());
    if (popup) emit({ arm: 'popup', browser: 'chromium', ...popup });
    Object.assign(perBrowser.chromium, popup ?? {});
  }

  const CONTRACT = [
    'scanVsFloor',
    'vsMarkRegExp',
    'vsMarkArray',
    'gateMsPer100KB',
    'longTasks',
    'popupOpenMs0',
    'popupOpenMs10k',
    'searchMs10k',
  ];
  const PER_BROWSER = [
    'vsMarkRegExp',
    'vsMarkRegExpAll',
    'gateVsFloor',
    'longTasks',
    'realPagesMedianMs',
    'realPagesP95Ms',
    'loadToIdleRatio',
  ];
  for (const kind of BROWSERS) {
    const f = perBrowser[kind];
    const line: Record<string, unknown> = { browser: kind };
    for (const k of [...CONTRACT, ...PER_BROWSER]) if (k in f || PER_BROWSER.includes(k)) line[k] = f[k] ?? null;
    for (const [k, v] of Object.entries(f)) if (!(k in line)) line[k] = v;
    emit(line);
  }
  // The shared line: Chromium's values under the contract's names, and the bundle sizes.
  const line: Record<string, unknown> = {};
  for (const k of CONTRACT) line[k] = perBrowser.chromium[k] ?? null;
  line.startupGzipKB = shared.startupGzipKB ?? null;
  line.annotateGzipKB = shared.annotateGzipKB ?? null;
  line.benchSeconds = round(elapsedSeconds(), 1);
  emit(line);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
