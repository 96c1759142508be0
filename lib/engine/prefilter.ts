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

/** Whether `text` (a page's titles and article together) names an entity of the pack, as the gate reads names. */
export function mayNameAnyone(pack: GatePack, text: string): boolean {
  return findAliases(pack, normalize(text)).length > 0;
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
