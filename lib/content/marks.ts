/**
 * Turns a scan into marks on the page: highlights for mentions and figures (no element added), and
 * `<claimlens-badge>` hosts after the figures and the first strong mention of each entity per section.
 * Every position becomes a live Range before anything is inserted, so a text node split by one badge
 * never shifts the next.
 */
import type { ExtractedBlock, ExtractedPage } from '../dom/extract';
import { locate } from '../dom/block-offsets';
import type { FigureMatch, Mention, ScanResult } from '../engine';
import type { Density } from '../settings';
import { extendHighlight, setHighlight, registerHighlightStyle } from '../dom/highlight';
import { createBadge, type BadgeSpec } from './badge-host';

export const MENTION_HIGHLIGHT = 'claimlens-mention';
export const FIGURE_HIGHLIGHT = 'claimlens-figure';

export interface BadgeRequest {
  block: number;
  /** Offset in the block's text after which the badge goes. */
  at: number;
  spec: BadgeSpec;
  /** Identity of this badge inside its block element across rescans: the same figure or mention is never badged twice. */
  key: string;
  figure?: FigureMatch;
  mention?: Mention;
}

export interface BadgePlanInput {
  page: ExtractedPage;
  result: ScanResult;
  density: Density;
  figureSpec(figure: FigureMatch): BadgeSpec;
  topicSpec(mention: Mention): BadgeSpec;
  /**
   * The page as a whole, with nothing badged on it yet: under "entities", a relevant page whose names are all weak
   * and whose figures match no claim (a ceasefire told with country names) still gets one badge, on its first
   * name, so that the reader sees the page was recognised and can open the context card.
   */
  atLeastOne?: boolean;
}

