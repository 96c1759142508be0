import { describe, expect, it } from 'vitest';
import { findAliasesIn } from '../../../lib/engine/matcher';
import { LONG_TEXT } from '../../../lib/engine/alias-starts';
import { miniRuntime } from './mini-pack';

const rt = miniRuntime();
function found(text: string): [string, string][] {
  return findAliasesIn(rt, text).map((h) => [rt.entities[h.entity]!.id, text.slice(h.start, h.end)]);
}

describe('matcher: Latin', () => {
  it('matches case- and diacritic-insensitively, at word boundaries only', () => {
    expect(found('TORKHAM, tòrkham and Torkham.')).toEqual([
      ['torkham', 'TORKHAM'],
      ['torkham', 'tòrkham'],
      ['torkham', 'Torkham'],
    ]);
    expect(found('Torkhamabad, preTorkham, Kabulistan, Kabul5')).toEqual([]);
  });

  it('takes possessives and plurals, straight or curly', () => {
    expect(found("Pakistan's army, Pakistan’s army, the Talibans, the Talibans' claims")).toEqual([
      ['pakistan', 'Pakistan'],
      ['pakistan', 'Pakistan'],
      ['taliban', 'Talibans'],
      ['taliban', 'Talibans'],
    ]);
  });

  it('prefers the longest alias, and falls back to a shorter one when the longer is not a word', () => {
    expect(found('the Durand Line runs')).toEqual([['durand-line', 'Durand Line']]);
    expect(found('Pakistani and Pakistan')).toEqual([
      ['pakistan', 'Pakistani'],
      ['pakistan', 'Pakistan'],
    ]);
    expect(found('Durand Linesman')).toEqual([['durand-line', 'Durand']]);
  });

  it('lets a space in an alias match any run of spaces, hyphens or a line break', () => {
    expect(found('the Durand-Line, the Durand\n   Line')).toEqual([
      ['durand-line', 'Durand-Line'],
      ['durand-line', 'Durand\n   Line'],
    ]);
    expect(found('Inter Services Public Relations')).toEqual([['ispr', 'Inter Services Public Relations']]);
  });

  it('matches a case-sensitive acronym only in its own case', () => {
    expect(found('the IEA said')).toEqual([['iea', 'IEA']]);
    expect(found('the iea said, an Iea')).toEqual([]);
  });
});

describe('matcher: Arabic script', () => {
  it('finds names through harakat, tatweel and letter variants, with exact original offsets', () => {
    const text = 'طورخمی نہیں، طُورخَم اور طـورخمؔ; ذبيح الله مجاهد نے کہا';
    expect(found(text)).toEqual([
      ['torkham', 'طُورخَم'],
      ['torkham', 'طـورخمؔ'], // the takhallus sign is a mark on the last letter: it stays in the highlight
      ['mujahid', 'ذبيح الله مجاهد'],
    ]);
  });

  it('knows no \\b: a name glued to more letters is not a match, a name before punctuation is', () => {
    expect(found('کابلی')).toEqual([]);
    expect(found('کابل، پاکستان۔')).toEqual([
      ['kabul', 'کابل'],
      ['pakistan', 'پاکستان'],
    ]);
  });

  it('accepts a Persian suffix after a zero-width non-joiner, and stops the match before it', () => {
    const text = 'طالبان‌ها و طالبانها';
    expect(found(text)).toEqual([['taliban', 'طالبان']]);
    expect(text.indexOf('طالبان')).toBe(0);
  });

  it('matches the spaced and unspaced forms the pack lists', () => {
    expect(found('طور خم کی سرحد')).toEqual([['torkham', 'طور خم']]);
  });
});

describe('matcher: offsets never shift', () => {
  it('maps every hit back to text that names the entity, after length-changing characters', () => {
    const text = 'ﬁrst: مُجاهِد—\u200F ذبیح‌الله مجاهد\u00AD and Tor\u00ADkham’s gate, then Kabul';
    const hits = findAliasesIn(rt, text);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Tor\u00ADkham', 'Kabul']);
    expect(text.slice(hits[1]!.start, hits[1]!.end)).toBe('Kabul');
  });
});

describe('matcher: long texts', () => {
  it('finds in a text of LONG_TEXT units or more (read by the start filter) what it finds in each of its pieces', () => {
    const piece = "TORKHAM, Pakistan's army and the Talibans; preTorkham, Durand Linesman, the Durand-Line; طالبان‌ها و پاکستان; Kabul5. ";
    // Normalisation drops the joiner: a few more pieces keep the normalised text long too.
    const text = piece.repeat(Math.ceil((LONG_TEXT * 1.1) / piece.length));
    expect(text.length).toBeGreaterThanOrEqual(LONG_TEXT);
    const inPiece = found(piece);
    expect(inPiece.length).toBeGreaterThan(5);
    const inLong = found(text);
    expect(inLong.length).toBe(inPiece.length * (text.length / piece.length));
    expect(inLong.slice(0, inPiece.length)).toEqual(inPiece);
  });
});
