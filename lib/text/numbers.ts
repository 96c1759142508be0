/**
 * Numbers in news text: digits (with thousands separators; Urdu, Persian and Arabic-Indic digits arrive here
 * already folded to 0-9 by normalize), English number words ("fifty-eight", "two dozen"), ranges ("15–20",
 * "15 to 20", "between 15 and 20") and the qualifier in front ("at least", "more than", "کم از کم").
 *
 * Input is NORMALISED text (lowercase, ASCII digits, dashes folded to "-"); offsets are in that text.
 */
import { isWordChar, normalizeText } from './normalize';

export type Qualifier = 'exact' | 'at-least' | 'over' | 'about' | 'up-to' | 'range';

export interface NumberMatch {
  /** The number; for a range, its lower end. */
  value: number;
  min?: number;
  max?: number;
  qualifier: Qualifier;
  /** The whole phrase, qualifier included. */
  start: number;
  end: number;
  /** The number (or range) alone. */
  numStart: number;
  numEnd: number;
}

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALE: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000, million: 1_000_000 };

const WORD = `(?:${[...Object.keys(SMALL), ...Object.keys(SCALE)].sort((a, b) => b.length - a.length).join('|')})`;
/**
 * Digits: "58", "1,200", "1.5"; or number words joined by spaces, hyphens or "and". A scale word only starts a
 * number after "a"/"an"/"half a" ("a dozen"); "hundreds" and "dozens" never match, because a word must end
 * at a boundary.
 */
const NUMBER = new RegExp(
  `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s+(dozen|hundred|thousand|million)\\b(?!-))?` +
    `|\\b((?:(?:half\\s+)?an?\\s+(?=(?:dozen|hundred|thousand|million)\\b))?${WORD}(?:(?:\\s+and\\s+|[\\s-]+)${WORD})*)\\b(?!-)`,
  'g',
);

/** Pashto tens from thirty: numbers of their own, and after a unit one number with it (PASHTO_TENS_SOURCE). */
const PASHTO_TENS_FROM_30: [string, number][] = [
  ['دېرش', 30],
  ['څلوېښت', 40],
  ['پنځوس', 50],
  ['شپېته', 60],
  ['اویا', 70],
  ['اتیا', 80],
];
/**
 * Urdu, Persian and Pashto number words (normalised on first use). Left out on purpose: the words for one (also
 * the article "a": ایک، یک، یو), and those that are as often another common word: Persian/Pashto نه ("no"),
 * Urdu نو (Pashto "so"), سو ("so"), Urdu چھ (folds to Persian چه, "what"), Persian سی, Pashto نوي ("new").
 */
