/**
 * Text normalisation for matching, with a map back to the original offsets.
 *
 * The normalised text is lowercased, has Latin diacritics and Arabic-script harakat removed, and folds the
 * letter variants that writers of Urdu, Persian, Pashto and Arabic use interchangeably. Some of those steps
 * change the string's length (a deleted mark, a ligature that becomes two letters), so every index of the
 * normalised text maps back to the original: a highlight placed from a match never shifts.
 *
 * Speed matters here: this runs over the whole page on every visit. A paragraph of pure ASCII only needs a
 * native toLowerCase. Others go through one loop over UTF-16 code units with a lookup table (about 3 ms per MB
 * in V8; a String.replace with a callback per special character took 9 ms on Urdu-heavy text). Only
 * length-changing replacements are recorded (sparse edits).
 */

/** Canonical forms for the Arabic-script letter classes (Persian/Urdu yeh and keheh, Arabic heh). */
const YEH = '\u06CC'; // ی
const KEHEH = '\u06A9'; // ک
const HEH = '\u0647'; // ه
const ALEF = '\u0627'; // ا

const EXPLICIT: Record<string, string> = {
  // Arabic-script letter classes. ې/ۍ are Pashto yeh forms that writers swap with ی freely.
  '\u064A': YEH, // ي
  '\u0649': YEH, // ى
  '\u06D0': YEH, // ې
  '\u06CD': YEH, // ۍ
  '\u0626': YEH, // ئ (its hamza is dropped, as with ؤ and أ)
  '\u0643': KEHEH, // ك
  '\u06C1': HEH, // ہ (Urdu)
  '\u06BE': HEH, // ھ (Urdu do-chashmi, written ه in Persian: قندھار / قندهار)
  '\u0629': HEH, // ة
  '\u06C0': HEH, // ۀ
  '\u06C2': HEH, // ۂ
  '\u06C3': HEH, // ۃ
  '\u06D5': HEH, // ە
  '\u0623': ALEF,
  '\u0625': ALEF,
  '\u0622': ALEF,
  '\u0671': ALEF,
  '\u0624': '\u0648', // ؤ → و
  '\u0621': '', // ء: written or not (عطاءالله / عطاالله)
  // Urdu ڑ and Pashto ړ: Persian has no such letter and writes ر (تارڑ, تارړ, تارر).
  '\u0691': '\u0631',
  '\u0693': '\u0631',
  '\u066B': '.', // Arabic decimal separator
  '\u066C': ',', // Arabic thousands separator
  // Invisible characters that split words for the renderer but not for the reader.
  '\u00AD': '',
  '\u0640': '', // tatweel
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\u200E': '',
  '\u200F': '',
  '\u2060': '',
  '\uFEFF': '',
  // Typographic punctuation that NFKD leaves alone.
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u02BC': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
};

for (let c = 0x202a; c <= 0x202e; c++) EXPLICIT[String.fromCharCode(c)] = '';
for (let c = 0x2066; c <= 0x2069; c++) EXPLICIT[String.fromCharCode(c)] = '';
// Devanagari nukta: ज़ and ज are written for the same name (ज़बीहुल्लाह / जबीहुल्ला).
EXPLICIT['\u093C'] = '';
// क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ (U+0958–095F) are their letter and the nukta: the letter alone. Written out rather than
// computed with String.normalize('NFD'), whose first call loads the normaliser on every page this module is in.
['\u0915', '\u0916', '\u0917', '\u091C', '\u0921', '\u0922', '\u092B', '\u092F'].forEach((letter, i) => {
  EXPLICIT[String.fromCharCode(0x0958 + i)] = letter;
});
for (let d = 0; d < 10; d++) {
  EXPLICIT[String.fromCharCode(0x0660 + d)] = String(d); // Arabic-Indic
  EXPLICIT[String.fromCharCode(0x06f0 + d)] = String(d); // Persian / Urdu
  EXPLICIT[String.fromCharCode(0x0966 + d)] = String(d); // Devanagari
}

/**
 * The combining marks that NFKD leaves when it decomposes a character of FOLDED_RANGES (the only characters that reach
 * it), written out: a `\p{M}` class costs a page about half a millisecond in Chromium to build and compile, on every
 * page. tests/unit/text/normalize.test.ts holds foldChar to `\p{M}` on every character of those ranges.
 */
