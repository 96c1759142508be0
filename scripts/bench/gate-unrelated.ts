/**
 * Measurement: the gate on the unrelated 100 KB page (no alias of the bench pack occurs in it), as the content
 * script runs it at start-up (text-road's `readPage`, then the verdict), against the floor
 * (walk + join + one regex with the same pattern) on that page, runs taking turns in one loop, in a browser
 * without the extension. Gives gateVsFloor (a ratio that a busy machine moves little) and gateMsPer100KB (an
 * absolute figure that moves with the machine's load), with the bench's 500 aliases and with the shipped gate pack.
 */
import type { ClaimlensBench } from './page-lib';
import type { PlainBrowser } from './plain-browser';
import { emit } from './output';
import { median, per100K, ratio, round } from './stats';
import type { RuntimePack } from '../../lib/pack/compile';

type BenchWindow = Window & { claimlensBench: ClaimlensBench };

const REPS = 15;
/** Unmeasured runs first: the first ones run several times slower while the JIT settles (reported as coldFirstRunMs). */
const WARMUP = 10;

export interface GateFigures {
  gateVsFloor: number | null;
  gateMsPer100KB: number | null;
  shippedGateVsFloor: number | null;
  walkedGateVsFloor: number | null;
}

export async function measureGateOnUnrelated(
  browser: PlainBrowser,
  url: string,
  libFile: string,
  runtime: RuntimePack,
): Promise<GateFigures> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.addScript(libFile);
    await page.evaluate((p) => void (window as unknown as BenchWindow).claimlensBench.setPack(p), runtime);
    const run = (which: 'bench' | 'shipped') =>
      page.evaluate(([r, w, p]) => (window as unknown as BenchWindow).claimlensBench.gateVsFloor(r, w, p), [REPS, WARMUP, which] as [
        number,
        number,
        'bench' | 'shipped',
      ]);
    const bench = await run('bench');
    const shipped = await run('shipped');
    const gateMs = median(bench.gate);
    const figures: GateFigures = {
      gateVsFloor: ratio(gateMs, median(bench.floor)),
      gateMsPer100KB: round(per100K(gateMs, bench.textChars), 3),
      shippedGateVsFloor: ratio(median(shipped.gate), median(shipped.floor)),
      walkedGateVsFloor: ratio(median(bench.walkedGate), median(bench.floor)),
    };
    emit({
      arm: 'gate-unrelated',
      browser: browser.kind,
      page: 'unrelated-100KB',
      reps: REPS,
      warmupRuns: WARMUP,
      textChars: bench.textChars,
      relevant: bench.relevant,
      reason: bench.reason,
      gateMs: round(gateMs, 3),
      gateMsRange: [round(Math.min(...bench.gate), 3), round(Math.max(...bench.gate), 3)],
      floorMs: round(median(bench.floor), 3),
      coldFirstRunMs: round(bench.first, 3),
      shippedPackGateMs: round(median(shipped.gate), 3),
      shippedPackFloorMs: round(median(shipped.floor), 3),
      ...figures,
      walkedGateMs: round(median(bench.walkedGate), 3),
      what: 'gate = readPage + gate (the start-up road: metadata, one textContent of the article and the alias pass; walked only where it names someone); walkedGate = extract + gate, block by block (the old measure); floor = TreeWalker + join + lowercase + the same pattern; taking turns, medians',
    });
    return figures;
  } finally {
    await page.close();
  }
}