const SCRIPT_WORDS_SOURCE: [string, number][] = [
  // Urdu
  ...([
    ['دو', 2],
    ['تین', 3],
    ['چار', 4],
    ['پانچ', 5],
    ['سات', 7],
    ['آٹھ', 8],
    ['دس', 10],
    ['گیارہ', 11],
    ['بارہ', 12],
    ['تیرہ', 13],
    ['چودہ', 14],
    ['پندرہ', 15],
    ['سولہ', 16],
    ['سترہ', 17],
    ['اٹھارہ', 18],
    ['انیس', 19],
    ['بیس', 20],
    ['پچیس', 25],
    ['تیس', 30],
    ['چالیس', 40],
    ['پچاس', 50],
    ['ساٹھ', 60],
    // Urdu has a word of its own for each number to a hundred. Left out: چون (54; Persian "because"), اسی (80; "that
    // same"), ستر (70; "veil").
    ['اکیس', 21],
    ['بائیس', 22],
    ['تئیس', 23],
    ['چوبیس', 24],
    ['چھبیس', 26],
    ['ستائیس', 27],
    ['اٹھائیس', 28],
    ['انتیس', 29],
    ['اکتیس', 31],
    ['بتیس', 32],
    ['تینتیس', 33],
    ['چونتیس', 34],
    ['پینتیس', 35],
    ['چھتیس', 36],
    ['سینتیس', 37],
    ['اڑتیس', 38],
    ['انتالیس', 39],
    ['اکتالیس', 41],
    ['بیالیس', 42],
    ['تینتالیس', 43],
    ['چوالیس', 44],
    ['پینتالیس', 45],
    ['چھیالیس', 46],
    ['سینتالیس', 47],
    ['اڑتالیس', 48],
    ['انچاس', 49],
    ['اکیاون', 51],
    ['باون', 52],
    ['ترپن', 53],
    ['پچپن', 55],
    ['چھپن', 56],
    ['ستاون', 57],
    ['اٹھاون', 58],
    ['انسٹھ', 59],
    ['نوے', 90],
  ] as [string, number][]),
  // Persian (Dari)
  ...([
    ['سه', 3],
    ['چهار', 4],
    ['پنج', 5],
    ['شش', 6],
    ['هفت', 7],
    ['هشت', 8],
    ['ده', 10],
    ['یازده', 11],
    ['دوازده', 12],
    ['سیزده', 13],
    ['چهارده', 14],
    ['پانزده', 15],
    ['شانزده', 16],
    ['هفده', 17],
    ['هجده', 18],
    ['هیجده', 18],
    ['نوزده', 19],
    ['بیست', 20],
    ['چهل', 40],
    ['پنجاه', 50],
    ['شصت', 60],
    ['هفتاد', 70],
    ['هشتاد', 80],
    ['نود', 90],
    ['صد', 100],
    ['دویست', 200],
    ['سیصد', 300],
    ['چهارصد', 400],
    ['پانصد', 500],
    ['ششصد', 600],
    ['هفتصد', 700],
    ['هشتصد', 800],
    ['نهصد', 900],
  ] as [string, number][]),
  // Pashto (with the oblique forms that stand before a noun: پنځو، اوو)
  ...([
    ['دوه', 2],
    ['دوو', 2],
    ['درې', 3],
    ['دریو', 3],
    ['څلور', 4],
    ['پنځه', 5],
    ['پنځو', 5],
    ['شپږ', 6],
    ['اووه', 7],
    ['اوه', 7],
    ['اته', 8],
    ['نهه', 9],
    ['لس', 10],
    ['یوولس', 11],
    ['دولس', 12],
    ['دیارلس', 13],
    ['څوارلس', 14],
    ['پنځلس', 15],
    ['شپاړس', 16],
    ['اوولس', 17],
    ['اتلس', 18],
    ['نولس', 19],
    ['شل', 20],
    ...PASHTO_TENS_FROM_30,
    ['سل', 100],
  ] as [string, number][]),
];
/**
 * Pashto tens that follow their unit: "اته پنځوس" (eight fifty: 58), "دوه ویشت" (22; ویشت only ever stands after a
 * unit). A unit right before one of them is one number with it, never a count of its own.
 */
const PASHTO_TENS_SOURCE: [string, number][] = [['ویشت', 20], ...PASHTO_TENS_FROM_30];
/** Scale words after a count: "۱۱۵ هزار" (115,000), Pashto "درې زره" (3,000), Urdu "دو لاکھ" (200,000). */
const SCRIPT_SCALE_SOURCE: [string, number][] = [
  ['ہزار', 1000],
  ['زره', 1000],
  // Its oblique: "له ۱۰۰ زرو څخه زیات" (more than 100,000).
  ['زرو', 1000],
  ['لاکھ', 100_000],
];
let scriptWords: Map<string, number> | undefined;
let scriptScale: Map<string, number> | undefined;
let scriptPattern: RegExp | undefined;
let scalePattern: RegExp | undefined;
let pashtoTens: Map<string, number> | undefined;
let pashtoTensPattern: RegExp | undefined;

