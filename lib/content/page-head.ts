/**
 * A very long page (a 1 MB archive, an endless feed grown long, a live blog of many days) is read from its top: the
 * gate decides on its first HEAD_CHARS of text, the badges feature annotates that part (what the reader sees first),
 * and the rest follows in parts of the same size, one task each, read as a live page's new text is (text-road
 * `rescan`). On a 1 MB page the first screen was waiting for the whole page's normalisation, names and figures.
 *
 * Only a page of more than twice HEAD_CHARS is split: below that, the rest would cost almost as much as the whole.
 * A head that the gate turns down decides nothing: the whole page is then gated, as any other page is.
 * Pure and tiny: it runs in the content script that every page loads.
 */
import type { ExtractedPage } from '../dom/extract';

/** How much text an extracted page holds. */
export function textLength(page: ExtractedPage): number {
  let n = 0;
  for (const b of page.blocks) n += b.text.length;
  return n;
}

/** About fifteen thousand words: far more than a screen, and a part one task reads well under 50 ms. */
export const HEAD_CHARS = 100_000;

/** The page's first blocks up to about `chars` of text (whole blocks, at least one) and the rest; undefined for a page not long enough to split. */
export function splitHead(page: ExtractedPage, chars = HEAD_CHARS): { head: ExtractedPage; rest: ExtractedPage } | undefined {
  if (textLength(page) <= 2 * chars) return undefined;
  const cut = cutAfter(page, 0, chars);
  return { head: { ...page, blocks: page.blocks.slice(0, cut) }, rest: { ...page, blocks: page.blocks.slice(cut) } };
}

/** `page` in parts of about `chars` of text each (whole blocks, in document order). */
export function partsOf(page: ExtractedPage, chars = HEAD_CHARS): ExtractedPage[] {
  const parts: ExtractedPage[] = [];
  for (let from = 0; from < page.blocks.length;) {
    const to = cutAfter(page, from, chars);
    parts.push({ ...page, blocks: page.blocks.slice(from, to) });
    from = to;
  }
  return parts;
}

/** The index just after the block where the text from block `from` reaches `chars` (at least one block on). */
function cutAfter(page: ExtractedPage, from: number, chars: number): number {
  let n = 0;
  let i = from;
  while (i < page.blocks.length && (i === from || n < chars)) n += page.blocks[i++]!.text.length;
  return i;
}
