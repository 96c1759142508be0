/**
 * Measurement: what ClaimLens costs on the pages people read. The 65 pages of
 * ../shared/corpora/readability-pages, each loaded with the bench build of the extension and again without any
 * extension, in the same browser: ClaimLens's own main-thread time per page (every `claimlens:*` measure summed,
 * from its first module to its last task), median and 95th percentile over the unrelated pages (the goal) and
 * over all; and the page's load-to-idle with ÷ without, per page, median with its spread (p10–p90), beside the same
 * ratio for the floor extension.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserKind } from '../../tests/support/browsers';
import { launchWithExtension, launchWithoutExtension, ownMs, type PageRun } from './extension-run';
import { emit, failure, note, OUT, ROOT } from './output';
import { floorExtension } from './floor-extension';
import { median, percentile, round } from './stats';
import { writeFileSync } from 'node:fs';

export const READABILITY = path.resolve(ROOT, '../shared/corpora/readability-pages');

export function readabilityPages(): string[] {
  if (!existsSync(READABILITY)) {
    // The bench reads ../shared where it lies; under CI it must not quietly measure nothing.
    if (process.env.CI === 'true') throw new Error(`${READABILITY} is missing`);
    return [];
  }
  return readdirSync(READABILITY)
    .filter((d) => existsSync(path.join(READABILITY, d, 'source.html')))
    .sort();
}

/** ClaimLens's ms on a page by kind of work (gate, report, finish…). */
function byName(run: PageRun): Record<string, number | null> {
  const out: Record<string, number> = {};
  for (const s of run.spans) out[s.name] = (out[s.name] ?? 0) + s.duration;
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, round(v, 3)]));
}

export interface RealPageFigures {
  realPagesMedianMs: number | null;
  /** The floor extension's time on the same unrelated pages (scripts/bench/floor-extension.ts), median. */
  realPagesFloorMedianMs: number | null;
  realPagesP95Ms: number | null;
  loadToIdleRatio: number | null;
  /** The same ratio for the floor extension: what any content script costs the page's load in this browser. */
  floorLoadToIdleRatio: number | null;
}

