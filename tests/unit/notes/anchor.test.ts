import { describe, expect, it } from 'vitest';
import { collapseWhitespace, describe as describeQuote, locate } from '../../../lib/notes/anchor';

const ARTICLE =
  'Officials on both sides gave different accounts of the night. A spokesman in Kabul said the posts were taken after ' +
  'a long exchange of fire. The military in Rawalpindi said the attack was repelled and that the posts were taken back ' +
  'by morning. Residents near the crossing said they heard firing until dawn.';

function selectorsFor(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error('fixture quote missing');
  return describeQuote(text, at, at + quote.length);
}

describe('anchoring', () => {
  it('describes a passage with quote, context and position', () => {
    const s = selectorsFor(ARTICLE, 'the attack was repelled');
    expect(s.quote.exact).toBe('the attack was repelled');
    expect(s.quote.prefix.endsWith('Rawalpindi said ')).toBe(true);
    expect(s.quote.suffix.startsWith(' and that')).toBe(true);
    expect(ARTICLE.slice(s.position!.start, s.position!.end)).toBe('the attack was repelled');
  });

  it('finds an unchanged page by position', () => {
    const s = selectorsFor(ARTICLE, 'heard firing until dawn');
    expect(locate(ARTICLE, s)).toMatchObject({ method: 'position', start: s.position!.start });
  });

  it('finds the quote verbatim after text was inserted before it, and picks the right one of two repeats by context', () => {
    const s = selectorsFor(ARTICLE, 'the posts were taken', 1);
    const edited = 'UPDATE: this story was changed. ' + ARTICLE;
    const found = locate(edited, s)!;
    expect(found.method).toBe('exact');
    expect(edited.slice(found.start, found.end)).toBe('the posts were taken');
    // The second occurrence ("... and that the posts were taken back"), not the first.
    expect(edited.slice(found.start - 9, found.start)).toBe('and that ');
  });

  it('finds a quote whose whitespace changed (a re-indented article)', () => {
    const s = selectorsFor(ARTICLE, 'A spokesman in Kabul said');
    const reflowed = ARTICLE.replace('A spokesman in Kabul', 'A spokesman\n      in   Kabul');
    const found = locate(reflowed, s)!;
    expect(found.method).toBe('whitespace');
    expect(reflowed.slice(found.start, found.end)).toBe('A spokesman\n      in   Kabul said');
  });

  it('finds an edited quote approximately, on the edited words', () => {
    const s = selectorsFor(ARTICLE, 'the attack was repelled and that the posts were taken back by morning');
    const edited = ARTICLE.replace('the attack was repelled and that', 'the assault was repelled, and that').replace(
      'by morning',
      'by the morning',
    );
    const found = locate(edited, s)!;
    expect(found.method).toBe('fuzzy');
    expect(found.errors).toBeGreaterThan(0);
    expect(edited.slice(found.start, found.end)).toMatch(
      /^the assault was repelled, and that the posts were taken back by (the )?morning$/,
    );
  });

  it('leaves a note an orphan when its passage is gone, instead of placing it on something else', () => {
    const s = selectorsFor(ARTICLE, 'Residents near the crossing said they heard firing until dawn');
    const rewritten = ARTICLE.replace(/Residents near.*$/, 'Nothing more was reported.');
    expect(locate(rewritten, s)).toBeNull();
    expect(locate('', s)).toBeNull();
  });

  it('never fuzzily places a very short quote', () => {
    const s = describeQuote('the Durand Line', 4, 10);
    expect(locate('the Durant Line', s)).toBeNull();
  });

  it('anchors right-to-left text', () => {
    const urdu = 'سرحد پر رات بھر فائرنگ جاری رہی اور دونوں جانب سے مختلف دعوے سامنے آئے۔';
    const s = selectorsFor(urdu, 'دونوں جانب سے مختلف دعوے');
    const found = locate('تازہ خبر: ' + urdu, s)!;
    expect(found.method).toBe('exact');
  });

  it('maps collapsed whitespace offsets back to the original', () => {
    const c = collapseWhitespace('a  b\n\n c ');
    expect(c.text).toBe('a b c ');
    expect(c.toOriginal(2, 5)).toEqual({ start: 3, end: 8 });
  });
});
