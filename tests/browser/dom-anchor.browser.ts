import { equal, ok, page, test } from './harness';
import { anchorSelectors, describeRange, indexText, spanText } from '@/lib/notes/dom-anchor';

test('a real selection made by the browser (double and triple click shapes) maps to the text the reader sees', () => {
  const doc = page('<p id="a">The crossing at <b>Torkham</b> stayed closed.</p><p id="b">Trade <i>waited</i>.</p>');
  const selection = getSelection()!;
  // A triple-click selection: from the start of one paragraph to the start of the next.
  selection.removeAllRanges();
  const range = doc.createRange();
  range.setStart(doc.getElementById('a')!, 0);
  range.setEnd(doc.getElementById('b')!, 0);
  selection.addRange(range);
  const index = indexText(doc.body);
  equal(describeRange(index, selection.getRangeAt(0))!.quote.exact, 'The crossing at Torkham stayed closed.', 'triple click');
  // Selection.modify extends by a word, as a reader's double click would select one.
  selection.collapse(doc.querySelector('b')!.firstChild!, 2);
  selection.modify('move', 'backward', 'word');
  selection.modify('extend', 'forward', 'word');
  equal(describeRange(index, selection.getRangeAt(0))!.quote.exact, 'Torkham', 'a word');
  selection.removeAllRanges();
});

test('anchoring survives the page splitting and re-joining its text nodes', () => {
  const doc = page('<p id="a">Mujahid said 58 Pakistani soldiers were killed.</p>');
  const text = doc.getElementById('a')!.firstChild as Text;
  const range = doc.createRange();
  range.setStart(text, 13);
  range.setEnd(text, 34);
  const selectors = describeRange(indexText(doc.body), range)!;
  text.splitText(20);
  text.splitText(5);
  const again = anchorSelectors(indexText(doc.body), selectors)!;
  const fresh = indexText(doc.body);
  ok(again, 'anchored');
  equal(spanText(fresh, again.span), '58 Pakistani soldiers', 'text');
});

interface Baseline {
  page: string;
  paragraph: number;
  selectors: unknown;
}

/**
 * Hypothesis-style baselines: selectors captured on real pages with the browser's own ranges, pinned in
 * selector-baselines.json. A change in how ClaimLens describes or re-finds a passage shows up here as a diff.
 */
test('selectors on real pages match the pinned baselines and anchor back to the same text', async () => {
  const pinned = (globalThis as { __pinned?: Baseline[] }).__pinned ?? [];
  const computed: Baseline[] = [];
  const pages = (globalThis as { __pages?: string[] }).__pages ?? [];
  for (const path of pages) {
    const html = await (await fetch(path)).text();
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const doc = page(parsed.body.innerHTML.replace(/<script[\s\S]*?<\/script>/gi, ''));
    const paragraphs = [...doc.querySelectorAll('p')].filter((p) => (p.textContent ?? '').length > 80);
    for (const paragraph of [1, 3]) {
      const p = paragraphs[paragraph];
      if (!p) continue;
      const walker = doc.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const first = walker.nextNode() as Text;
      const range = doc.createRange();
      range.setStart(first, Math.min(10, first.length));
      range.setEnd(p, p.childNodes.length);
      const index = indexText(doc.body);
      const selectors = describeRange(index, range)!;
      computed.push({ page: path, paragraph, selectors });
      const back = anchorSelectors(indexText(doc.body), selectors)!;
      equal(spanText(indexText(doc.body), back.span), selectors.quote.exact, `${path} #${paragraph} anchors back`);
    }
  }
  (globalThis as { __computed?: Baseline[] }).__computed = computed;
  ok(computed.length >= 4, 'baselines computed');
  if (pinned.length) equal(computed, pinned, 'selectors against the pinned baselines');
});