function loadScriptNumbers(): Map<string, number> {
  if (scriptWords) return scriptWords;
  scriptWords = new Map(SCRIPT_WORDS_SOURCE.map(([w, n]) => [normalizeText(w), n]));
  scriptScale = new Map(SCRIPT_SCALE_SOURCE.map(([w, n]) => [normalizeText(w), n]));
  const alt = (keys: Iterable<string>): string => [...keys].sort((a, b) => b.length - a.length).join('|');
  const units = [...scriptWords].filter(([, n]) => n < 10).map(([w]) => w);
  // A word stands alone (no letter either side); Persian joins tens and units with و: بیست و پنج (25).
  scriptPattern = new RegExp(`(?<![\\p{L}\\p{M}\\d])(${alt(scriptWords.keys())})(?:\\s+و\\s*(${alt(units)}))?(?![\\p{L}\\p{M}])`, 'gu');
  scalePattern = new RegExp(`^\\s+(${alt(scriptScale.keys())})(?![\\p{L}\\p{M}])`, 'u');
  pashtoTens = new Map(PASHTO_TENS_SOURCE.map(([w, n]) => [normalizeText(w), n]));
  pashtoTensPattern = new RegExp(`^\\s+(${alt(pashtoTens.keys())})(?![\\p{L}\\p{M}])`, 'u');
  return scriptWords;
}

/** A scale word that multiplies the count before it: "thousand", Persian "هزار", Pashto "زره", Urdu "لاکھ" (normalised). */
export function isScaleWord(word: string): boolean {
  loadScriptNumbers();
  return Object.hasOwn(SCALE, word) || scriptScale!.has(word);
}

/** A number word on its own: English ("nine", "dozen"), Urdu, Persian or Pashto (normalised: "پنج", "اووه"). */
export function isNumberWord(word: string): boolean {
  return Object.hasOwn(SMALL, word) || Object.hasOwn(SCALE, word) || loadScriptNumbers().has(word);
}

/** Longer than any number phrase that starts in a window ("one hundred and twenty-five thousand") and the character after it. */
const NUMBER_REACH = 160;

/** Longer than any number word with its unit ("بیست و پنج") and the character the look-ahead reads after it. */
const SCRIPT_WORD_REACH = 48;

/** Arabic-script number words in text[from, to), and digits or words followed by a scale word ("۱۱۵ هزار"). */
function scriptNumbers(text: string, from: number, to: number, out: RawNumber[]): void {
  const words = loadScriptNumbers();
  const pattern = scriptPattern!;
  // Searched in the window only (with a character before it for the look-behind, and room for a word that starts in
  // it): a search from `from` to the end of a 1 MB page for every window of figures was quadratic.
  const lo = Math.max(0, from - 1);
  const part = text.slice(lo, Math.min(text.length, to + SCRIPT_WORD_REACH));
  pattern.lastIndex = from - lo;
  for (let m = pattern.exec(part); m && m.index + lo < to; m = pattern.exec(part)) {
    const at = m.index + lo;
    let value = words.get(m[1]!)!;
    // Only a tens word takes a unit after و ("بیست و پنج"); "دو و سه" is two numbers.
    if (m[2] !== undefined) {
      if (value % 10 !== 0 || value >= 100) {
        out.push({ value, start: at, end: at + m[1]!.length });
        pattern.lastIndex = m.index + m[1]!.length;
        continue;
      }
      value += words.get(m[2])!;
    } else if (value < 10) {
      // Pashto "اته پنځوس" (58): the unit and the tens after it.
      const end = m.index + m[0].length;
      const tens = pashtoTensPattern!.exec(part.slice(end, end + 16));
      if (tens) {
        out.push({ value: value + pashtoTens!.get(tens[1]!)!, start: at, end: at + m[0].length + tens[0].length });
        pattern.lastIndex = end + tens[0].length;
        continue;
      }
    }
    out.push({ value, start: at, end: at + m[0].length });
  }
}

/** "۱۱۵ هزار": a scale word right after a number multiplies it (in place). */
function applyScriptScale(text: string, n: RawNumber): void {
  const code = text.charCodeAt(n.end + 1);
  if (!(code >= 0x600 && code <= 0x6ff)) return;
  const m = scalePattern!.exec(text.slice(n.end, n.end + 12));
  if (!m) return;
  n.value *= scriptScale!.get(m[1]!)!;
  n.end += m[0].length;
}

/**
 * Value of a phrase of number words, or undefined when it is not one count: "dozen" alone, "one two", "nine
 * and ten", "twenty thirty".
 */
