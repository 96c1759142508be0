import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { anchorSelectors, describeRange, indexText, spanText } from '../../../lib/notes/dom-anchor';

function page(body: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  return document as unknown as Document;
}

describe('anchoring in a DOM', () => {
  it('boundary points on elements (a triple-click selection) map to the text around them', () => {
    const doc = page('<p>First.</p><p>Second <i>part</i>.</p>');
    const [p1, p2] = [...doc.querySelectorAll('p')];
    const index = indexText(doc.body);
    const s = describeRange(index, { startContainer: p2!, startOffset: 0, endContainer: p2!, endOffset: p2!.childNodes.length })!;
    expect(s.quote.exact).toBe('Second part.');
    expect(describeRange(index, { startContainer: doc.body, startOffset: 0, endContainer: p1!, endOffset: 1 })!.quote.exact).toBe('First.');
  });

  it('turns a selection across elements into selectors and back into the same range', () => {
    const doc = page('<p>The crossing at <b>Torkham</b> stayed closed.</p><script>var x = "Torkham";</script><p>Trade waited.</p>');
    const index = indexText(doc.body);
    expect(index.text).toBe('The crossing at Torkham stayed closed.Trade waited.');
    const b = doc.querySelector('b')!;
    const range = { startContainer: doc.querySelector('p')!.firstChild!, startOffset: 4, endContainer: b.nextSibling!, endOffset: 7 };
    const selectors = describeRange(index, range)!;
    expect(selectors.quote.exact).toBe('crossing at Torkham stayed');
    const fresh = indexText(doc.body);
    const again = anchorSelectors(fresh, selectors)!;
    expect(spanText(fresh, again.span)).toBe('crossing at Torkham stayed');
    expect(again.span.startContainer).toBe(doc.querySelector('p')!.firstChild);
    expect(again.span.endContainer).toBe(b.nextSibling);
  });

  it('skips ClaimLens elements, so its own badges never shift a note', () => {
    const doc = page('<p>Talks in <claimlens-badge>badge</claimlens-badge>Doha ended.</p>');
    expect(indexText(doc.body).text).toBe('Talks in Doha ended.');
  });

  it('trims whitespace at the ends of a selection and ignores an empty one', () => {
    const doc = page('<p>  one two  </p>');
    const t = doc.querySelector('p')!.firstChild!;
    expect(describeRange(indexText(doc.body), { startContainer: t, startOffset: 0, endContainer: t, endOffset: 11 })!.quote.exact).toBe(
      'one two',
    );
    expect(describeRange(indexText(doc.body), { startContainer: t, startOffset: 0, endContainer: t, endOffset: 1 })).toBeNull();
  });

  it('re-anchors on an edited page with markup changed around the quote', () => {
    const before = page('<p>The ministry said 23 soldiers were killed in the clashes overnight near the border.</p>');
    const idx = indexText(before.body);
    const start = idx.text.indexOf('23 soldiers');
    const node = idx.nodes[0]!;
    const selectors = describeRange(idx, {
      startContainer: node,
      startOffset: start,
      endContainer: node,
      endOffset: start + '23 soldiers were killed in the clashes'.length,
    })!;
    const after = page(
      '<div><p>Update. The ministry said <em>twenty-three</em> soldiers were killed in clashes overnight near the border.</p></div>',
    );
    const afterIndex = indexText(after.body);
    const found = anchorSelectors(afterIndex, selectors)!;
    expect(found.method).toBe('fuzzy');
    expect(spanText(afterIndex, found.span)).toContain('soldiers were killed in clashes');
  });
});
