/**
 * Where in normalised text an alias of a pack can start: a word start where the pack's trie pattern matches. Two
 * ways to find them, by the text's length; both give the same starts (tests/unit/engine/alias-starts.test.ts).
 *
 * - A short text (an article, a live batch: under LONG_TEXT units) is searched by one regex, the pattern behind a
 *   boundary character class. It costs little cold, which is how a page's first scan runs.
 * - A long text (a page's head or part of 100,000 characters) is read by a plain loop that tries the pattern only at
 *   the word starts whose first units begin some key: one table of flags says which. Warm, it costs about half of the
 *   regex (which tests the class at every position): on the bench's 1 MB page one word start in five is tried, and
 *   the pass goes from 16-20 to 7-10 ms in both browsers. Cold, the table (2-3 ms to build in Chromium) and the loop
 *   in the interpreter cost more than the regex on a 20 KB article (10 against 5 ms), so short texts keep the regex.
 *
 * The filter reads a "gram": the first unit as it is, then up to two more, every run of non-word characters read as
 * one space (so "af pak", "af-pak" and "af  pak" give the same gram, as the pattern's `[\s\-]+` takes them all). A
 * key registers the gram every text it matches must begin with; hashed grams may collide, which only adds a try.
 */
import { BOUNDARY_CLASS, isWordChar } from '../text/normalize';

const SPACE = 0x20;
const S = 0x73;
/**
 * Flag bits of the one table. By unit: it starts a key (FIRST), it is a whole key's gram (ONE), whether it is a word
 * character (WORD, once KNOWN: learnt on first sight, so the loop makes no call for it). By hash: a 2- or 3-unit gram
 * (TWO, THREE).
 */
const FIRST = 1;
const ONE = 2;
const TWO = 4;
const THREE = 8;
const KNOWN = 16;
const WORD = 32;
const BITS = 16;

const hash2 = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> (32 - BITS);
const hash3 = (a: number, b: number, c: number) =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> (32 - BITS);
/** Texts from this length on are read by the filter (see above). */
export const LONG_TEXT = 32_768;

/**
 * A pack's two ways to its alias starts, made once per pack: `head` (sticky) tries the pattern at one place (the
 * text's very start, or a start the filter lets through) and `after` finds a boundary character and then the pattern
 * (no `u` flag: the pattern is plain characters, and the class covers surrogate halves); the filter's table is built
 * the first time a long text comes.
 */
export interface AliasStarts {
  head: RegExp;
  after: RegExp;
  filter: Uint8Array | undefined;
  keys: () => Iterable<string>;
}

export function aliasStartsOf(keys: () => Iterable<string>, pattern: string): AliasStarts {
  return { head: new RegExp(pattern, 'y'), after: new RegExp(`${BOUNDARY_CLASS}(${pattern})`, 'g'), filter: undefined, keys };
}

/** The flags of unit `c` with its WORD bit learnt (isWordChar). */
function learn(table: Uint8Array, c: number): number {
  return (table[c] = table[c]! | KNOWN | (isWordChar(c) ? WORD : 0));
}

/** The unit at `i` as a gram reads it: a non-word character (or the text's end) is a space. */
function gramUnit(table: Uint8Array, text: string, i: number): number {
  if (i >= text.length) return SPACE;
  const c = text.charCodeAt(i);
  let f = table[c]!;
  if ((f & KNOWN) === 0) f = learn(table, c);
  return (f & WORD) !== 0 ? c : SPACE;
}

/** Where a gram's third unit is, its second (at `i + 1`) being `c1`: past the whole run when that was a space. */
function thirdAt(table: Uint8Array, text: string, i: number, c1: number): number {
  let j = i + 2;
  if (c1 === SPACE) while (j < text.length && gramUnit(table, text, j) === SPACE) j++;
  return j;
}

/** Only ASCII: a Latin key of two letters is a hit only before a non-word unit or a plural "s" (matcher's latinEnd). */
const ASCII = /^[\x00-\x7f]*$/;

function startFilterOf(keys: Iterable<string>): Uint8Array {
  const table = new Uint8Array(1 << BITS);
  for (const key of keys) {
    if (!key) continue;
    const c0 = key.charCodeAt(0);
    table[c0]! |= FIRST;
    if (key.length === 1) {
      table[c0]! |= ONE;
      continue;
    }
    const c1 = gramUnit(table, key, 1);
    const at2 = thirdAt(table, key, 0, c1);
    if (at2 >= key.length) {
      // A two-unit key: what follows it in the text is not known, except for a Latin name or word (see ASCII).
      if (c1 !== SPACE && ASCII.test(key)) {
        table[hash3(c0, c1, SPACE)]! |= THREE;
        table[hash3(c0, c1, S)]! |= THREE;
      } else table[hash2(c0, c1)]! |= TWO;
      continue;
    }
    table[hash3(c0, c1, gramUnit(table, key, at2))]! |= THREE;
  }
  return table;
}

/** Whether a key may start at `i` (a word start whose first unit `c0` starts some key): its gram is in the table. */
function gramAt(table: Uint8Array, text: string, i: number, c0: number): boolean {
  const c1 = gramUnit(table, text, i + 1);
  if ((table[hash2(c0, c1)]! & TWO) !== 0) return true;
  return (table[hash3(c0, c1, gramUnit(table, text, thirdAt(table, text, i, c1)))]! & THREE) !== 0;
}

/**
 * The first place at or after `from` where a key of the pattern starts a word (the text's start, or after a non-word
 * unit), with the key the pattern matched there; undefined when there is none. `longText` picks the way (by default
 * the text's length).
 */
export function nextAliasStart(
  starts: AliasStarts,
  text: string,
  from: number,
  longText = text.length >= LONG_TEXT,
): { start: number; key: string } | undefined {
  if (!longText) return nextByRegex(starts, text, from);
  starts.filter ??= startFilterOf(starts.keys());
  return nextByFilter(starts.filter, starts.head, text, from);
}

function nextByRegex(starts: AliasStarts, text: string, from: number): { start: number; key: string } | undefined {
  if (from === 0) {
    starts.head.lastIndex = 0;
    const m = starts.head.exec(text);
    if (m) return { start: 0, key: m[0] };
    from = 1;
  }
  const { after } = starts;
  after.lastIndex = from - 1;
  for (let m = after.exec(text); m; m = after.exec(text)) {
    const start = m.index + 1;
    // The class admits letters of scripts it does not list (it is a superset of the boundaries): check the real one.
    if (!isWordChar(text.charCodeAt(start - 1))) return { start, key: m[1]! };
    after.lastIndex = start;
  }
  return undefined;
}

function nextByFilter(table: Uint8Array, sticky: RegExp, text: string, from: number): { start: number; key: string } | undefined {
  const n = text.length;
  let prevWord = from > 0 && isWordChar(text.charCodeAt(from - 1));
  for (let i = from; i < n; i++) {
    const c0 = text.charCodeAt(i);
    let f = table[c0]!;
    if ((f & KNOWN) === 0) f = learn(table, c0);
    if (!prevWord && (f & FIRST) !== 0 && ((f & ONE) !== 0 || gramAt(table, text, i, c0))) {
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m) return { start: i, key: m[0] };
    }
    prevWord = (f & WORD) !== 0;
  }
  return undefined;
}
