/**
 * The one road a page's text takes: extract → gate → finish → plan → anchor → render. Each step is an exported
 * function; gate.js for the session (extract, gate), the badges feature (all of them), the bench and the tests call these
 * same functions. Packs are passed in, never imported here: gate.js (lib/content/road.ts) must not pull
 * in the full pack by importing this module.
 */
import { extractPage, findMainRoot, type ExtractedPage } from '../dom/extract';
import { readMetadata } from '../dom/metadata';
import { beforeWindow, gatePage, readText, type GateStage, type ReadText } from '../engine/gate';
import { mayNameAnyone, pageTextForPrefilter } from '../engine/prefilter';
import { finishScan } from '../engine/scan';
import { findFigures } from '../engine/scan';
import { findMentions, prepareText } from '../engine/mentions';
import { resolveStrength } from '../engine/gate';
import type { FigureMatch, Mention, ScanResult } from '../engine/types';
import type { GatePack, RuntimePack } from '../pack/compile';
import type { Density } from '../settings';
import type { BadgeSpec } from './badge-host';
import {
  addHighlights,
  anchorBadges,
  insertBadges,
  planBadges,
  type BadgeAnchor,
  type BadgeRequest,
  type Marks,
  type PlacedBadges,
} from './marks';

/** About 10 ms of style and layout per slice on a long page. */
export const BADGES_PER_SLICE = 40;

/** 1. The page's readable text as blocks, and its metadata. */
export function extract(doc: Document): ExtractedPage {
  return extractPage(doc);
}

/**
 * 1. at start-up and when an unrelated page grew: the metadata first, and the blocks only for a page the gate could
 * let through. A page dated before the pack's window, or whose text names nobody of the pack (lib/engine/prefilter.ts),
 * is not walked: it gets its metadata and no blocks, and the gate gives it the verdict a full pass would
 * ('before-window', 'no-mention').
 */
export function readPage(doc: Document, pack: GatePack): ExtractedPage {
  const read = readPageInSteps(doc, pack);
  return typeof read === 'function' ? read() : read;
}

/**
 * `readPage` in two steps, for the session's start-up: the page turned down (metadata only), or the walk still to do,
 * which the session runs in a task of its own (on a 1 MB page the two together passed the 50 ms of a long task).
 */
export function readPageInSteps(doc: Document, pack: GatePack): ExtractedPage | (() => ExtractedPage) {
  const meta = readMetadata(doc);
  if (beforeWindow(meta, pack)) return { blocks: [], meta };
  const root = findMainRoot(doc);
  if (!root || !mayNameAnyone(pack, pageTextForPrefilter(doc, root, [meta.title, meta.ogTitle]))) return { blocks: [], meta };
  return () => extractPage(doc, { meta, root });
}

/**
 * 1′. A live batch: only the blocks holding `changed` nodes, read with the article and metadata of `page` (the last
 * full pass). The rest of the page is not read again. Falls back to a full pass when the article itself was replaced.
 * Stage two reads it through the session (`session.readChanged`): annotate.js carries no extractor of its own.
 */
export function extractChanged(doc: Document, page: ExtractedPage, changed: readonly Node[]): ExtractedPage {
  if (!page.root?.isConnected) return extractPage(doc);
  return extractPage(doc, { within: changed, root: page.root, meta: page.meta });
}

/** 1½. The page's text normalised and its names read, for the gate: on a long page, a task of its own. */
export function prepare(page: ExtractedPage, pack: GatePack): ReadText {
  return readText(page.blocks, pack);
}

/** 2. The cheap verdict every page gets: names, date, headline; no figures. `read`: `prepare(page, pack)`, if done. */
export function gate(page: ExtractedPage, pack: GatePack, read?: ReadText): GateStage {
  return gatePage(page.blocks, page.meta, pack, read);
}

