/**
 * A page's blocks as one normalised text, and the mentions of the pack's entities in it. This is the cheap
 * first stage that every page goes through; it imports nothing of the figure code.
 */
import type { GatePack } from '../pack/runtime-types';
import { ANCHOR } from '../text/pattern';
import { normalizeParts, type Normalized } from '../text/normalize';
import { findAliases } from './matcher';
import type { Mention, TextBlock } from './types';

/** Blocks joined by a character no alias pattern or word can span. */
const JOIN = '\u0000';

export interface PreparedText {
  norm: Normalized;
  /** Start of each block in the joined original text. */
  blockStarts: number[];
  /** Start of each block in the normalised text. */
  normStarts: number[];
  /** Each block's original text (norm.source is these joined, built only when something asks for it). */
  texts?: readonly string[];
  /** Figure verbs met by the alias pass, [start, end, …] in the normalised text (set by findMentions). */
  anchors?: number[];
  /** The gate's topic words met by the alias pass, [term, start, end, …] in the normalised text (set by findMentions). */
  terms?: number[];
  /** Each mention's start in the normalised text, in the order findMentions returned them. */
  mentionStarts?: number[];
}

export function prepareText(blocks: readonly TextBlock[]): PreparedText {
  const texts: string[] = new Array(blocks.length);
  const blockStarts: number[] = new Array(blocks.length);
  let at = 0;
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i]!.text;
    texts[i] = t;
    blockStarts[i] = at;
    at += t.length + 1;
  }
  // The normaliser knows where each block lands: no second pass over the text looking for JOIN.
  const normStarts: number[] = new Array(blocks.length);
  const norm = normalizeParts(texts, JOIN, normStarts);
  return { norm, blockStarts, normStarts, texts };
}

/** Text for display: a name wrapped over two lines in the HTML source reads as one line. Offsets stay exact. */
export function display(s: string): string {
  return ODD_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}
const ODD_SPACE = /\s\s|[^\S ]/;

/** Index of the block holding joined offset `at`. */
export function blockAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function findMentions(pack: GatePack, prepared: PreparedText): Mention[] {
  const { norm, blockStarts, texts } = prepared;
  const anchors: number[] = [];
  const terms: number[] = [];
  const normStarts: number[] = [];
  const hits = findAliases(pack, norm, anchors, terms, normStarts);
  // Only a pattern that carries the verbs finds them; otherwise the figure reader looks for itself.
  if (carriesAnchors(pack)) prepared.anchors = anchors;
  prepared.terms = terms;
  prepared.mentionStarts = normStarts;
  return hits.map((hit) => {
    const block = blockAt(blockStarts, hit.start);
    const base = blockStarts[block]!;
    // From the block's own text: the joined source need not be built for this.
    const own = texts?.[block];
    const original =
      own !== undefined && hit.end - base <= own.length
        ? own.slice(hit.start - base, hit.end - base)
        : norm.source.slice(hit.start, hit.end);
    return {
      entityId: pack.entities[hit.entity]!.id,
      text: display(original),
      start: hit.start - base,
      end: hit.end - base,
      block,
      entity: hit.entity,
      alias: hit.alias,
      strong: pack.aliases[hit.alias]!.strong,
    };
  });
}

const anchored = new WeakMap<GatePack, boolean>();
function carriesAnchors(pack: GatePack): boolean {
  let yes = anchored.get(pack);
  if (yes === undefined) anchored.set(pack, (yes = Object.values(pack.aliasIndex).includes(ANCHOR)));
  return yes;
}