export async function measureRealPages(kind: BrowserKind, urlOf: (dir: string) => string): Promise<RealPageFigures> {
  const pages = readabilityPages();
  const rows: Record<string, unknown>[] = [];
  const errors: string[] = [];
  // The three browsers are open together and take turns on each page, in an order that rotates from page to page:
  // run one after another, the first pass paid for the cold files and the busy start of the machine alone.
  const withExt = await launchWithExtension(kind);
  const floor = await launchWithExtension(kind, floorExtension(kind));
  const without = await launchWithoutExtension(kind);
  const runs = new Map<string, PageRun>();
  const floorRuns = new Map<string, PageRun>();
  const base = new Map<string, PageRun>();
  const turns: [string, (dir: string) => Promise<unknown>][] = [
    ['', async (dir) => runs.set(dir, await withExt.load(urlOf(dir), 400, 6_000))],
    [' (floor)', async (dir) => floorRuns.set(dir, await floor.load(urlOf(dir), 400, 6_000))],
    [' (no extension)', async (dir) => base.set(dir, await without.load(urlOf(dir)))],
  ];
  note(`${kind}: each page with ClaimLens, with the floor extension (listen, ask for the settings, report) and without any, taking turns`);
  try {
    for (const [i, dir] of pages.entries()) {
      for (let t = 0; t < turns.length; t++) {
        const [label, turn] = turns[(i + t) % turns.length]!;
        try {
          await turn(dir);
        } catch (error) {
          errors.push(`${dir}${label}: ${failure(error)}`);
        }
      }
    }
  } finally {
    await Promise.all([withExt.close(), floor.close(), without.close()]);
  }
  const ratios: number[] = [];
  const floorRatios: number[] = [];
  for (const [dir, run] of runs) {
    const b = base.get(dir);
    const f = floorRuns.get(dir);
    const relevant = run.spans.some((s) => s.name === 'finish');
    const ratio = b?.idleAt && run.idleAt ? run.idleAt / b.idleAt : null;
    if (ratio !== null) ratios.push(ratio);
    if (b?.idleAt && f?.idleAt) floorRatios.push(f.idleAt / b.idleAt);
    rows.push({
      browser: kind,
      page: dir,
      stageTwo: relevant,
      ownMs: round(ownMs(run), 3),
      worstSpanMs: round(Math.max(0, ...run.spans.map((s) => s.duration)), 3),
      msByWork: byName(run),
      loadToIdleMs: round(run.idleAt ?? Number.NaN, 1),
      loadToIdleMsWithout: round(b?.idleAt ?? Number.NaN, 1),
      loadToIdleMsFloor: round(f?.idleAt ?? Number.NaN, 1),
      floorMs: floorRuns.has(dir) ? round(ownMs(floorRuns.get(dir)!), 3) : null,
      floorByWork: floorRuns.has(dir) ? byName(floorRuns.get(dir)!) : null,
      badges: run.badges,
    });
  }
  writeFileSync(path.join(OUT, `real-pages-${kind}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const unrelated = rows.filter((r) => !r.stageTwo).map((r) => r.ownMs as number);
  const all = rows.map((r) => r.ownMs as number);
  const relevantRows = rows.filter((r) => r.stageTwo).map((r) => r.ownMs as number);
  const unrelatedRows = rows.filter((r) => !r.stageTwo && typeof r.floorMs === 'number');
  const floorMs = unrelatedRows.map((r) => r.floorMs as number);
  const figures: RealPageFigures = {
    realPagesMedianMs: round(median(unrelated), 2),
    realPagesFloorMedianMs: round(median(floorMs), 2),
    realPagesP95Ms: round(percentile(unrelated, 95), 2),
    loadToIdleRatio: round(median(ratios), 3),
    floorLoadToIdleRatio: round(median(floorRatios), 3),
  };
  emit({
    arm: 'real-pages',
    browser: kind,
    pages: pages.length,
    measured: runs.size,
    unrelatedPages: unrelated.length,
    stageTwoPages: relevantRows.length,
    ...figures,
    realPagesFloorP95Ms: round(percentile(floorMs, 95), 2),
    // Per page, ClaimLens's time less the floor's: what reading the page costs beyond asking and reporting.
    ownAboveFloorMedianMs: round(median(unrelatedRows.map((r) => (r.ownMs as number) - (r.floorMs as number))), 2),
    vsFloorMedian: round(
      median(unrelatedRows.filter((r) => (r.floorMs as number) > 0).map((r) => (r.ownMs as number) / (r.floorMs as number))),
      2,
    ),
    ownMsAllMedian: round(median(all), 2),
    ownMsAllP95: round(percentile(all, 95), 2),
    ownMsStageTwoMedian: round(median(relevantRows), 2),
    worstSpanMs: round(Math.max(0, ...rows.map((r) => r.worstSpanMs as number)), 2),
    loadToIdleRatioP10P90: [round(percentile(ratios, 10), 3), round(percentile(ratios, 90), 3)],
    floorLoadToIdleRatioP10P90: [round(percentile(floorRatios, 10), 3), round(percentile(floorRatios, 90), 3)],
    loadToIdleMsMedian: {
      with: round(median(rows.map((r) => r.loadToIdleMs as number).filter(Number.isFinite)), 1),
      without: round(median(rows.map((r) => r.loadToIdleMsWithout as number).filter(Number.isFinite)), 1),
    },
    what: 'ClaimLens ms per page = every claimlens:* measure of the bench build summed (module evaluation, start, settings, gate, report; stage two when it runs); goal on unrelated pages. Floor = the same sum for a content script that only listens, asks its background for the settings and reports (scripts/bench/floor-extension.ts), on the same pages; vsFloorMedian = median per-page ratio. loadToIdle = navigation start → first idle callback after load with a whole idle period ahead; ratio with ÷ without the extension, per page (floorLoadToIdleRatio: the floor extension ÷ without); the three browsers are open together and take turns on each page, the order rotating',
    errors,
    detail: `bench-output/real-pages-${kind}.jsonl`,
  });
  return figures;
}
