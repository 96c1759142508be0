/**
 * Measurement: the arms on the generated 1 MB and 200 KB pages, in a browser without the extension. Floor
 * (walk + join + one regex), ours (the text road: extract → gate → finish; and → plan → anchor → render, first
 * screen or every badge), mark.js markRegExp and mark(array). Same page, same run, DOM reset from the stored
 * HTML before each repetition, arms taking turns; rendering arms compared on script + one forced layout.
 * Gives scanVsFloor, vsMarkRegExp (first screen), vsMarkRegExpAll (every badge), vsMarkArray.
 */
import type { PageSet } from './pages';
import type { ArmRun, ClaimlensBench } from './page-lib';
import type { PlainBrowser } from './plain-browser';
import { emit, note } from './output';
import { median, ratio, round, summarise } from './stats';
import type { RuntimePack } from '../../lib/pack/compile';

type BenchWindow = Window & { claimlensBench: ClaimlensBench };

export const REPS = 7;
const MARK_ARRAY_REPS = 2;

export interface ArmFigures {
  scanVsFloor: number | null;
  vsMarkRegExp: number | null;
  vsMarkRegExpAll: number | null;
  vsMarkArray?: number | null;
  /** ms, script + layout, on that page. */
  oursFirstScreenMs: number | null;
  oursAllBadgesMs: number | null;
  markRegExpMs: number | null;
}

function armLine(
  browser: string,
  arm: string,
  pageName: string,
  run: ArmRun,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const script = summarise(run.reps.map((r) => r.script));
  const layout = summarise(run.reps.map((r) => r.layout));
  return {
    arm,
    browser,
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

const STAGE_ONE = ['extract', 'normalise', 'matchAliases', 'gateScore'];
const STAGE_TWO = ['figures', 'planBadges', 'renderFirstScreen'];

/** Phases of the first (coldest) run and medians of the others. */
function profileLine(browser: string, pageName: string, runs: Record<string, number>[]): Record<string, unknown> {
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
    browser,
    page: pageName,
    pack: 'bench pack (500 aliases)',
    reps: runs.length - 1,
    stageOneMs: { first: sum(cold, STAGE_ONE), median: sum(warm, STAGE_ONE) },
    stageTwoScriptMs: { first: sum(cold, STAGE_TWO), median: sum(warm, STAGE_TWO) },
    layoutMs: { first: cold.layout, median: warm.layout },
    phasesMsMedian: warm,
  };
}

export async function measureArms(
  browser: PlainBrowser,
  url: string,
  set: PageSet,
  libFile: string,
  markJs: string,
  runtime: RuntimePack,
  markArray: boolean,
): Promise<ArmFigures> {
  const page = await browser.newPage();
  const b = browser.kind;
  try {
    await page.goto(url);
    await page.addScript(libFile);
    await page.addScript(markJs);
    const aliases = await page.evaluate((p) => (window as unknown as BenchWindow).claimlensBench.setPack(p), runtime);
    const dom = await page.evaluate(() => (window as unknown as BenchWindow).claimlensBench.snapshot());
    emit({
      arm: 'page',
      browser: b,
      page: set.name,
      aliases,
      htmlBytes: Buffer.byteLength(set.generated.html),
      ...dom,
      ...set.generated.stats,
    });
    const arm = (names: string[], reps: number, warmup = 1): Promise<Record<string, ArmRun>> =>
      page.evaluate(([n, r, w]) => (window as unknown as BenchWindow).claimlensBench.run(n, r, w), [names, reps, warmup] as [
        string[],
        number,
        number,
      ]);

    const runs = await arm(['floor', 'ours-scan', 'ours-render', 'ours-render-all', 'markjs-markRegExp'], REPS);
    const med = (run: ArmRun, k: 'script' | 'layout') => median(run.reps.map((r) => r[k]));
    emit(armLine(b, 'floor', set.name, runs.floor!, { what: 'TreeWalker + join + lowercase + the pack pattern (gu) + JS boundary check' }));
    emit(armLine(b, 'ours-scan', set.name, runs['ours-scan']!, { what: 'text road: extract → gate → finish' }));
    emit(
      armLine(b, 'ours-first-screen', set.name, runs['ours-render']!, {
        what: 'text road to render: highlights + the first slice of 40 badges (document order); the rest queued, as the extension does',
      }),
    );
    emit(armLine(b, 'ours-all-badges', set.name, runs['ours-render-all']!, { what: 'text road to render, every badge inserted' }));
    emit(armLine(b, 'markjs-markRegExp', set.name, runs['markjs-markRegExp']!, { what: 'pack pattern, flags giu, no boundary check' }));
    const figures: ArmFigures = {
      scanVsFloor: ratio(med(runs['ours-scan']!, 'script'), med(runs.floor!, 'script')),
      vsMarkRegExp: ratio(med(runs['markjs-markRegExp']!, 'layout'), med(runs['ours-render']!, 'layout')),
      vsMarkRegExpAll: ratio(med(runs['markjs-markRegExp']!, 'layout'), med(runs['ours-render-all']!, 'layout')),
      oursFirstScreenMs: round(med(runs['ours-render']!, 'layout')),
      oursAllBadgesMs: round(med(runs['ours-render-all']!, 'layout')),
      markRegExpMs: round(med(runs['markjs-markRegExp']!, 'layout')),
    };
    if (markArray) {
      note(`${b}: mark.js mark(array) on ${set.name}, ${MARK_ARRAY_REPS} reps of seconds each`);
      const ma = (await arm(['markjs-mark-array', 'ours-render'], MARK_ARRAY_REPS, 0))!;
      emit(armLine(b, 'markjs-mark(array)', set.name, ma['markjs-mark-array']!, { what: "the 500 aliases, accuracy 'exactly'" }));
      figures.vsMarkArray = ratio(med(ma['markjs-mark-array']!, 'layout'), med(runs['ours-render']!, 'layout'));
    }
    const profile = await page.evaluate((r) => (window as unknown as BenchWindow).claimlensBench.profile(r), REPS + 1);
    emit(profileLine(b, set.name, profile));
    return figures;
  } finally {
    await page.close();
  }
}
