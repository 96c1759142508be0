/**
 * Anchoring on plain text: W3C Web Annotation TextQuoteSelector + TextPositionSelector.
 * Describing a passage and finding it again are pure functions of the page's text, so they are
 * tested in Node; lib/notes/dom-anchor.ts maps between this text and DOM ranges.
 *
 * Finding a quote again, cheapest first: the stored position still holds the quote; the quote
 * occurs verbatim (ties broken by prefix/suffix and position); the same with whitespace collapsed
 * (a re-indented article); an approximate match with approx-string-match (an edited article).
 * When all fail the note is an orphan: kept, shown as such, never dropped.
 */
import approxSearch from 'approx-string-match';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

export type AnchorMethod = 'position' | 'exact' | 'whitespace' | 'fuzzy';

export interface Located {
  start: number;
  end: number;
  method: AnchorMethod;
  /** Edit distance between the stored quote and the text found (0 unless fuzzy). */
  errors: number;
}

/** Enough context to tell repeated phrases apart, short enough that nearby edits rarely touch it. */
export const CONTEXT_CHARS = 32;
/** Above this share of edits a "match" is more likely another sentence than the edited quote. */
const MAX_ERROR_RATE = 0.25;
/** Quotes shorter than this are found only verbatim: a fuzzy 5-letter match is noise. */
const MIN_FUZZY_LENGTH = 8;
/** Repeated phrases beyond this are not worth ranking one by one. */
const MAX_CANDIDATES = 2000;

export function describe(text: string, start: number, end: number): Selectors {
  const from = Math.max(0, Math.min(start, end));
  const to = Math.min(text.length, Math.max(start, end));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - CONTEXT_CHARS), from),
      suffix: text.slice(to, to + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}

export function locate(text: string, selectors: Selectors): Located | null {
  const { exact, prefix, suffix } = selectors.quote;
  if (!exact) return null;
  const hint = selectors.position?.start;

  if (selectors.position && text.slice(selectors.position.start, selectors.position.end) === exact) {
    return { start: selectors.position.start, end: selectors.position.end, method: 'position', errors: 0 };
  }

  const verbatim = bestOccurrence(text, exact, prefix, suffix, hint);
  if (verbatim !== null) return { start: verbatim, end: verbatim + exact.length, method: 'exact', errors: 0 };

  const page = collapseWhitespace(text);
  const quote = collapseWhitespace(exact).text.trim();
  if (!quote) return null;
  const hintInPage = hint === undefined ? undefined : toCollapsedOffset(page.map, hint);
  const cPrefix = collapseWhitespace(prefix).text;
  const cSuffix = collapseWhitespace(suffix).text;

  const collapsed = bestOccurrence(page.text, quote, cPrefix, cSuffix, hintInPage);
  if (collapsed !== null) return { ...page.toOriginal(collapsed, collapsed + quote.length), method: 'whitespace', errors: 0 };

  if (quote.length < MIN_FUZZY_LENGTH) return null;
  const maxErrors = Math.floor(quote.length * MAX_ERROR_RATE);
  const matches = approxSearch(page.text, quote, maxErrors);
  if (!matches.length) return null;
  let best = matches[0]!;
  let bestScore = -Infinity;
  for (const m of matches.slice(0, MAX_CANDIDATES)) {
    const score =
      50 * (1 - m.errors / quote.length) +
      20 * contextScore(page.text, m.start, m.end, cPrefix, cSuffix) +
      2 * proximity(m.start, hintInPage, page.text.length);
    if (score > bestScore) {
      bestScore = score;
      best = m;
    }
  }
  return { ...page.toOriginal(best.start, best.end), method: 'fuzzy', errors: best.errors };
}

function bestOccurrence(text: string, exact: string, prefix: string, suffix: string, hint: number | undefined): number | null {
  let first = text.indexOf(exact);
  if (first < 0) return null;
  const second = text.indexOf(exact, first + 1);
  if (second < 0) return first;
  let best = first;
  let bestScore = -Infinity;
  for (let at = first, n = 0; at >= 0 && n < MAX_CANDIDATES; at = text.indexOf(exact, at + 1), n++) {
    const score = 20 * contextScore(text, at, at + exact.length, prefix, suffix) + 2 * proximity(at, hint, text.length);
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return best;
}

/** 0..1: how much of the stored prefix and suffix surround this spot. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const total = prefix.length + suffix.length;
  if (!total) return 0;
  let before = 0;
  while (before < prefix.length && text[start - 1 - before] === prefix[prefix.length - 1 - before]) before++;
  let after = 0;
  while (after < suffix.length && text[end + after] === suffix[after]) after++;
  return (before + after) / total;
}

function proximity(at: number, hint: number | undefined, length: number): number {
  if (hint === undefined || length === 0) return 0;
  return 1 - Math.min(1, Math.abs(at - hint) / length);
}

export interface CollapsedText {
  text: string;
  /** map[i] = offset in the original of collapsed char i; map[text.length] = original length. */
  map: Uint32Array;
  toOriginal(start: number, end: number): { start: number; end: number };
}

/** Every run of whitespace becomes one space, with a map back to the original offsets. */
export function collapseWhitespace(original: string): CollapsedText {
  const map = new Uint32Array(original.length + 1);
  let n = 0;
  let inSpace = false;
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < original.length; i++) {
    const space = isSpace(original.charCodeAt(i));
    if (space && inSpace) continue;
    if (space) {
      parts.push(original.slice(runStart, i), ' ');
      runStart = i + 1;
      inSpace = true;
    } else {
      if (inSpace) runStart = i;
      inSpace = false;
    }
    map[n++] = i;
  }
  if (!inSpace) parts.push(original.slice(runStart));
  const out = parts.join('');
  map[n] = original.length;
  const trimmed = map.subarray(0, n + 1);
  return {
    text: out,
    map: trimmed,
    toOriginal(start, end) {
      const s = trimmed[start] ?? original.length;
      const last = end > start ? (trimmed[end - 1] ?? original.length - 1) + 1 : s;
      return { start: s, end: last };
    },
  };
}

function toCollapsedOffset(map: Uint32Array, original: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((map[mid] ?? 0) < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 160 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x200b ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a)
  );
}