function isSectionStart(block: ExtractedBlock): boolean {
  const tag = block.element?.tagName;
  return block.kind === 'headline' || (tag !== undefined && /^H[2-6]$/.test(tag));
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Which badges a page gets under a density setting. Pure: no DOM is touched. */
export function planBadges({ page, result, density, figureSpec, topicSpec, atLeastOne }: BadgePlanInput): BadgeRequest[] {
  const out: BadgeRequest[] = [];
  for (const f of result.figures) {
    if (!page.blocks[f.block]?.nodes) continue;
    out.push({ block: f.block, at: f.end, spec: figureSpec(f), key: `f:${f.start}:${f.claimId}`, figure: f });
  }
  if (density === 'figures') return out;

  const figuresByBlock = new Map<number, FigureMatch[]>();
  for (const f of result.figures) figuresByBlock.set(f.block, [...(figuresByBlock.get(f.block) ?? []), f]);
  let section = 0;
  let lastBlock = -1;
  const seen = new Set<string>();
  const mentions = [...result.mentions].sort((a, b) => a.block - b.block || a.start - b.start);
  let firstWeak: Mention | undefined;
  const topic = (m: Mention): BadgeRequest => ({
    block: m.block,
    at: m.end,
    spec: topicSpec(m),
    key: `m:${m.start}:${m.entityId}`,
    mention: m,
  });
  for (const m of mentions) {
    const block = page.blocks[m.block];
    if (!block?.nodes || block.kind === 'title') continue;
    if (m.block !== lastBlock) {
      for (let b = lastBlock + 1; b <= m.block; b++) if (page.blocks[b] && isSectionStart(page.blocks[b]!)) section++;
      lastBlock = m.block;
    }
    // A mention inside a badged figure ("58 Pakistani soldiers") already has its badge.
    if ((figuresByBlock.get(m.block) ?? []).some((f) => overlaps(f, m))) continue;
    if (density === 'entities' && !m.strong) {
      firstWeak ??= m;
      continue;
    }
    const scope = density === 'all' ? `b${m.block}` : `s${section}`;
    const seenKey = `${scope}:${m.entityId}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    out.push(topic(m));
  }
  if (atLeastOne && out.length === 0 && firstWeak && result.relevant) out.push(topic(firstWeak));
  return out;
}

export function rangeIn(doc: Document, block: ExtractedBlock, start: number, end: number): Range | undefined {
  const a = locate(block, start, 'start');
  // An end at a node boundary belongs to the node before it, not to the start of the next.
  const b = locate(block, end, 'end');
  if (!a || !b) return undefined;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return undefined;
  }
  return range;
}

/** Badge keys already placed, per block element: block indices shift as a page grows, elements don't. */
export type PlacedBadges = WeakMap<Element, Set<string>>;

export interface Marks {
  badges: HTMLElement[];
  /** What each badge stands for: the card reads the figure's own text from here. */
  requests: WeakMap<HTMLElement, BadgeRequest>;
  /** The text each badge is about (live: it follows later splits), for "Save a note" from the card. */
  textRanges: WeakMap<HTMLElement, Range>;
  mentionRanges: Range[];
  figureRanges: Range[];
}

export function createMarks(): Marks {
  return { badges: [], requests: new WeakMap(), textRanges: new WeakMap(), mentionRanges: [], figureRanges: [] };
}

export function registerMarkStyles(doc: Document): void {
  registerHighlightStyle(MENTION_HIGHLIGHT, { background: 'rgba(255, 205, 64, 0.30)', darkBackground: 'rgba(255, 205, 64, 0.22)' }, doc);
  registerHighlightStyle(FIGURE_HIGHLIGHT, { background: 'rgba(120, 160, 255, 0.25)', darkBackground: 'rgba(120, 160, 255, 0.30)' }, doc);
}

/**
 * Insert the planned badges (skipping keys already placed) and add highlight ranges.
 * Returns the new badges; `placed` collects keys across calls.
 */
export interface MarkOptions {
  highlightMentions: boolean;
  density: Density;
}

/** Where one planned badge goes: live ranges, taken before anything is inserted, so they follow later splits. */
export interface BadgeAnchor {
  range: Range;
  /** The text the badge is about (for "Save a note" from the card). */
  text?: Range;
  request: BadgeRequest;
  element?: Element;
}

/** Live anchors for the planned badges not placed yet. Nothing is inserted here. */
export function anchorBadges(doc: Document, page: ExtractedPage, plan: BadgeRequest[], placed: PlacedBadges): BadgeAnchor[] {
  const anchors: BadgeAnchor[] = [];
  for (const request of plan) {
    const block = page.blocks[request.block]!;
    if (block.element && placed.get(block.element)?.has(request.key)) continue;
    const range = rangeIn(doc, block, request.at, request.at);
    const about = request.figure ?? request.mention;
    if (range) anchors.push({ range, request, element: block.element, text: about && rangeIn(doc, block, about.start, about.end) });
  }
  return anchors;
}

/**
 * Insert badges at their anchors. An anchor whose text the page has removed since (its range then falls back to
 * an element boundary) is skipped rather than put somewhere else.
 */
export function insertBadges(anchors: readonly BadgeAnchor[], placed: PlacedBadges, marks: Marks): HTMLElement[] {
  const created: HTMLElement[] = [];
  for (const { range, request, text, element } of anchors) {
    if (!(range.startContainer instanceof Text) || !range.startContainer.isConnected) continue;
    if (element && placed.get(element)?.has(request.key)) continue;
    const badge = createBadge(request.spec);
    if (text) marks.textRanges.set(badge, text);
    // insertNode splits the text node at the range; the other live ranges follow the split.
    range.insertNode(badge);
    marks.requests.set(badge, request);
    if (element) {
      if (!placed.has(element)) placed.set(element, new Set());
      placed.get(element)!.add(request.key);
    }
    created.push(badge);
  }
  marks.badges.push(...created);
  return created;
}

/** Highlight the strong mentions (every mention under density "all") and the figures of a scan. */
export function addHighlights(
  doc: Document,
  page: ExtractedPage,
  result: ScanResult,
  marks: Marks,
  { highlightMentions, density }: MarkOptions,
): void {
  // Weak names (Pakistan, Kabul) are everywhere in such an article: highlighting them all is noise.
  const highlighted = highlightMentions
    ? result.mentions.filter((m) => (density === 'all' || m.strong) && !result.figures.some((f) => f.block === m.block && overlaps(f, m)))
    : [];
  const mentionsBefore = marks.mentionRanges.length;
  const figuresBefore = marks.figureRanges.length;
  for (const m of highlighted) {
    const range = m.block < page.blocks.length ? rangeIn(doc, page.blocks[m.block]!, m.start, m.end) : undefined;
    if (range) marks.mentionRanges.push(range);
  }
  for (const f of result.figures) {
    const range = rangeIn(doc, page.blocks[f.block]!, f.start, f.end);
    if (range) marks.figureRanges.push(range);
  }
  extendHighlight(MENTION_HIGHLIGHT, marks.mentionRanges.slice(mentionsBefore), marks.mentionRanges, doc);
  extendHighlight(FIGURE_HIGHLIGHT, marks.figureRanges.slice(figuresBefore), marks.figureRanges, doc);
}

/** Everything at once: highlights, then every planned badge. */
export function applyMarks(
  doc: Document,
  page: ExtractedPage,
  result: ScanResult,
  plan: BadgeRequest[],
  placed: PlacedBadges,
  marks: Marks,
  options: MarkOptions,
): HTMLElement[] {
  const anchors = anchorBadges(doc, page, plan, placed);
  addHighlights(doc, page, result, marks, options);
  return insertBadges(anchors, placed, marks);
}

export function clearMarks(doc: Document, marks: Marks): void {
  for (const badge of marks.badges) {
    const prev = badge.previousSibling;
    const next = badge.nextSibling;
    badge.remove();
    // Re-join the text node our insertion split, so the page's DOM is as it was.
    if (prev instanceof Text && next instanceof Text) {
      prev.appendData(next.data);
      next.remove();
    }
  }
  marks.badges.length = 0;
  marks.mentionRanges.length = 0;
  marks.figureRanges.length = 0;
  setHighlight(MENTION_HIGHLIGHT, [], doc);
  setHighlight(FIGURE_HIGHLIGHT, [], doc);
}
