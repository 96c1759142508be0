/**
 * The bench's in-page library: bundled by scripts/bench/bundle.ts into one IIFE that sets
 * `window.claimlensBench`. Every arm runs here, in the page, on the same DOM, reset from the stored body HTML
 * before each repetition. Timings: script (the arm itself) and script + one forced layout (offsetHeight read
 * right after), which is what a reader waits for.
 */
import { findMainRoot } from '@/lib/dom/extract';
import { locate } from '@/lib/dom/block-offsets';
import { readMetadata } from '@/lib/dom/metadata';
import {
  findFigures,
  findMentions,
  patternOf,
  prepareText,
  scoreMentions,
  type FigureMatch,
  type Mention,
  type RuntimePack,
} from '@/lib/engine';
import { normalize } from '@/lib/text/normalize';
import { addHighlights, createMarks, insertBadges, planBadges, registerMarkStyles, type PlacedBadges } from '@/lib/content/marks';
import {
  anchor,
  BADGES_PER_SLICE,
  extract,
  finish,
  gate as gateRoad,
  plan,
  readPage,
  render,
  rescan,
  markScanned,
  type BadgeSpecs,
  type ScannedBlocks,
} from '@/lib/content/text-road';
import { partsOf, splitHead } from '@/lib/content/page-head';
import type { ExtractedPage } from '@/lib/dom/extract';
import type { ScanResult } from '@/lib/engine/types';
import type { BadgeSpec } from '@/lib/content/badge-host';
import { runtimePack } from '@/lib/pack/bundled-runtime';
import { bundledNames } from '@/lib/pack/bundled-names';
import { buildNameIndex } from '@/lib/engine/name-index';
import { firstRead, turnedDown } from '@/lib/content/first-read';
import { gatePack as shippedGatePack } from '@/lib/pack/bundled-gate';
import { useUiLanguage, type Messages } from '@/lib/i18n';
import englishMessages from '@/public/_locales/en/messages.json';

// A plain page has no extension APIs: the badges read their words from the English messages, as a reader's browser
// in English would give them (lib/i18n.ts looks at the chosen messages before browser.i18n).
useUiLanguage({ lang: 'en', version: 'bench', messages: englishMessages as unknown as Messages });

interface MarkInstance {
  markRegExp(re: RegExp, options?: Record<string, unknown>): void;
  mark(keywords: string[], options?: Record<string, unknown>): void;
}
type MarkClass = new (context: Element) => MarkInstance;

export interface RepTiming {
  script: number;
  layout: number;
}

export interface ArmRun {
  reps: RepTiming[];
  /** What the last repetition found (matches, badges…), to show that the arms did comparable work. */
  info: Record<string, unknown>;
}

let pack: RuntimePack = runtimePack;
let storedBody: string | null = null;

function setPack(next: RuntimePack): number {
  pack = next;
  return pack.aliases.length;
}

function usePack(which: 'shipped'): void {
  if (which === 'shipped') pack = runtimePack;
}

/** Remember the page as loaded: every repetition starts from this DOM. */
function snapshot(): { textNodes: number; textChars: number; crossOriginIsolated: boolean } {
  storedBody = document.body.innerHTML;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let textChars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    textNodes++;
    textChars += (n as Text).data.length;
  }
  return { textNodes, textChars, crossOriginIsolated: globalThis.crossOriginIsolated === true };
}

function reset(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.clear();
  if (storedBody !== null) document.body.innerHTML = storedBody;
  void document.body.offsetHeight;
}

/** Let the reset DOM be styled, laid out and painted, and collect garbage, so that no arm pays for the previous one. */
async function settle(frame = true): Promise<void> {
  if (!frame) return void (await new Promise<void>((ok) => setTimeout(ok, 0)));
  await new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise<void>((ok) => setTimeout(ok, 0));
}