const MARKS =
  /[\u0300-\u033F\u0342\u0345-\u036F\u05B4\u05B7-\u05B9\u05BC\u05BF\u05C1\u05C2\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u20D0-\u20F0\u3099\u309A\uFB1E]/g;
/** Where NFKD plus mark removal is wanted: Latin, combining marks, punctuation, Arabic, compatibility forms. */
export const FOLDED_RANGES = /[\u00A0-\u036F\u0600-\u06FF\u1E00-\u1EFF\u2000-\u214F\uFB00-\uFB4F\uFB50-\uFDFF\uFE70-\uFEFF\uFF00-\uFFEF]/;
const folded = new Map<string, string>();

/** A decomposed character of FOLDED_RANGES without its combining marks. */
export const withoutMarks = (decomposed: string) => decomposed.replace(MARKS, '');

/** What one character becomes (before lowercasing). */
export function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out !== undefined) return out;
  out = EXPLICIT[ch];
  if (out === undefined && !FOLDED_RANGES.test(ch)) out = ch; // Devanagari vowel signs are marks too: keep them
  if (out === undefined) {
    // NFKD splits é into e + ́ and ﬁ into f + i; the marks then go. Arabic presentation forms become letters
    // that still need the letter classes above.
    const decomposed = withoutMarks(ch.normalize('NFKD'));
    out = '';
    for (const part of decomposed) out += EXPLICIT[part] ?? part;
    // U+0130 İ: without this, toLowerCase would turn it into two characters.
    if (out === '\u0130') out = 'I';
  }
  folded.set(ch, out);
  return out;
}

export interface Normalized {
  /** The original text. */
  readonly source: string;
  /** The normalised, lowercased text. */
  readonly text: string;
  /** Original index of the character at normalised index i (the start of a range). */
  toOriginalStart(i: number): number;
  /** Original index just after normalised range end i (exclusive), including marks attached to the last letter. */
  toOriginalEnd(i: number): number;
  /** source.slice(start, end), without joining the whole source when the range lies inside one part. */
  sourceSlice(start: number, end: number): string;
}

/**
 * The original text of parts joined by a separator, joined only when asked for: the gate on an unrelated page
 * never needs it, and a relevant page reads its mentions from the parts (see findMentions).
 */
class JoinedSource {
  private joined: string | undefined;
  constructor(
    private readonly parts: readonly string[],
    private readonly separator: string,
  ) {}

  private starts: number[] | undefined;

  get source(): string {
    if (this.joined === undefined) this.joined = this.parts.length === 1 ? this.parts[0]! : this.parts.join(this.separator);
    return this.joined;
  }

  sourceSlice(start: number, end: number): string {
    if (this.joined !== undefined || this.parts.length === 1) return this.source.slice(start, end);
    if (!this.starts) {
      this.starts = new Array(this.parts.length);
      let at = 0;
      for (let i = 0; i < this.parts.length; i++) {
        this.starts[i] = at;
        at += this.parts[i]!.length + this.separator.length;
      }
    }
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= start) lo = mid;
      else hi = mid - 1;
    }
    const base = this.starts[lo]!;
    const part = this.parts[lo]!;
    // A range that runs past its part (over a separator) is rare: join once and slice.
    return end - base <= part.length ? part.slice(start - base, end - base) : this.source.slice(start, end);
  }
}

/**
 * Sparse offset map: one record per replacement whose length differs from the original's. Everything between
 * two records is shifted by the running difference.
 */
class EditMap extends JoinedSource implements Normalized {
  constructor(
    parts: readonly string[],
    separator: string,
    readonly text: string,
    /** Normalised index where each replacement starts. Non-decreasing. */
    private readonly normAt: number[],
    /** Original index and length of each replaced character, and its replacement's length. */
    private readonly origAt: number[],
    private readonly origLen: number[],
    private readonly normLen: number[],
    /** Original minus normalised index after each record. */
    private readonly shift: number[],
  ) {
    super(parts, separator);
  }