/** 3. Figures and claims for a page the gate let through (or a near miss the figures may carry over). */
export function finish(page: ExtractedPage, stage: GateStage, pack: RuntimePack): ScanResult {
  return finishScan(stage, page.blocks, page.meta, pack);
}

/** Block element → its text when last scanned: an unchanged block is never scanned again. */
export type ScannedBlocks = WeakMap<Element, string>;

export function markScanned(page: ExtractedPage, scanned: ScannedBlocks): void {
  for (const b of page.blocks) if (b.element) scanned.set(b.element, b.text);
}

/**
 * 3′. For a page already known to be relevant: mentions and figures in the blocks of `page` that are new or
 * changed since the last scan, in `page`'s block indices. One new paragraph is annotated without another gate
 * (alone it would rarely pass it). `page` may hold only the changed part of the document.
 */
export function rescan(
  page: ExtractedPage,
  scanned: ScannedBlocks,
  known: readonly Mention[],
  pack: RuntimePack,
): { mentions: Mention[]; figures: FigureMatch[] } {
  const fresh: number[] = [];
  page.blocks.forEach((b, i) => {
    if (b.kind !== 'title' && b.element && b.nodes && scanned.get(b.element) !== b.text) fresh.push(i);
  });
  for (const i of fresh) scanned.set(page.blocks[i]!.element!, page.blocks[i]!.text);
  if (!fresh.length) return { mentions: [], figures: [] };
  const blocks = fresh.map((i) => page.blocks[i]!);
  const prepared = prepareText(blocks);
  const mentions = findMentions(pack, prepared);
  // A weak name turns strong next to an entity named anywhere on the page, not only in the new text.
  resolveStrength(pack, [...known, ...mentions]);
  const figures = findFigures(pack, blocks, page.meta, prepared, [...mentions]);
  return {
    mentions: mentions.map((m) => ({ ...m, block: fresh[m.block]! })),
    figures: figures.map((f) => ({ ...f, block: fresh[f.block]! })),
  };
}

export interface BadgeSpecs {
  figureSpec(figure: FigureMatch): BadgeSpec;
  topicSpec(mention: Mention): BadgeSpec;
  /** The whole page, nothing badged yet: a relevant page gets at least one badge (marks.ts `atLeastOne`). */
  atLeastOne?: boolean;
}

/** 4. Which badges the page gets under a density setting. Pure. */
export function plan(page: ExtractedPage, result: ScanResult, density: Density, specs: BadgeSpecs): BadgeRequest[] {
  return planBadges({ page, result, density, ...specs });
}

/** 5. Live ranges for the planned badges not placed yet, taken before anything is inserted. */
export function anchor(doc: Document, page: ExtractedPage, requests: BadgeRequest[], placed: PlacedBadges): BadgeAnchor[] {
  return anchorBadges(doc, page, requests, placed);
}

export interface RenderOptions {
  highlightMentions: boolean;
  density: Density;
  /** How many badges go in now; the rest are returned for later slices. Default: all. */
  now?: number;
}

/**
 * 6. Highlights for the scan, then the first badges in document order (the top of the article, where a page
 * opens). Returns the anchors still to insert, one slice per frame (see `insertSlice`).
 */
export function render(
  doc: Document,
  page: ExtractedPage,
  result: ScanResult,
  anchors: readonly BadgeAnchor[],
  placed: PlacedBadges,
  marks: Marks,
  options: RenderOptions,
): BadgeAnchor[] {
  addHighlights(doc, page, result, marks, options);
  const now = options.now ?? anchors.length;
  insertBadges(anchors.slice(0, now), placed, marks);
  return anchors.slice(now);
}

/** Insert the next slice of queued anchors; returns what is left. */
export function insertSlice(queue: readonly BadgeAnchor[], placed: PlacedBadges, marks: Marks, size = BADGES_PER_SLICE): BadgeAnchor[] {
  insertBadges(queue.slice(0, size), placed, marks);
  return queue.slice(size);
}
