/**
 * The names' check reads a page's words without normalising text that has nothing to fold in them
 * (lib/engine/name-index.ts FOLDS_A_WORD, wordsNormalized). Checked here against normalize itself, character by
 * character over the whole BMP: the shortcut may only be taken where it gives the same words.
 */
import { describe, expect, it } from 'vitest';
import { FOLDS_A_WORD, wordsNormalized } from '../../../lib/engine/name-index';
import { foldChar, isWordChar, normalize } from '../../../lib/text/normalize';

const hasWordChar = (s: string): boolean => [...s].some((ch) => isWordChar(ch.charCodeAt(0)));

describe('the words of a text without normalising it', () => {
  it('holds every character whose folding can change a word', () => {
    const missing: string[] = [];
    for (let code = 0x80; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      const folded = foldChar(ch).toLowerCase();
      const lowered = ch.toLowerCase();
      // Folded to itself, or from one non-word character to another: no word changes.
      if (folded === lowered || (folded !== '' && !hasWordChar(folded) && !hasWordChar(lowered))) continue;
      if (!FOLDS_A_WORD.test(ch)) missing.push(`U+${code.toString(16).toUpperCase()}`);
    }
    expect(missing).toEqual([]);
  });

  it('leaves out what an English or Chinese article is full of: quotes, dashes, spaces, ellipses, ideographs', () => {
    for (const ch of [
      '\u00A0',
      '\u2018',
      '\u2019',
      '\u201C',
      '\u201D',
      '\u2013',
      '\u2014',
      '\u2026',
      '\u00A9',
      '\u4E2D',
      '\u3002',
      '\uFF0C',
    ])
      expect(FOLDS_A_WORD.test(ch), `U+${ch.charCodeAt(0).toString(16)}`).toBe(false);
  });

  it('reads the same words and word boundaries as normalize around every BMP character, on each of its three roads', () => {
    // Each character alone, after an accented Latin letter (the Latin road) and after an Arabic letter (normalize).
    const asWords = (t: string) =>
      Array.from(t, (ch) => (isWordChar(ch.charCodeAt(0)) ? ch : ' '))
        .join('')
        .split(' ')
        .filter(Boolean)
        .join(' ');
    const differ: string[] = [];
    for (let code = 0x80; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      for (const text of [`a${ch}b`, `\u00C9 ${ch}x`, `\u0628${ch}\u0628`])
        if (asWords(wordsNormalized(text)) !== asWords(normalize(text).text))
          differ.push(`U+${code.toString(16).toUpperCase()} in ${text}`);
    }
    expect(differ.slice(0, 10)).toEqual([]);
  });

  it('gives the words normalize gives, with and without the shortcut', () => {
    const texts = [
      '\u201CPakistan\u2019s army\u201D \u2014 said\u2026 ISPR\u00A0chief',
      'Caf\u00E9 in Pe\u0161awar; Ta\u00ADliban',
      'Khawaja Asif \u4E2D\u56FD\u3002\u5DF4\u57FA\u65AF\u5766\uFF0CPakistan',
      '\u0637\u0627\u0644\u0628\u0627\u0646\u200C\u0647\u0627 \u0648 \u067E\u0627\u06A9\u0633\u062A\u0627\u0646',
    ];
    const words = (t: string) => t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    for (const text of texts) expect(words(wordsNormalized(text))).toEqual(words(normalize(text).text));
  });
});
