import { equal, ok, page, test } from './harness';
import { extendHighlight, registerHighlightStyle, registerPrivateHighlightStyle, setHighlight } from '@/lib/dom/highlight';

const rangeOf = (el: Element) => {
  const r = document.createRange();
  r.selectNodeContents(el);
  return r;
};

test('mentions go in the Highlight API; a note never does, and leaves nothing readable once cleared', () => {
  const doc = page('<p id="m">Durand Line</p><p id="n">my private passage</p>');
  registerHighlightStyle('claimlens-mention', { background: 'rgba(255, 205, 64, 0.30)' });
  registerPrivateHighlightStyle('claimlens-note', { background: 'rgba(255, 196, 0, 0.32)' });
  setHighlight('claimlens-mention', [rangeOf(doc.getElementById('m')!)]);
  setHighlight('claimlens-note', [rangeOf(doc.getElementById('n')!)]);
  equal(CSS.highlights.has('claimlens-mention'), true, 'mention in CSS.highlights');
  equal(CSS.highlights.has('claimlens-note'), false, 'note in CSS.highlights');
  // The note's boxes: one host, its shadow root closed (the page gets null), no size of its own.
  const host = document.querySelector('claimlens-overlay') as HTMLElement;
  ok(host, 'overlay host');
  equal(host.shadowRoot, null, 'shadow root seen from the page');
  equal([host.getBoundingClientRect().width, host.getBoundingClientRect().height], [0, 0], 'host size');
  // No ::highlight(claimlens-note) colour is readable from the page's styles.
  const rules = [...document.adoptedStyleSheets, ...document.styleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText));
  ok(!rules.some((r) => r.includes('claimlens-note')), 'note colour in the page styles');
  ok(
    rules.some((r) => r.includes('claimlens-mention')),
    'mention colour present',
  );
  setHighlight('claimlens-note', []);
  equal(document.querySelector('claimlens-overlay'), null, 'overlay after clearing');
  setHighlight('claimlens-mention', []);
  equal(CSS.highlights.has('claimlens-mention'), false, 'mention after clearing');
});

test('where the Highlight API is missing, every highlight falls back to the overlay', () => {
  const doc = page('<p id="m">Torkham</p>');
  const saved = (window as { Highlight?: unknown }).Highlight;
  (window as { Highlight?: unknown }).Highlight = undefined;
  try {
    setHighlight('claimlens-mention', [rangeOf(doc.getElementById('m')!)]);
    equal(CSS.highlights.has('claimlens-mention'), false, 'in CSS.highlights');
    ok(document.querySelector('claimlens-overlay'), 'overlay host');
    setHighlight('claimlens-mention', []);
    equal(document.querySelector('claimlens-overlay'), null, 'overlay after clearing');
  } finally {
    (window as { Highlight?: unknown }).Highlight = saved;
  }
});

test('more ranges go into our own highlight; one the page put under our name gets none of them', () => {
  const doc = page('<p id="a">Torkham</p><p id="b">Chaman</p><p id="c">Spin Boldak</p>');
  const [a, b, c] = ['a', 'b', 'c'].map((id) => rangeOf(doc.getElementById(id)!));
  setHighlight('claimlens-mention', [a!]);
  const ours = CSS.highlights.get('claimlens-mention')!;
  extendHighlight('claimlens-mention', [b!], [a!, b!]);
  equal(CSS.highlights.get('claimlens-mention') === ours, true, 'the same highlight object');
  equal(ours.size, 2, 'ranges in ours after one more');
  // The page registers its own object under the name (to collect what we highlight): it never receives a range.
  const pages = new Highlight();
  CSS.highlights.set('claimlens-mention', pages);
  extendHighlight('claimlens-mention', [c!], [a!, b!, c!]);
  equal(pages.size, 0, "ranges in the page's object");
  const now = CSS.highlights.get('claimlens-mention')!;
  equal(now === pages, false, "the page's object still registered");
  equal(now.size, 3, 'ranges in ours, set anew');
  setHighlight('claimlens-mention', []);
  equal(CSS.highlights.has('claimlens-mention'), false, 'after clearing');
});
