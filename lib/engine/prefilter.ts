/**
 * The gate's cheapest answer, before the page's text is extracted: can this page name anyone of the pack at all?
 * Most pages a reader opens name nobody of the conflict, and the gate turns a page without a single name down
 * ('no-mention'). This reads the article's text in one native `textContent` and runs the gate's own alias reading
 * (lib/engine/matcher.ts `findAliases`: the one pattern, word boundaries, case where a name needs it) over it, so
 * such a page is never walked block by block.
 *
 * The text it reads holds every block the extractor can take (the article, a headline outside it, the title and
 * og:title), so it finds every name the gate would, but for one case: `textContent` runs two blocks together, and a
 * name that starts a block right after a letter ("…PeshawarUN said", no space in the markup) fails its word
 * boundary here. tests/unit/engine/prefilter.test.ts checks that the verdicts are the full road's on every labelled
 * page, every corpus article in a real site's markup, and the 65 real pages.
 */
import { normalize } from '../text/normalize';
import type { GatePack } from '../pack/runtime-types';
import { findAliases } from './matcher';

/** How much text is read at a time: a page that names someone early (every relevant page) stops after one piece. */
export const PREFILTER_PIECE = 32_768;
/** Each piece reads on at least this far into the next (twice the longest key, if longer), so that a name across the cut is whole in one piece. */
export const PREFILTER_OVERLAP = 256;
const overlaps = new WeakMap<GatePack, number>();
function overlapFor(pack: GatePack): number {
  let overlap = overlaps.get(pack);
  if (overlap === undefined) {
    overlap = PREFILTER_OVERLAP;
    for (const a of pack.aliases) if (a) overlap = Math.max(overlap, 2 * a.key.length);
    overlaps.set(pack, overlap);
  }
  return overlap;
}

/**
 * Whether `text` (a page's titles and article together) names an entity of the pack, as the gate reads names.
 * Read piece by piece and stopped at the first name: a relevant 1 MB page cost a whole normalisation and a whole
 * alias pass here (about 70 ms in Chromium) before the gate did both again. A cut can only add a name (a piece that
 * starts inside a word), never lose one: a key is at most half the overlap, and the full road decides after.
 */
export function mayNameAnyone(pack: GatePack, text: string): boolean {
  const overlap = text.length > PREFILTER_PIECE ? overlapFor(pack) : 0;
  for (let start = 0; start < text.length; start += PREFILTER_PIECE) {
    const piece = text.length <= PREFILTER_PIECE ? text : text.slice(start, start + PREFILTER_PIECE + overlap);
    if (findAliases(pack, normalize(piece)).length > 0) return true;
  }
  return false;
}

/**
 * The text `mayNameAnyone` reads from a document: every text the extractor can take from it, each read natively
 * once: the titles, the article (`root`, lib/dom/extract.ts findMainRoot, script text and all) and the page's
 * headline when it stands outside the article (the extractor's rule).
 */
export function pageTextForPrefilter(doc: Document, root: Element, titles: readonly (string | undefined)[]): string {
  const headline = root.getElementsByTagName('h1')[0] ?? doc.body?.getElementsByTagName('h1')[0];
  const outside = headline && !root.contains(headline) ? headline.textContent : '';
  return `${titles.filter(Boolean).join('\n')}\n${outside}\n${root.textContent ?? ''}`;
}
