/**
 * The content script's first question on every page, answered without the gate or its pattern: could this text name
 * anyone of the pack? One word of each alias is enough to ask it: every place where the gate's alias reading
 * (lib/engine/matcher.ts `findAliases`) finds a name holds that word as a whole word. So a page where none of these
 * words stands is a page the gate would turn down ('no-mention'), and the gate itself (gate.js, the whole alias
 * pattern, the extractor) is never loaded there. A word may also stand where no name does (a "ministry" that is
 * not the Afghan defence ministry): the gate then decides, as before.
 *
 * Why not the alias pattern: compiling it costs 3–4 ms in Chromium on every page (a cold regex of 8 KB, with every
 * name, topic word and figure verb), and shipping it costs the start-up bundle 9 KB gzip. These word lists and their
 * one regex (built by `data compile`, a quarter of the gate's pattern) are 2.4 KB gzip. A word split at its spaces and looked up in a
 * Set was tried first: cheaper cold, but twice the floor on a warm 100 KB page (the split allocates every word).
 */
import { foldChar, isWordAt, isWordChar, normalize, scriptOf } from '../text/normalize';
import { buildPattern } from '../text/pattern';
import type { RuntimeAlias } from '../pack/runtime-types';

export interface NameIndex {
  /** The pack this index was made from: which pack a page uses (bundled or imported), and its window's start. */
  meta: { id: string; version: string; window: { start: string } };
  /** Normalised words that stand for a name exactly as they are (or with a plural "s", listed too). */
  words: string[];
  /** Arabic-script words that may run on: a suffix joined across a zero-width non-joiner (طالبان‌ها), which normalisation deletes. */
  stems: string[];
  /** Words of case-sensitive names, as the original text must write them ("UN", not "un"). */
  cased: string[];
  /** `words` and `stems` as one trie regex (lib/text/pattern.ts): built here, since building it cold costs a page ms. */
  pattern: string;
}

/** A name's text in words, split where the matcher's word boundary splits it. */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (isWordChar(ch.charCodeAt(0))) word += ch;
    else if (word) {
      out.push(word);
      word = '';
    }
  }
  if (word) out.push(word);
  return out;
}

/**
 * Words of everyday news that some names hold ("Ministry of Interior", "United Nations", Persian این in یو این): a word
 * of the name that is not one of these is looked for instead, so fewer unrelated pages reach the gate. Only the cost
 * depends on this list, never a verdict.
 */
const EVERYDAY = new Set([
  // Nouns of place and unit names ("Kurram Valley", "Khyber Pass", "Ghulam Khan post"), in English and Urdu.
  'brigade',
  'camp',
  'corridor',
  'council',
  'depot',
  'front',
  'pass',
  'post',
  'ridge',
  'valley',
  'درہ',
  'چوکی',
  'کیمپ',
  'محاذ',
  'army',
  'border',
  'crossing',
  'district',
  'emergency',
  'gate',
  'government',
  'hospital',
  'interior',
  'islamic',
  'justice',
  'ministry',
  'nations',
  'relations',
  'righteous',
  'services',
  'united',
  'corps',
  'defence',
  'defense',
  'health',
  'public',
  'این',
  'الله',
  'وزارت',
  'سازمان',
  'اقوام',
  'ملل',
  'متحد',
]);
/** The word of a name to look for: not an everyday one if the name has another, then the longest (the rarest, as a rule). */
const rank = (w: string): number => (EVERYDAY.has(w) ? 0 : 1000) + w.length;

/**
 * One word per alias (see `rank`), taken as the matcher would let it stand. A word inside the
 * name stands exactly; the last word may take what `findAliases` lets follow it (a Latin plural "s", an Arabic-script
 * suffix across a joiner). Built by `npm run data -- compile` for the bundled pack, and at run time for an imported one.
 */
export function buildNameIndex(pack: { meta: NameIndex['meta']; aliases: readonly (RuntimeAlias | null | undefined)[] }): NameIndex {
  const words = new Set<string>();
  const stems = new Set<string>();
  const cased = new Set<string>();
  const named = pack.aliases.filter((a): a is RuntimeAlias => Boolean(a)).map((alias) => ({ alias, keyWords: wordsOf(alias.key) }));
  // One-word names first: a longer name that holds one of them as a word ("Taliban government") needs no word of its own.
  named.sort((a, b) => a.keyWords.length - b.keyWords.length);
  const covered = (keyWords: string[], script: RuntimeAlias['script']): boolean =>
    keyWords.some((w, i) => {
      if (i < keyWords.length - 1) return words.has(w);
      if (script === 'latin') return words.has(w) && words.has(`${w}s`);
      return script === 'arabic' ? stems.has(w) : words.has(w);
    });
  for (const { alias, keyWords } of named) {
    if (keyWords.length === 0) continue;
    const exactWords = alias.exact === undefined ? undefined : wordsOf(alias.exact);
    const isCased = exactWords !== undefined && exactWords.length === keyWords.length;
    if (!isCased && keyWords.length > 1 && covered(keyWords, alias.script)) continue;
    let at = 0;
    keyWords.forEach((w, i) => {
      if (rank(w) > rank(keyWords[at]!)) at = i;
    });
    const last = at === keyWords.length - 1;
    if (isCased) {
      cased.add(exactWords[at]!);
      if (last && alias.script === 'latin') cased.add(`${exactWords[at]}s`);
      continue;
    }
    const word = keyWords[at]!;
    if (last && alias.script === 'arabic') stems.add(word);
    else words.add(word);
    if (last && alias.script === 'latin') words.add(`${word}s`);
  }
  const sorted = (set: Set<string>) => [...set].sort();
  const all = [...words, ...stems];
  return {
    meta: { id: pack.meta.id, version: pack.meta.version, window: { start: pack.meta.window.start } },
    words: sorted(words),
    stems: sorted(stems),
    cased: sorted(cased),
    pattern: all.length ? buildPattern(all) : '(?!)',
  };
}