export function parseNumberWords(phrase: string): number | undefined {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w);
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let half = false;
  /** What came last: nothing, an article, a unit word (0–19), a tens word, a scale word, or "and". */
  let last: 'none' | 'article' | 'unit' | 'tens' | 'scale' | 'and' = 'none';
  for (const w of words) {
    if (w === 'half' && last === 'none' && !half) {
      half = true;
      continue;
    }
    if ((w === 'a' || w === 'an') && last === 'none') {
      current = 1;
      last = 'article';
      continue;
    }
    if (w === 'and') {
      if (last !== 'scale') return undefined;
      last = 'and';
      continue;
    }
    const small = SMALL[w];
    if (small !== undefined) {
      const isTens = small >= 20;
      if (last === 'unit' || last === 'article') return undefined;
      if (last === 'tens' && (isTens || small >= 10 || small === 0)) return undefined;
      current += small;
      last = isTens ? 'tens' : 'unit';
      continue;
    }
    const scale = SCALE[w];
    if (scale === undefined || last === 'none' || last === 'and') return undefined;
    if (scale === 100 || scale === 12) {
      if (last === 'scale' && scale === 12) return undefined;
      current *= scale;
    } else {
      total += current * scale;
      current = 0;
    }
    last = 'scale';
  }
  if (last === 'article' || last === 'and' || (half && last !== 'scale')) return undefined;
  const value = total + current;
  return half ? value / 2 : value;
}

// Qualifiers, matched against the text just before (or after) the number.
const BEFORE: [RegExp, Qualifier][] = [
  [/(?:at[\s-]+least|not\s+less\s+than|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|minimum\s+of)\s*$/, 'at-least'],
  [/(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|above|beyond)\s*$/, 'over'],
  [/(?:up\s+to|as\s+many\s+as|less\s+than|fewer\s+than|under|a\s+maximum\s+of)\s*$/, 'up-to'],
  [/(?:nearly|almost|close\s+to|about|around|some|approximately|roughly|(?:an\s+)?estimated|approx\.?|circa|~)\s*$/, 'about'],
];
const URDU_PERSIAN_BEFORE: [string[], Qualifier][] = [
  [['کم از کم', 'حداقل', 'دست کم', 'دست‌کم', 'لږ تر لږه'], 'at-least'],
  [['بیش از', 'بیشتر از', 'زیادہ از'], 'over'],
  [['تقریباً', 'حدود', 'لگ بھگ', 'قریب', 'نزدیک به', 'شاوخوا', 'نږدې'], 'about'],
];
const URDU_PERSIAN_AFTER: [string[], Qualifier][] = [
  [['سے زائد', 'سے زیادہ', 'سے زاید', 'سے اوپر', 'څخه زیات', 'زیات', 'و بیشتر'], 'over'],
];
const AFTER_OVER = /^(?:\s*\+|[\s-]*plus\b|\s+or\s+more\b)/;

