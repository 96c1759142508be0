/**
 * Hostile text stays text: a title or note full of bidi overrides, HTML and a 100,000-character word. The
 * Markdown export is rendered by markdown-it (CommonMark, raw HTML allowed as a careless reader would) to check
 * that what a viewer shows is exactly the characters written, with no element the note did not ask for.
 */
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { parseHTML } from 'linkedom';
import { inert } from '../../../lib/notes/inert-text';
import { makeNote } from '../../../lib/notes/model';
import { exportMarkdown } from '../../../lib/notes/transfer';

const RLO = '\u202E';
const HOSTILE_TITLE = `${RLO}moc.elgoog//:sptth${'\u202C'} <img src=x onerror=alert(1)>`;
const HOSTILE_TEXT = `<script>alert(1)</script> [click](javascript:alert(1)) &#x202E; ![i](http://x/i.png) **bold** ${'\u2066'}iso${'\u2069'}\n- list\n1. one\n# heading\n> quote\n<b>raw</b>`;
/** Note text is capped at 20,000 characters (LIMITS.text): the longest word a note can hold. */
const LONG_WORD = 'W'.repeat(20_000 - HOSTILE_TEXT.length - 1);

describe('inert text', () => {
  it('removes bidi embeddings, overrides and isolates, and control characters; keeps marks and scripts', () => {
    expect(inert(`${RLO}abc\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069`)).toBe('abc');
    expect(inert('a\u0000b\u0007c\u009Bd')).toBe('abcd');
    // Urdu with a right-to-left mark and a line break stays as written.
    expect(inert('پاکستان\u200F 58\nسپاہی')).toBe('پاکستان\u200F 58\nسپاہی');
  });
});

describe('the Markdown export', () => {
  const note = makeNote(
    {
      url: 'https://evil.example/a?x=<y>',
      title: HOSTILE_TITLE + 'T'.repeat(100_000),
      text: `${HOSTILE_TEXT}\n${LONG_WORD}`,
      tags: ['<i>tag</i>', `${RLO}gat`],
      quote: { type: 'TextQuoteSelector', exact: `<a href="javascript:x">q</a> ${RLO}txet`, prefix: '', suffix: '' },
    },
    Date.parse('2026-02-01T00:00:00Z'),
  );
  const md = exportMarkdown([note], new Date('2026-02-01T00:00:00Z'));
  const html = new MarkdownIt({ html: true, linkify: false }).render(md);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);

  it('writes no bidi control, and nothing that renders as HTML, an image or a script', () => {
    expect(md).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(document.querySelectorAll('script, img, b, i, strong, iframe').length).toBe(0);
    // The export's own date line is its only emphasis.
    expect(document.querySelectorAll('em').length).toBe(1);
    // The only link is the page's own, to its real address.
    const links = [...document.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://evil.example/a?x=%3Cy%3E']);
    // Only the export's own structure: one title heading, one page heading, one quote block, no list.
    expect(document.querySelectorAll('h1').length).toBe(1);
    expect(document.querySelectorAll('h2').length).toBe(1);
    expect(document.querySelectorAll('blockquote').length).toBe(1);
    expect(document.querySelectorAll('ul, ol').length).toBe(0);
  });

  it('shows every character of the note as written (controls aside)', () => {
    const shown = document.body.textContent ?? '';
    expect(shown).toContain('<script>alert(1)</script> [click](javascript:alert(1)) &#x202E; ![i](http://x/i.png) **bold** iso');
    expect(shown).toContain('<b>raw</b>');
    expect(shown).toContain('- list');
    expect(shown).toContain('1. one');
    expect(shown).toContain('# heading');
    expect(shown).toContain(LONG_WORD);
    expect(shown).toContain('moc.elgoog//:sptth <img src=x onerror=alert(1)>');
    expect(shown).toContain('#<i>tag</i> #gat');
  });
});