/**
 * Every character whose normalisation can change a word, as `normalize` folds it (lib/text/normalize.ts): letters
 * with marks and their compatibility forms, superscript digits, the Arabic-script letter classes, marks and digits,
 * and the invisible characters that normalisation deletes (which join the letters around them). Any other character
 * either lowercases natively to what `normalize` makes of it, or folds from one non-word character to another (a
 * typographic quote, a dash, a no-break space, an ellipsis, a CJK ideograph), which moves no word boundary. So a
 * piece of text without one of these reads the same words from `toLowerCase` as from `normalize`, without the
 * character loop that a single curly quote sends a whole English article through (tests/unit/engine/name-index-folding.test.ts
 * checks every BMP code unit against normalize).
 */
export const FOLDS_A_WORD =
  /[\u00AA\u00AD\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE\u00C0-\u024F\u02B0-\u036F\u0610-\u061A\u0621-\u06FF\u093C\u0958-\u096F\u1E00-\u1EFF\u200B-\u200F\u202A-\u202E\u2060-\u2069\u2070-\u209C\u20A8\u20D0-\u20F0\u2100-\u214F\uFB00-\uFDFF\uFE70-\uFEFF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFDC]/;

const FOLDS_A_WORD_ALL = new RegExp(FOLDS_A_WORD.source, 'g');
const foldLowered = (ch: string): string => foldChar(ch).toLowerCase();

/**
 * The text's words as `normalize` would make them (see FOLDS_A_WORD); not its punctuation, and no offset map. Text
 * in a Latin script with a few letters to fold (a French or Czech page, a Wikipedia article's names) folds just those
 * letters; Arabic-script text, where nearly every letter is one, goes through normalize's loop.
 */
export function wordsNormalized(text: string): string {
  if (!FOLDS_A_WORD.test(text)) return text.toLowerCase();
  if (scriptOf(text) !== 'arabic') return text.toLowerCase().replace(FOLDS_A_WORD_ALL, foldLowered);
  return normalize(text).text;
}

/** Text read at a time: a page that names someone early (every relevant page) stops after one piece. */
export const NAME_PIECE = 32_768;

interface Lookup {
  /** Every word and stem in one trie regex (lib/text/pattern.ts), run over normalised text: a quarter of the gate's. */
  pattern: RegExp;
  words: Set<string>;
  stems: Set<string>;
  /** The case-sensitive words as whole words of the original text; null when the index has none. */
  cased: RegExp | null;
}

const lookups = new WeakMap<NameIndex, Lookup>();

function lookupOf(index: NameIndex): Lookup {
  let l = lookups.get(index);
  if (!l) {
    // Letters and digits of ASCII only around a case-sensitive word: a page's other letters can only add a yes here
    // (and the \p{L} classes cost a ms to compile cold). The words hold word characters only: nothing to escape.
    const cased = index.cased.length ? new RegExp(`(?<![A-Za-z0-9])(?:${index.cased.join('|')})(?![A-Za-z0-9])`) : null;
    l = { pattern: new RegExp(index.pattern, 'g'), words: new Set(index.words), stems: new Set(index.stems), cased };
    lookups.set(index, l);
  }
  return l;
}

/** A match of the pattern that stands as the matcher would let a name stand: a whole word, or a stem and its suffix. */
function stands(l: Lookup, text: string, start: number, found: string): boolean {
  if (isWordAt(text, start - 1)) return false;
  if (l.words.has(found) && !isWordAt(text, start + found.length)) return true;
  for (let n = found.length; n > 0; n--) if (l.stems.has(found.slice(0, n))) return true;
  return false;
}

/**
 * Whether `text` may name anyone of the index's pack: false only where `findAliases` finds no name either. The text
 * is normalised as the gate normalises it (its words: see `wordsNormalized`), then one regex of the index's words runs over it (a quarter of the gate's
 * pattern: cheaper to compile on every page, as fast to run); case-sensitive words are looked for in the original.
 */
export function mayNameFromIndex(index: NameIndex, text: string): boolean {
  const l = lookupOf(index);
  for (let start = 0; start < text.length;) {
    // Cut at a space: no word runs across one.
    let end = text.length;
    if (text.length - start > NAME_PIECE) {
      const space = text.indexOf(' ', start + NAME_PIECE);
      if (space >= 0) end = space;
    }
    const piece = start === 0 && end === text.length ? text : text.slice(start, end);
    if (l.cased?.test(piece)) return true;
    const norm = wordsNormalized(piece);
    const re = l.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      if (stands(l, norm, m.index, m[0])) return true;
      re.lastIndex = m.index + 1;
    }
    start = end;
  }
  return false;
}
