import { equal, ok, page, test } from './harness';
import { extractPage } from '@/lib/dom/extract';
import { anchorBadges, clearMarks, createMarks, insertBadges, type BadgeRequest } from '@/lib/content/marks';

const ARTICLE = `<article><h1>Clashes on the Durand Line</h1>
<p id="a">Mujahid said 58 Pakistani soldiers were killed; ISPR said 23 troops.</p>
<p id="b">Across <b>two</b> nodes: 30 wounded.</p></article>`;

const spec = { kind: 'figure' as const, label: 'claim', ariaLabel: 'claim' };

test('insertBadges puts each badge right after its figure, keeps the text, and clearMarks re-joins what it split', () => {
  const doc = page(ARTICLE);
  const before = doc.body.textContent;
  const nodesBefore = [...doc.querySelectorAll('p')].map((p) => p.childNodes.length);
  const extracted = extractPage(doc);
  const at = (id: string, phrase: string) => {
    const i = extracted.blocks.findIndex((b) => b.element?.id === id);
    const end = extracted.blocks[i]!.text.indexOf(phrase) + phrase.length;
    return { block: i, at: end, spec, key: `f:${phrase}` } as BadgeRequest;
  };
  const plan = [at('a', '58 Pakistani soldiers'), at('a', '23 troops'), at('b', '30 wounded')];
  const marks = createMarks();
  const placed = new WeakMap<Element, Set<string>>();
  insertBadges(anchorBadges(doc, extracted, plan, placed), placed, marks);
  equal(marks.badges.length, 3, 'badges');
  const phrases = ['58 Pakistani soldiers', '23 troops', '30 wounded'];
  equal(
    marks.badges.map((b, i) => (b.previousSibling?.textContent ?? '').endsWith(phrases[i]!)),
    [true, true, true],
    'text before each badge',
  );
  // The page's text is unchanged: the badges' own text is in their shadow roots.
  equal(doc.body.textContent, before, 'text');
  // Placed again: nothing twice.
  insertBadges(anchorBadges(doc, extractPage(doc), plan, placed), placed, marks);
  equal(doc.querySelectorAll('claimlens-badge').length, 3, 'badges after a second pass');
  clearMarks(doc, marks);
  equal(doc.querySelectorAll('claimlens-badge').length, 0, 'badges after clear');
  equal(
    [...doc.querySelectorAll('p')].map((p) => p.childNodes.length),
    nodesBefore,
    'text nodes re-joined',
  );
  equal(doc.body.textContent, before, 'text after clear');
});

test('a badge whose text the page removed meanwhile is skipped, not put somewhere else', () => {
  const doc = page(ARTICLE);
  const extracted = extractPage(doc);
  const i = extracted.blocks.findIndex((b) => b.element?.id === 'a');
  const request = { block: i, at: 21, spec, key: 'f:x' } as BadgeRequest;
  const marks = createMarks();
  const placed = new WeakMap<Element, Set<string>>();
  const anchors = anchorBadges(doc, extracted, [request], placed);
  doc.getElementById('a')!.firstChild!.remove();
  insertBadges(anchors, placed, marks);
  ok(!doc.querySelector('claimlens-badge'), 'no badge for removed text');
});