function alternation(list: [string[], Qualifier][], anchorEnd: boolean): [RegExp, Qualifier][] {
  return list.map(([words, q]) => {
    const source = words
      .map((w) => normalizeText(w))
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
      .join('|');
    return [
      anchorEnd ? new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${source})\\s*$`, 'u') : new RegExp(`^\\s*(?:${source})(?![\\p{L}\\p{M}])`, 'u'),
      q,
    ];
  });
}
let AP_BEFORE: [RegExp, Qualifier][] = [];
let AP_AFTER: [RegExp, Qualifier][] = [];
/** Built on first use: normalising the word lists costs nothing on pages that never look for numbers. */
function loadQualifiers(): void {
  if (AP_BEFORE.length) return;
  AP_BEFORE = alternation(URDU_PERSIAN_BEFORE, true);
  AP_AFTER = alternation(URDU_PERSIAN_AFTER, false);
}

interface RawNumber {
  value: number;
  start: number;
  end: number;
}

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return isWordChar(code) && !(code >= 0x30 && code <= 0x39);
}

/** Numbers that are not counts: parts of dates, times, ids, money, percentages, ordinals. */
function looksLikeCount(text: string, start: number, end: number, isDigits: boolean): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (!isDigits) return true;
  if (isLetter(before)) return false; // F16, A320
  if (before === '$' || before === '£' || before === '€' || before === '#' || before === '/' || before === ':' || before === '.')
    return false;
  if (after === '%' || after === ':' || after === '/' || (after === '.' && /\d/.test(text[end + 1] ?? ''))) return false;
  if (isLetter(after)) {
    // 58th, 3rd, 10km — but "200+" and Arabic-script text right after a digit are fine.
    if (/[a-z]/.test(after!)) return false;
  }
  // 2025-10-12, 2025-26, 12/10/2025: dates, not ranges.
  let left = start;
  let right = end;
  while (left > 0 && /[\d\-/.,]/.test(text[left - 1]!)) left--;
  while (right < text.length && /[\d\-/.,]/.test(text[right]!)) right++;
  const token = text.slice(left, right);
  if (/\d{4}-\d|\d-\d{4}|\d\/\d/.test(token)) return false;
  return true;
}

function rawNumbers(text: string, from: number, to: number): RawNumber[] {
  const out: RawNumber[] = [];
  // In the window only, as scriptNumbers: a search on to the next number of the page, which can be far on a page in
  // another script, made the figure reader quadratic on long pages (in Firefox above all).
  const lo = Math.max(0, from - 1);
  const part = text.slice(lo, Math.min(text.length, to + NUMBER_REACH));
  NUMBER.lastIndex = from - lo;
  for (let m = NUMBER.exec(part); m && m.index + lo < to; m = NUMBER.exec(part)) {
    const start = m.index + lo;
    const end = start + m[0].length;
    let value: number | undefined;
    if (m[1] !== undefined) {
      value = Number(m[1].replace(/,/g, ''));
      if (m[2] !== undefined) value *= SCALE[m[2]]!;
    } else {
      // Most are one word ("two"): no need to split them.
      value = SMALL[m[3]!] ?? parseNumberWords(m[3]!);
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    if (!looksLikeCount(text, start, end, m[1] !== undefined)) continue;
    out.push({ value, start, end });
  }
  if (ARABIC_SCRIPT.test(text.slice(from, to))) {
    loadScriptNumbers();
    const before = out.length;
    scriptNumbers(text, from, to, out);
    if (out.length > before) out.sort((a, b) => a.start - b.start);
    for (const n of out) applyScriptScale(text, n);
  }
  return out;
}

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** Between the two ends of a range: "15-20", "15 to 20", "between 15 and 20", Persian ۱۵ تا ۲۰, Urdu ۱۵ سے ۲۰, Pashto ۱۵ تر ۲۰. */
const RANGE_JOIN = /^\s*(?:-|to|and|تا|سے|تر)\s*$/;
const BETWEEN = /between\s*$/;
/** After a range's upper end, "up to" closes it: Pashto "له ۲۵ تر ۳۰ پورې", Urdu "۲۵ سے ۳۰ تک". */
const RANGE_CLOSE = /^\s*(?:پوری|تک)(?![\p{L}\p{M}])/u;

function qualifierBefore(text: string, at: number): { qualifier: Qualifier; start: number } | undefined {
  const window = text.slice(Math.max(0, at - 30), at);
  for (const [re, q] of BEFORE) {
    const m = re.exec(window);
    if (m && !isLetter(window[m.index - 1])) return { qualifier: q, start: at - window.length + m.index };
  }
  for (const [re, q] of AP_BEFORE) {
    const m = re.exec(window);
    if (m) {
      const lead = /^[^\p{L}\p{M}]?/u.exec(m[0])![0].length;
      return { qualifier: q, start: at - window.length + m.index + lead };
    }
  }
  return undefined;
}

/**
 * Pashto "له ۲۰۰ ډېر" / "تر ۲۰۰ ډېر" (more than 200): the comparative stands around the number. "ډېر" after a number
 * without "له" or "تر" before it is an adverb of the next word ("۵۸ ډېر زړور": 58 very brave).
 */
const PASHTO_THAN = /(?:^|[^\p{L}\p{M}])(?:له|تر)\s+$/u;
const PASHTO_MORE = /^\s+(?:ډیر|ډیرو)(?![\p{L}\p{M}])/u;
function pashtoComparative(text: string, start: number, end: number): { qualifier: Qualifier; end: number } | undefined {
  let i = end;
  while (text.charCodeAt(i) === 0x20) i++;
  if (text.charCodeAt(i) !== 0x689) return undefined; // ډ
  const more = PASHTO_MORE.exec(text.slice(end, end + 8));
  if (!more || !PASHTO_THAN.test(text.slice(Math.max(0, start - 6), start))) return undefined;
  return { qualifier: 'over', end: end + more[0].length };
}

function qualifierAfter(text: string, at: number): { qualifier: Qualifier; end: number } | undefined {
  // Most numbers are followed by a plain word: rule them out on one character before any regex runs.
  let i = at;
  while (text.charCodeAt(i) === 0x20) i++;
  const next = text.charCodeAt(i);
  if (!(next === 0x2b || next === 0x2d || next === 0x70 || next === 0x6f || (next >= 0x600 && next <= 0x6ff))) return undefined;
  const window = text.slice(at, at + 20);
  const over = AFTER_OVER.exec(window);
  if (over) return { qualifier: 'over', end: at + over[0].length };
  for (const [re, q] of AP_AFTER) {
    const m = re.exec(window);
    if (m) return { qualifier: q, end: at + m[0].length };
  }
  return undefined;
}

/**
 * Every count in `text` (normalised) with its range, and with the qualifier written AFTER it ("200+", "200
 * سے زائد"), which decides where the phrase ends; the qualifier in front is left to `qualify`, since looking
 * back costs more and most numbers are dismissed before anyone asks.
 */
export function scanNumbers(text: string, from = 0, to = text.length): NumberMatch[] {
  loadQualifiers();
  const raw = rawNumbers(text, from, to);
  const out: NumberMatch[] = [];
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i]!;
    let numStart = a.start;
    let numEnd = a.end;
    let min: number | undefined;
    let max: number | undefined;
    const b = raw[i + 1];
    if (b && b.value > a.value && b.start - a.end <= 8) {
      const gap = text.slice(a.end, b.start);
      const join = RANGE_JOIN.exec(gap);
      const between = join ? BETWEEN.exec(text.slice(Math.max(0, a.start - 12), a.start)) : null;
      if (join && (join[0].trim() !== 'and' || between)) {
        min = a.value;
        max = b.value;
        numEnd = b.end;
        if (between) numStart = a.start - between[0].length;
        i++;
      }
    }
    let qualifier: Qualifier = min !== undefined ? 'range' : 'exact';
    let end = numEnd;
    const after = min === undefined ? (qualifierAfter(text, numEnd) ?? pashtoComparative(text, numStart, numEnd)) : undefined;
    if (after) {
      qualifier = after.qualifier;
      end = after.end;
    }
    const close = min !== undefined ? RANGE_CLOSE.exec(text.slice(numEnd, numEnd + 8)) : null;
    if (close) end += close[0].length;
    const match: NumberMatch = { value: min ?? a.value, qualifier, start: numStart, end, numStart, numEnd };
    if (min !== undefined) {
      match.min = min;
      match.max = max;
    }
    out.push(match);
  }
  return out;
}

/** Adds the qualifier in front of a number from scanNumbers ("at least", "کم از کم"), in place. */
export function qualify(text: string, match: NumberMatch): NumberMatch {
  const before = qualifierBefore(text, match.numStart);
  if (!before) return match;
  // "200+" already says "over"; "some 15-20" stays a range.
  if (match.qualifier === 'exact') match.qualifier = before.qualifier;
  if (match.qualifier === before.qualifier || match.qualifier === 'range') match.start = before.start;
  return match;
}

/** Every count in `text` (normalised), with its range and qualifier. */
export function findNumbers(text: string): NumberMatch[] {
  return scanNumbers(text).map((m) => qualify(text, m));
}