// ——— the floor: the least any "find 500 names" can cost ———

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWord(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * TreeWalker(SHOW_TEXT), join, one combined regex (the runtime pack's own pattern), and a JS-side Unicode
 * boundary check on the neighbouring characters. The pattern is written for lowercased text, so the
 * joined text is lowercased first ('lower-gu', the floor of the ratio); 'raw-giu' runs it with the i flag on the
 * text as it is (the perf anchors' variant), for reference.
 */
const floorRegexes = new Map<string, RegExp>();
function floorRegex(pattern: string, flags: string): RegExp {
  const key = `${flags}/${pattern}`;
  let re = floorRegexes.get(key);
  if (!re) floorRegexes.set(key, (re = new RegExp(pattern, flags)));
  return re;
}

function floor(variant: 'lower-gu' | 'raw-giu' = 'lower-gu'): Record<string, unknown> {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
  let text = parts.join('');
  if (variant === 'lower-gu') text = text.toLowerCase();
  // One regex, compiled once per pattern (as the engine's patternOf keeps it): a new RegExp each run would start
  // in V8's regexp interpreter every time and measure that instead.
  const re = floorRegex(pack.pattern, variant === 'lower-gu' ? 'gu' : 'giu');
  re.lastIndex = 0;
  let matches = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isWord(text[start - 1]) || isWord(text[end])) {
      re.lastIndex = start + 1;
      continue;
    }
    matches++;
  }
  return { matches, textNodes: parts.length };
}

// ——— ours ———

/** Badges already placed, per block element: a fresh record per repetition. */
function freshPlaced(): PlacedBadges {
  return new WeakMap();
}

function figureSpec(f: FigureMatch): BadgeSpec {
  const claimant = pack.claimants[f.claimant];
  const label = claimant?.label ?? f.claimant;
  return { kind: 'figure', claimId: f.claimId, side: claimant?.side, label, ariaLabel: `${f.text}: ${label}. Show competing claims.` };
}

function topicSpec(m: Mention): BadgeSpec {
  return { kind: 'topic', entityId: m.entityId, label: 'claims', ariaLabel: `${m.text}: show competing claims and context.` };
}

const specs: BadgeSpecs = { figureSpec, topicSpec };
const DISPLAY = { highlightMentions: true, density: 'entities' } as const;

/**
 * Extract, then the gate: on a very long page, on its head first (lib/content/page-head.ts), as the session does. A
 * head that is relevant is finished alone and the rest is read later, part by part (`restOf`); otherwise the whole
 * page is gated and finished.
 */
function gateAndFinish(): { page: ExtractedPage; result: ScanResult; rest?: ExtractedPage } {
  const whole = extract(document);
  const split = splitHead(whole);
  if (split) {
    const stage = gateRoad(split.head, pack);
    if (stage.gate.relevant) return { page: split.head, result: finish(split.head, stage, pack), rest: split.rest };
  }
  return { page: whole, result: finish(whole, gateRoad(whole, pack), pack) };
}

/** The rest of a long page, part by part, as the badges feature reads it (text-road `rescan`); `each` gets each part's finds. */
function restOf(
  road: { page: ExtractedPage; result: ScanResult; rest?: ExtractedPage },
  each?: (part: ExtractedPage, found: ScanResult) => void,
): { mentions: number; figures: number } {
  const scanned: ScannedBlocks = new WeakMap();
  markScanned(road.page, scanned);
  let known: Mention[] = [...road.result.mentions];
  let mentions = road.result.mentions.length;
  let figures = road.result.figures.length;
  for (const part of road.rest ? partsOf(road.rest) : []) {
    const found = rescan(part, scanned, known, pack);
    known = [...known, ...found.mentions];
    mentions += found.mentions.length;
    figures += found.figures.length;
    each?.(part, { ...road.result, ...found });
  }
  return { mentions, figures };
}

/** The text road up to figures and claims for the whole page (lib/content/text-road.ts), as the extension runs it. */
function oursScan(): Record<string, unknown> {
  const road = gateAndFinish();
  const { page, result } = road;
  const total = restOf(road);
  return {
    relevant: result.relevant,
    reason: result.reason,
    mentions: total.mentions,
    figures: total.figures,
    blocks: page.blocks.length + (road.rest?.blocks.length ?? 0),
    headFirst: road.rest !== undefined,
  };
}

/**
 * The whole road, extract → gate → finish → plan → anchor → render, with the calls the badges feature makes
 * (lib/content/annotate.ts): highlights, then the first slice of badges in document order (the top of the
 * article: the first screen); the rest are left queued, as the extension inserts them one slice per frame.
 * `all`: every badge now (what "every badge is in" costs).
 */
function oursRender(all = false): Record<string, unknown> {
  const road = gateAndFinish();
  const { page, result } = road;
  registerMarkStyles(document);
  const requests = plan(page, result, DISPLAY.density, specs);
  const marks = createMarks();
  const placed = freshPlaced();
  const anchors = anchor(document, page, requests, placed);
  let later = render(document, page, result, anchors, placed, marks, { ...DISPLAY, now: all ? anchors.length : BADGES_PER_SLICE });
  // Every badge: the rest of a long page too, part by part, each part's badges inserted at once.
  const total = all
    ? restOf(road, (part, found) => {
        const partAnchors = anchor(document, part, plan(part, found, DISPLAY.density, specs), placed);
        later = [...later, ...render(document, part, found, partAnchors, placed, marks, { ...DISPLAY, now: partAnchors.length })];
      })
    : { mentions: result.mentions.length, figures: result.figures.length };
  return {
    relevant: result.relevant,
    headFirst: road.rest !== undefined,
    mentions: total.mentions,
    figures: total.figures,
    badges: marks.badges.length,
    badgesDeferred: later.length,
    highlightRanges: marks.mentionRanges.length + marks.figureRanges.length,
  };
}

// ——— mark.js ———

function markClass(): MarkClass {
  const Mark = (globalThis as { Mark?: MarkClass }).Mark;
  if (!Mark) throw new Error('mark.js is not loaded in this page');
  return Mark;
}

/**
 * markRegExp with our pattern. mark.js can't lowercase the page first, so it gets the i flag (as in the perf
 * anchors): otherwise it would miss every capitalised name. It has no boundary check of its own.
 */
function markRegExp(): Record<string, unknown> {
  let matches = 0;
  new (markClass())(document.body).markRegExp(new RegExp(pack.pattern, 'giu'), { done: (n: number) => (matches = n) });
  return { matches };
}

/** mark(array) over the same aliases: one DOM walk per keyword. */
function markArray(): Record<string, unknown> {
  let matches = 0;
  const keywords = pack.aliases.map((a) => a.key);
  new (markClass())(document.body).mark(keywords, { accuracy: 'exactly', separateWordSearch: false, done: (n: number) => (matches = n) });
  return { matches, keywords: keywords.length };
}

const ARMS: Record<string, () => Record<string, unknown>> = {
  floor: () => floor('lower-gu'),
  'floor-raw-giu': () => floor('raw-giu'),
  'ours-scan': oursScan,
  'ours-render': () => oursRender(false),
  'ours-render-all': () => oursRender(true),
  'markjs-markRegExp': markRegExp,
  'markjs-mark-array': markArray,
};

/**
 * Runs each arm `reps` times (after `warmup` unmeasured rounds), each time on a freshly reset DOM. The arms take
 * turns within a round (floor, ours, mark.js, floor, ours, …), so that a busy machine slows them alike.
 */
async function run(arms: string[], reps: number, warmup = 1): Promise<Record<string, ArmRun>> {
  const out: Record<string, ArmRun> = {};
  for (const arm of arms) {
    if (!ARMS[arm]) throw new Error(`no arm ${arm}`);
    out[arm] = { reps: [], info: {} };
  }
  for (let i = 0; i < warmup + reps; i++) {
    for (const arm of arms) {
      reset();
      await settle();
      const t0 = performance.now();
      const info = ARMS[arm]!();
      const t1 = performance.now();
      void document.body.offsetHeight;
      const t2 = performance.now();
      out[arm]!.info = info;
      if (i >= warmup) out[arm]!.reps.push({ script: t1 - t0, layout: t2 - t0 });
    }
  }
  reset();
  return out;
}

/**
 * The gate on a page, against the floor on the same page, taking turns (floor, gate, floor, gate, …) so that a
 * busy machine slows both alike. Gate = extract + gate of the text road with `which` pack (the bench's 500
 * aliases, or the gate pack the content script ships); floor = walk + join + one regex (the same pattern).
 * Neither touches the DOM, so no reset is needed. Returns each measured run, the very first gate run (cold code:
 * what a content script pays on its one run per page), and the size of the text read.
 */
async function gateVsFloor(
  reps: number,
  warmup = 1,
  which: 'bench' | 'shipped' = 'bench',
): Promise<{
  gate: number[];
  walkedGate: number[];
  floor: number[];
  first: number;
  textChars: number;
  relevant: boolean;
  reason: string;
}> {
  const gatePackNow = which === 'shipped' ? shippedGatePack : pack;
  // The shipped pack's words are compiled at build time; the bench pack's are made here, once, as an import's would be.
  const names = which === 'shipped' ? bundledNames : buildNameIndex(pack);
  const floorPack = pack;
  const out = {
    gate: [] as number[],
    walkedGate: [] as number[],
    floor: [] as number[],
    first: Number.NaN,
    textChars: 0,
    relevant: false,
    reason: '',
  };
  for (let i = 0; i < warmup + reps; i++) {
    await settle(false);
    // The gate as the content script runs it at start-up: the first read (metadata, then one word per name,
    // lib/content/first-read.ts), the verdict of a page turned down there, else gate.js's `readPage` (the page is
    // walked only if it names someone) and the gate.
    const t0 = performance.now();
    const first = firstRead(document, names);
    const stage = 'page' in first ? turnedDown(first.page, names) : gateRoad(readPage(document, gatePackNow), gatePackNow);
    const t1 = performance.now();
    if (which === 'shipped') pack = shippedAsRuntime;
    floor('lower-gu');
    pack = floorPack;
    const t2 = performance.now();
    // The whole road, walked block by block whatever the page (the gate of a page that changed under a feature).
    const page = extract(document);
    const walked = gateRoad(page, gatePackNow);
    const t3 = performance.now();
    if (i === 0) out.first = t1 - t0;
    if (i >= warmup) {
      out.gate.push(t1 - t0);
      out.floor.push(t2 - t1);
      out.walkedGate.push(t3 - t2);
    }
    out.textChars = page.blocks.reduce((sum, b) => sum + b.text.length, 0);
    out.relevant = stage.gate.relevant;
    out.reason = stage.gate.reason;
    if (walked.gate.reason !== stage.gate.reason)
      throw new Error(`readPage and the whole road disagree: ${stage.gate.reason} / ${walked.gate.reason}`);
  }
  return out;
}

/** The floor with the shipped pack's pattern (floor() reads only `pattern`). */
const shippedAsRuntime = { ...runtimePack, pattern: shippedGatePack.pattern } as RuntimePack;

/**
 * Where the time of "ours" goes, phase by phase, on the same work as oursRender (figures skipped when the gate
 * says no). Sub-measures (metadata, main root, regex alone) repeat part of a phase on their own: they are not
 * added to the total. Every run is returned: the first one is the coldest (fresh code, fresh DOM wrappers when
 * run in an isolated world, as a content script is).
 */
async function profile(reps: number): Promise<Record<string, number>[]> {
  const out: Record<string, number>[] = [];
  for (let i = 0; i < reps; i++) {
    reset();
    await settle();
    const t: Record<string, number> = {};
    let at = performance.now();
    const lap = (name: string) => {
      const now = performance.now();
      t[name] = now - at;
      at = now;
    };
    const page = extract(document);
    lap('extract');
    const prepared = prepareText(page.blocks);
    lap('normalise');
    const mentions = findMentions(pack, prepared);
    lap('matchAliases');
    const gateResult = scoreMentions(pack, { blocks: page.blocks, meta: page.meta, mentions });
    lap('gateScore');
    const figures = gateResult.relevant ? findFigures(pack, page.blocks, page.meta, prepared, mentions) : [];
    lap('figures');
    const result = { ...gateResult, mentions, figures };
    registerMarkStyles(document);
    const requests = planBadges({ page, result, density: 'entities', figureSpec, topicSpec });
    lap('planBadges');
    const marks = createMarks();
    const placed = freshPlaced();
    const anchors = anchor(document, page, requests, placed);
    addHighlights(document, page, result, marks, DISPLAY);
    insertBadges(anchors.slice(0, BADGES_PER_SLICE), placed, marks);
    lap('renderFirstScreen');
    void document.body.offsetHeight;
    lap('layout');
    // Sub-measures, outside the phases above.
    const s0 = performance.now();
    readMetadata(document);
    const s1 = performance.now();
    findMainRoot(document);
    const s2 = performance.now();
    const re = patternOf(pack);
    re.lastIndex = 0;
    const text = prepared.norm.text;
    while (re.exec(text));
    const s3 = performance.now();
    normalize(prepared.norm.source);
    const s4 = performance.now();
    let located = 0;
    for (const m of mentions) if (locate(page.blocks[m.block]!, m.start)) located++;
    const s5 = performance.now();
    t['sub:extract.readMetadata'] = s1 - s0;
    t['sub:extract.findMainRoot'] = s2 - s1;
    t['sub:matchAliases.regexOnly'] = s3 - s2;
    t['sub:normalise.normalizeOnly'] = s4 - s3;
    t['sub:locateMentions'] = s5 - s4;
    t.badges = marks.badges.length;
    t.mentions = mentions.length;
    t.figuresFound = figures.length;
    t.located = located;
    out.push(t);
  }
  reset();
  return out;
}

const api = {
  setPack,
  usePack,
  snapshot,
  reset,
  run,
  gateVsFloor,
  profile,
  get pack() {
    return pack;
  },
};
export type ClaimlensBench = typeof api;
(globalThis as { claimlensBench?: ClaimlensBench }).claimlensBench = api;
