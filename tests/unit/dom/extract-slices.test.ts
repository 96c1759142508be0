/**
 * The walk in slices (lib/dom/extract.ts `extractPageInSlices`): the same page as one walk, however it is cut, and
 * the page as it stands at the end when the page's own script changes it between slices. A slice of 0 ms stops at
 * every look at the clock (every 256 nodes), so a page of a few thousand nodes takes many slices.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage, extractPageInSlices, type ExtractedPage } from '../../../lib/dom/extract';

/** A long article with a headline outside it, nested inline elements and skipped parts, as real pages have. */
function longPage(paragraphs = 400): Document {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    body.push(`<p id="p${i}">Paragraph ${i}: fire along the <b>Durand <i>Line</i></b> near Torkham, said <a href="#">officials</a>.</p>`);
    if (i % 50 === 7) body.push(`<aside class="related"><p>Related ${i}</p></aside><h2>Section ${i}</h2>`);
  }
  const html = `<!doctype html><html lang="en"><head><title>Long page</title></head><body>
<header><h1>Clashes on the <em>border</em></h1></header>
<div class="article-content">${body.join('\n')}</div></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

/** What a page reads as: each block's kind, text and element, and its nodes' offsets. */
function shape(page: ExtractedPage) {
  return page.blocks.map((b) => ({
    kind: b.kind,
    text: b.text,
    id: b.element?.getAttribute('id') ?? b.element?.tagName,
    offsets: b.offsets,
  }));
}

/** Run the sliced walk to its end; `between(n)` runs after slice n when it did not finish. */
function runSliced(doc: Document, between: (slice: number) => void = () => {}): { page: ExtractedPage; slices: number } {
  const step = extractPageInSlices(doc, {}, { sliceMs: 0 });
  for (let slices = 1; slices < 10_000; slices++) {
    const page = step();
    if (page) return { page, slices };
    between(slices);
  }
  throw new Error('the walk never ended');
}

describe('extractPageInSlices', () => {
  it('gives the page one walk gives, in many slices', () => {
    const doc = longPage();
    const whole = extractPage(doc);
    const { page, slices } = runSliced(doc);
    expect(slices).toBeGreaterThan(5);
    expect(shape(page)).toEqual(shape(whole));
    expect(page.blocks.length).toBeGreaterThan(400);
  });

  it('reads a change the page made between slices, in the part already walked or still ahead', () => {
    for (const where of ['p2', 'p390']) {
      const doc = longPage();
      const { page } = runSliced(doc, (slice) => {
        if (slice !== 2) return;
        // The page's own script, between two slices: a paragraph rewritten, another removed, one added.
        doc.getElementById(where)!.firstChild!.textContent = 'Rewritten: Kabul says the ceasefire holds. ';
        doc.getElementById('p200')!.remove();
        const added = doc.createElement('p');
        added.id = 'added';
        added.textContent = 'Added while walked: Chaman reopened.';
        doc.getElementById('p5')!.after(added);
      });
      // The page as it stands at the end, as one walk would read it now.
      expect(shape(page)).toEqual(shape(extractPage(doc)));
      expect(page.blocks.some((b) => b.text.startsWith('Rewritten: Kabul'))).toBe(true);
      expect(page.blocks.some((b) => b.element?.id === 'p200')).toBe(false);
      for (const b of page.blocks) if (b.nodes) expect(b.nodes.map((n) => n.data).join('')).toBe(b.text);
    }
  });

  it('walks a page that never stops changing to its end', () => {
    const doc = longPage();
    let n = 0;
    const { page } = runSliced(doc, () => {
      const p = doc.createElement('p');
      p.textContent = `Feed item ${n++}`;
      doc.querySelector('.article-content')!.append(p);
    });
    // A few restarts, then the rest in one go: the page as it stood when that last walk began.
    expect(n).toBeLessThan(200);
    expect(shape(page)).toEqual(shape(extractPage(doc)));
  });
});
