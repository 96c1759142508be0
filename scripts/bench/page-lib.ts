/**
 * The bench's in-page library: bundled by scripts/bench/bundle.ts into one IIFE that sets
 * `window.claimlensBench`. Every arm runs here, in the page, on the same DOM, reset from the stored body HTML
 * before each repetition. Timings: script (the arm itself) and script + one forced layout (offsetHeight read
 * right after), which is what a reader waits for.
 */
import { extractPage, findMainRoot, locate } from '@/lib/dom/extract';
import { readMetadata } from '@/lib/dom/metadata';
import {
  findFigures,
  findMentions,
  patternOf,
  prepareText,
  scanDocument,
  scoreMentions,
  type FigureMatch,
  type Mention,
  type RuntimePack,
} from '@/lib/engine';
import { normalize } from '@/lib/text/normalize';
import { addHighlights, anchorBadges, applyMarks, createMarks, insertBadges, planBadges, registerMarkStyles } from '@/lib/content/marks';
import type { BadgeSpec } from '@/lib/content/badge-host';
import { runtimePack } from '@/lib/pack/bundled-runtime';

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
function floor(variant: 'lower-gu' | 'raw-giu' = 'lower-gu'): Record<string, unknown> {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
  let text = parts.join('');
  if (variant === 'lower-gu') text = text.toLowerCase();
  const re = new RegExp(pack.pattern, variant === 'lower-gu' ? 'gu' : 'giu');
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
function freshPlaced(): Parameters<typeof applyMarks>[4] {
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

/** Gate + scan, as stage one of the content script does it. */
function oursScan(): Record<string, unknown> {
  const page = extractPage(document);
  const result = scanDocument(page.blocks, page.meta, pack);
  return {
    relevant: result.relevant,
    reason: result.reason,
    mentions: result.mentions.length,
    figures: result.figures.length,
    blocks: page.blocks.length,
  };
}

/**
 * Gate + scan + rendering marks as the extension does it: highlights on strong mentions and figures, and the
 * first slice of badges in document order (the top of the article, what the reader waits for); the rest are
 * counted as deferred, since the extension inserts them afterwards in slices, one per frame.
 */
function oursRender(): Record<string, unknown> {
  const page = extractPage(document);
  const result = scanDocument(page.blocks, page.meta, pack);
  registerMarkStyles(document);
  const plan = planBadges({ page, result, density: 'entities', figureSpec, topicSpec });
  const marks = createMarks();
  const placed = freshPlaced();
  const anchors = anchorBadges(document, page, plan, placed);
  addHighlights(document, page, result, marks, { highlightMentions: true, density: 'entities' });
  // The extension's first slice (lib/content/annotate.ts: 40 badges in document order); the rest follow per frame.
  const near = anchors.slice(0, 40);
  const later = anchors.slice(40);
  insertBadges(near, placed, marks);
  return {
    relevant: result.relevant,
    mentions: result.mentions.length,
    figures: result.figures.length,
    badges: marks.badges.length,
    badgesDeferred: later.length,
    highlightRanges: marks.mentionRanges.length + marks.figureRanges.length,
  };
}

/** The same, with every badge inserted at once (for reference: what slicing saves the reader). */
function oursRenderAll(): Record<string, unknown> {
  const page = extractPage(document);
  const result = scanDocument(page.blocks, page.meta, pack);
  registerMarkStyles(document);
  const plan = planBadges({ page, result, density: 'entities', figureSpec, topicSpec });
  const marks = createMarks();
  applyMarks(document, page, result, plan, freshPlaced(), marks, { highlightMentions: true, density: 'entities' });
  return {
    relevant: result.relevant,
    mentions: result.mentions.length,
    figures: result.figures.length,
    badges: marks.badges.length,
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
  'ours-render': oursRender,
  'ours-render-all': oursRenderAll,
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
 * Gate + scan without touching the DOM, so no reset is needed: for the unrelated page and the real pages.
 * Returns the time of each measured run, the time of the very first run (cold code: what a content script
 * pays on its one run per page), and the size of the text it read.
 */
async function gate(
  reps: number,
  warmup = 1,
  pause = true,
): Promise<{ times: number[]; first: number; textChars: number; relevant: boolean; reason: string }> {
  const times: number[] = [];
  let first = Number.NaN;
  let textChars = 0;
  let relevant = false;
  let reason = '';
  for (let i = 0; i < warmup + reps; i++) {
    // Nothing to lay out or paint between runs: the gate does not touch the DOM, and allocates too little to
    // need a collection (a full gc() costs more than the gate on a small page).
    // With page scripts off, timers never fire: then the runs follow each other directly.
    if (pause) await settle(false);
    const t0 = performance.now();
    const page = extractPage(document);
    const result = scanDocument(page.blocks, page.meta, pack);
    const t1 = performance.now();
    if (i === 0) first = t1 - t0;
    if (i >= warmup) times.push(t1 - t0);
    textChars = page.blocks.reduce((sum, b) => sum + b.text.length, 0);
    relevant = result.relevant;
    reason = result.reason;
  }
  return { times, first, textChars, relevant, reason };
}

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
    const page = extractPage(document);
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
    const plan = planBadges({ page, result, density: 'entities', figureSpec, topicSpec });
    lap('planBadges');
    const marks = createMarks();
    applyMarks(document, page, result, plan, freshPlaced(), marks, { highlightMentions: true, density: 'entities' });
    lap('applyMarks');
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
  gate,
  profile,
  floor,
  oursScan,
  oursRender,
  extractPage,
  scanDocument,
  planBadges,
  applyMarks,
  registerMarkStyles,
  shippedPack: runtimePack,
  get pack() {
    return pack;
  },
};
export type ClaimlensBench = typeof api;
(globalThis as { claimlensBench?: ClaimlensBench }).claimlensBench = api;
