import { describe, expect, it } from 'vitest';
import { aliasStartsOf, nextAliasStart } from '../../../lib/engine/alias-starts';
import { runtimePack } from '../../../lib/pack/bundled-runtime';
import { buildPattern } from '../../../lib/text/pattern';
import { isWordChar, normalizeText } from '../../../lib/text/normalize';

/** Every word start where the sticky pattern matches, tried at each one: what the filter must never lose. */
function everyStart(pattern: string, text: string): [number, string][] {
  const sticky = new RegExp(pattern, 'y');
  const out: [number, string][] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m) out.push([i, m[0]]);
  }
  return out;
}

/** The starts one way finds: the filter (`longText`, as for a text of 32K units or more) or the regex. */
function found(keys: string[], pattern: string, text: string, longText: boolean): [number, string][] {
  const starts = aliasStartsOf(() => keys, pattern);
  const out: [number, string][] = [];
  for (let m = nextAliasStart(starts, text, 0, longText); m; m = nextAliasStart(starts, text, m.start + 1, longText))
    out.push([m.start, m.key]);
  return out;
}
const filtered = (keys: string[], pattern: string, text: string) => found(keys, pattern, text, true);

describe('alias starts: the filter for long texts, the regex for short ones', () => {
  // Keys are normalised, as the pack compiler writes them (جھڑپ is جهرپ).
  const keys = ['un', 'un assistance mission', 'af pak', 'd x', 'torkham', 'د ډیورنډ کرښه', 'جھڑپ', 'u.s.', '@khawajamasif', 'x'].map(
    normalizeText,
  );
  const pattern = buildPattern(keys);

  it('finds a key at every word start where the pattern matches, however its spaces are written', () => {
    const text = normalizeText(
      "UN's envoy; the UNs; un assistance  mission; af - pak; af-pak; d   x; torkham. @khawajamasif said; " +
        'د  ډیورنډ-کرښه، جھڑپیں; U.S. aid; a x b; un',
    );
    const expected = everyStart(pattern, text);
    expect(expected.map(([, key]) => key)).toEqual([
      'un',
      'un',
      'un assistance  mission',
      'af - pak',
      'af-pak',
      'd   x',
      'x',
      'torkham',
      '@khawajamasif',
      normalizeText('د  ډیورنډ-کرښه'),
      normalizeText('جھڑپ'),
      'u.s.',
      'x',
      'un',
    ]);
    expect(filtered(keys, pattern, text)).toEqual(expected);
    expect(found(keys, pattern, text, false)).toEqual(expected);
  });

  it('passes over what the pattern would match inside a word or where no key can end', () => {
    const text = normalizeText('Ztorkham and untorkham; under, until, after; dx; unx');
    expect(filtered(keys, pattern, text)).toEqual([]);
    // The pattern itself matches "un" in "untorkham", "under", "until" and "unx": those starts are not worth a try (no
    // hit can come of them).
    expect(everyStart(pattern, text).map(([at]) => text.slice(at, at + 5))).toEqual(['untor', 'under', 'until', 'unx']);
  });

  it("loses no start of the bundled pack's keys on text made of them, their pieces and separators", () => {
    let seed = 11;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const packKeys = Object.keys(runtimePack.aliasIndex);
    const bits = ['', ' ', '  ', '-', ' - ', '.', "'", "'s", 's', 'x', 'ها', 'ی', 'ونه', '\n', ',', '_', 'Я', 'क', '۱۲', 'é'];
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    let text = '';
    for (let p = 0; p < 3000; p++) {
      let key = pick(packKeys);
      if (rnd() < 0.3) key = key.slice(0, 1 + Math.floor(rnd() * key.length));
      if (rnd() < 0.3) key = key.replace(/ /g, pick(bits.slice(1, 5)));
      text += pick(bits) + key + pick(bits);
    }
    const expected = everyStart(runtimePack.pattern, text);
    expect(expected.length).toBeGreaterThan(1000);
    // Starts the filter passes over give no hit; every start that the filter lets through and that matches is kept.
    const byFilter = filtered(packKeys, runtimePack.pattern, text);
    const lost = expected.filter(([at, key]) => !byFilter.some(([f]) => f === at) && mayHit(text, at, key, packKeys));
    expect(lost).toEqual([]);
    expect(byFilter.every(([at, key]) => expected.some(([e, k]) => e === at && k === key))).toBe(true);
    // The regex way finds every start the pattern has.
    expect(found(packKeys, runtimePack.pattern, text, false)).toEqual(expected);
  });
});

/**
 * Whether a match could become a hit in findAliases: its key is a key of the pack (odd spacing collapsed), and a Latin
 * key of two letters is followed by a non-word unit or an "s" (matcher's latinEnd); anything longer may take endings.
 */
function mayHit(text: string, at: number, matched: string, keys: string[]): boolean {
  const key = matched.replace(/[\s-]+/g, ' ');
  if (!keys.includes(key)) return false;
  if (key.length === 2 && /^[\x00-\x7f]+$/.test(key)) {
    const next = text.charCodeAt(at + matched.length);
    return Number.isNaN(next) || !isWordChar(next) || next === 0x73;
  }
  return true;
}