  /** Last record k with normAt[k] < i, or ≤ i when `inclusive`; -1 if none. */
  private lastBefore(i: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.normAt.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.normAt[mid]!;
      if (at < i || (inclusive && at === i)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  toOriginalStart(i: number): number {
    const k = this.lastBefore(i, true);
    if (k < 0) return i;
    if (i < this.normAt[k]! + this.normLen[k]!) return this.origAt[k]!;
    return i + this.shift[k]!;
  }

  toOriginalEnd(i: number): number {
    // A deletion exactly at i (a mark after the last matched letter) belongs to that letter; an expansion
    // starting at i does not.
    let k = this.lastBefore(i, true);
    while (k >= 0 && this.normAt[k] === i && this.normLen[k]! > 0) k--;
    if (k < 0) return i;
    if (i < this.normAt[k]! + this.normLen[k]!) return this.origAt[k]! + this.origLen[k]!;
    return i + this.shift[k]!;
  }
}

class Identity extends JoinedSource implements Normalized {
  constructor(
    parts: readonly string[],
    separator: string,
    readonly text: string,
  ) {
    super(parts, separator);
  }
  toOriginalStart(i: number): number {
    return i;
  }
  toOriginalEnd(i: number): number {
    return i;
  }
}

/**
 * What each UTF-16 code unit becomes when it maps to exactly one unit (lowercased); COMPLEX when it is deleted
 * or expands; UNKNOWN until first seen. Filled lazily so that start-up costs nothing.
 */
const UNKNOWN = -2;
const COMPLEX = -1;
/** Made at the first normalisation: the content script of an unrelated page never normalises (name-index.ts). */
let unitTable: Int32Array | undefined;
function unitTableOf(): Int32Array {
  if (!unitTable) {
    unitTable = new Int32Array(65536).fill(UNKNOWN);
    for (let c = 0; c < 0x80; c++) unitTable[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
  }
  return unitTable;
}

function lookupUnit(unitTable: Int32Array, code: number): number {
  // Lone surrogates pass through; an astral character is left as it is (no letter we fold lives there).
  if (code >= 0xd800 && code <= 0xdfff) return (unitTable[code] = code);
  const out = foldChar(String.fromCharCode(code)).toLowerCase();
  return (unitTable[code] = out.length === 1 ? out.charCodeAt(0) : COMPLEX);
}

let decoder: TextDecoder | undefined;

/**
 * A paragraph of pure ASCII only needs a native toLowerCase, several times faster than the character loop.
 * (Typographic quotes and dashes do need the loop: the engine reads them folded.)
 */
const NEEDS_FOLDING = /[^\x00-\x7F]/;

interface EditLog {
  normAt: number[];
  origAt: number[];
  origLen: number[];
  normLen: number[];
  shift: number[];
}

let buffer = new Uint16Array(1024);

/** The folding loop over one string whose first character sits at origBase / normBase in the whole. */
function foldString(source: string, log: EditLog, origBase: number, normBase: number): string {
  const unitTable = unitTableOf();
  const n = source.length;
  if (buffer.length < n + 8) buffer = new Uint16Array(n + 1024);
  let out = buffer;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const code = source.charCodeAt(i);
    let mapped = unitTable[code]!;
    if (mapped === UNKNOWN) mapped = lookupUnit(unitTable, code);
    if (mapped >= 0) {
      out[j++] = mapped;
      continue;
    }
    const replacement = foldChar(source[i]!).toLowerCase();
    if (j + replacement.length + (n - i) > out.length) {
      const grown = new Uint16Array(out.length * 2 + replacement.length + n);
      grown.set(out.subarray(0, j));
      buffer = out = grown;
    }
    log.normAt.push(normBase + j);
    log.origAt.push(origBase + i);
    log.origLen.push(1);
    log.normLen.push(replacement.length);
    for (let k = 0; k < replacement.length; k++) out[j++] = replacement.charCodeAt(k);
    log.shift.push(origBase + i + 1 - (normBase + j));
  }
  return (decoder ??= new TextDecoder('utf-16le')).decode(out.subarray(0, j));
}

function result(parts: readonly string[], separator: string, text: string, log: EditLog): Normalized {
  if (log.normAt.length === 0) return new Identity(parts, separator, text);
  return new EditMap(parts, separator, text, log.normAt, log.origAt, log.origLen, log.normLen, log.shift);
}

export function normalize(source: string): Normalized {
  return normalizeParts([source], '');
}

/**
 * Normalise parts joined by `separator` (a character that folds to itself, such as U+0000) as one text, each
 * part on its own path: the native fast path for plain paragraphs, the loop for the others. `partStarts`, when
 * given, receives where each part starts in the normalised text.
 */
export function normalizeParts(parts: readonly string[], separator: string, partStarts?: number[]): Normalized {
  const log: EditLog = { normAt: [], origAt: [], origLen: [], normLen: [], shift: [] };
  const out: string[] = new Array(parts.length);
  let origBase = 0;
  let normBase = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    const text = NEEDS_FOLDING.test(part) ? foldString(part, log, origBase, normBase) : part.toLowerCase();
    out[p] = text;
    if (partStarts) partStarts[p] = normBase;
    origBase += part.length + separator.length;
    normBase += text.length + separator.length;
  }
  // A copy: the source is joined later, and the caller may reuse its array meanwhile.
  return result(parts.slice(), separator, out.join(separator), log);
}

/** Normalised text only, for building keys (aliases, word lists). */
export function normalizeText(s: string): string {
  return normalize(s).text;
}

/** Words separated by "|", each normalised as a page's text is: a regex alternation to run on normalised text. */
export function foldedAlternation(words: string): string {
  return words.split('|').map(normalizeText).join('|');
}

/** Scripts we tell apart: an alias in Arabic script gets no Latin plural or possessive endings. */
export type Script = 'latin' | 'arabic' | 'other';

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN_SCRIPT = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;

export function scriptOf(s: string): Script {
  if (ARABIC_SCRIPT.test(s)) return 'arabic';
  if (LATIN_SCRIPT.test(s)) return 'latin';
  return 'other';
}

/**
 * Letters, marks and digits make up words; anything else is a boundary. Near: the word characters of U+0080–U+097F
 * (Latin to Devanagari), U+2000–U+20FF (punctuation, super- and subscripts) and U+FB50–U+FEFF (Arabic presentation
 * forms), written out, since a `\p{L}\p{M}\p{N}` class costs every page about a millisecond in Chromium, to build
 * and then to compile; it is built only for a character of another block. normalize.test.ts holds the two together
 * to `\p` on every UTF-16 unit.
 */
const WORD_CHAR_NEAR =
  /[\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u052F\u0531-\u0556\u0559\u0560-\u0588\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05EF-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u07FD\u0800-\u082D\u0840-\u085B\u0860-\u086A\u0870-\u0887\u0889-\u088F\u0897-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u097F\u2070\u2071\u2074-\u2079\u207F-\u2089\u2090-\u209C\u20D0-\u20F0\uFB50-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE70-\uFE74\uFE76-\uFEFC]/;
const isNear = (code: number) => code < 0x980 || (code >= 0x2000 && code < 0x2100) || (code >= 0xfb50 && code < 0xff00);
let wordCharElsewhere: RegExp | undefined;
/** 0 = not yet known, 1 = word character, 2 = not. Filled lazily: a regex test per character is too slow in loops. */
const wordTable = new Uint8Array(65536);

export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  if (code >= 0xd800 && code <= 0xdfff) return true; // astral letters: rare, count as word characters
  let known = wordTable[code]!;
  if (known === 0) {
    const ch = String.fromCharCode(code);
    const word = isNear(code) ? WORD_CHAR_NEAR.test(ch) : (wordCharElsewhere ??= /[\p{L}\p{M}\p{N}]/u).test(ch);
    known = wordTable[code] = word ? 1 : 2;
  }
  return known === 1;
}

/**
 * A regex class of every character that is not a word character (isWordChar), for a pattern that must start a word:
 * exact in the Latin, Arabic and Devanagari blocks (the pack's scripts) and a superset elsewhere (a Cyrillic letter
 * passes it, so callers check isWordAt as well). Surrogate halves count as letters, as in isWordChar. Written out
 * rather than built from WORD_CHAR at start-up; tests/unit/text/normalize.test.ts holds it to isWordChar on every
 * UTF-16 unit.
 */
export const BOUNDARY_CLASS = String.raw`[^0-9A-Za-z\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0900-\u0963\u0966-\u096F\u0971-\u097F\uD800-\uDFFF]`;

/** Whether `text` has a word character at index `i` (false outside the text): the matchers' word boundary. */
export function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordChar(text.charCodeAt(i));
}
