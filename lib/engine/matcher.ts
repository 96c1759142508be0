/**
 * Every alias of the pack in one pass over normalised text: the compiled trie pattern finds where names start (at word
 * starts only: lib/engine/alias-starts.ts), and where a name ends is checked here on the neighbouring characters
 * (JavaScript's \b knows no Arabic script). Offsets come back in the ORIGINAL text.
 */
import type { GatePack } from '../pack/runtime-types';
import { ANCHOR, termOf } from '../text/pattern';
import { isWordAt, isWordChar, normalize, type Normalized } from '../text/normalize';
import { aliasStartsOf, nextAliasStart, type AliasStarts } from './alias-starts';

export interface AliasHit {
  alias: number;
  entity: number;
  /** Offsets in the original text. */
  start: number;
  end: number;
}

const patterns = new WeakMap<GatePack, RegExp>();

export function patternOf(pack: GatePack): RegExp {
  let re = patterns.get(pack);
  if (!re) patterns.set(pack, (re = new RegExp(pack.pattern, 'gu')));
  return re;
}

/** The alias starts of a pack (lib/engine/alias-starts.ts), made once per pack. */
const starts = new WeakMap<GatePack, AliasStarts>();
function startsOf(pack: GatePack): AliasStarts {
  let s = starts.get(pack);
  if (!s) starts.set(pack, (s = aliasStartsOf(() => indexOf(pack).keys(), pack.pattern)));
  return s;
}

const indexes = new WeakMap<GatePack, Map<string, number>>();

/**
 * The pack's aliasIndex as a Map, made once per pack: a hit's key is a new string every time, and Firefox looks such a
 * key up in a plain object's properties far more slowly than in a Map (about 10 of 50 ms of alias matching on the
 * bench's 1 MB page).
 */
function indexOf(pack: GatePack): Map<string, number> {
  let index = indexes.get(pack);
  if (!index) indexes.set(pack, (index = new Map(Object.entries(pack.aliasIndex))));
  return index;
}

const ZWNJ = '\u200C';
const SEPARATORS = /[\s-]+/g;

/**
 * Where a Latin alias really ends in the normalised text: after a plural "s" (Talibans), before a possessive
 * ('s, s', '). Returns -1 when a letter follows (Pakistania).
 */
function latinEnd(text: string, end: number): number {
  const next = text[end];
  if (next === "'" && text[end + 1] === 's' && !isWordAt(text, end + 2)) return end;
  if (next === 's' && !isWordAt(text, end + 1)) return end + 1;
  if (next === 's' && text[end + 1] === "'" && !isWordAt(text, end + 2)) return end + 1;
  return isWordAt(text, end) ? -1 : end;
}

/**
 * Where an Arabic-script alias ends: a letter may follow only across a zero-width non-joiner in the original
 * (Persian طالبان‌ها), which normalisation deleted. Returns the original end, or -1.
 */
function arabicEnd(norm: Normalized, end: number): number {
  if (!isWordAt(norm.text, end)) return norm.toOriginalEnd(end);
  const lastChar = norm.toOriginalStart(end - 1);
  const nextChar = norm.toOriginalStart(end);
  const between = norm.sourceSlice(lastChar + 1, nextChar);
  const cut = between.indexOf(ZWNJ);
  return cut < 0 ? -1 : lastChar + 1 + cut;
}

/** Original [start, end) of an alias found at normalised [start, end), or undefined when it is not a word. */
function accept(pack: GatePack, norm: Normalized, aliasIdx: number, start: number, end: number): [number, number] | undefined {
  const alias = pack.aliases[aliasIdx]!;
  let origEnd: number;
  if (alias.script === 'arabic') {
    origEnd = arabicEnd(norm, end);
    if (origEnd < 0) return undefined;
  } else {
    const e = alias.script === 'latin' ? latinEnd(norm.text, end) : isWordAt(norm.text, end) ? -1 : end;
    if (e < 0) return undefined;
    origEnd = norm.toOriginalEnd(e);
  }
  const origStart = norm.toOriginalStart(start);
  if (alias.exact !== undefined) {
    const original = norm.sourceSlice(origStart, norm.toOriginalEnd(end)).replace(SEPARATORS, ' ');
    if (original !== alias.exact) return undefined;
  }
  return [origStart, origEnd];
}

/**
 * All alias hits in `norm` (one normalised text, e.g. a page's joined blocks), left to right, not overlapping.
 * The figure verbs the same pass meets go to `anchors` as [start, end, …], and the gate's topic words to `terms`
 * as [term, start, end, …], in the normalised text; `normStarts` gets each hit's start there.
 */
export function findAliases(pack: GatePack, norm: Normalized, anchors?: number[], terms?: number[], normStarts?: number[]): AliasHit[] {
  const aliasStarts = startsOf(pack);
  const index = indexOf(pack);
  const text = norm.text;
  const hits: AliasHit[] = [];
  let from = 0;
  for (let m = nextAliasStart(aliasStarts, text, from); m; m = nextAliasStart(aliasStarts, text, from)) {
    const start = m.start;
    // Most hits are written exactly as their key; only odd spacing ("Durand\n  Line") needs collapsing.
    let aliasIdx = index.get(m.key);
    if (aliasIdx === undefined) aliasIdx = index.get(m.key.replace(SEPARATORS, ' '));
    let end = start + m.key.length;
    if (aliasIdx !== undefined && aliasIdx <= ANCHOR) {
      if (aliasIdx < ANCHOR && isWordAt(text, end)) end = inflectedEnd(text, start, end);
      const word = !isWordAt(text, end);
      if (word) {
        if (aliasIdx === ANCHOR) anchors?.push(start, end);
        else terms?.push(termOf(aliasIdx), start, end);
      }
      from = word ? end : start + 1;
      continue;
    }
    let range = aliasIdx === undefined ? undefined : accept(pack, norm, aliasIdx, start, end);
    if (!range && aliasIdx !== undefined) {
      // "Durand Lines-man": the longest alias fails; a shorter one starting here may still be a word.
      for (const p of pack.aliases[aliasIdx]!.prefixes ?? []) {
        const pEnd = matchedLength(text, start, pack.aliases[p]!.key);
        if (pEnd < 0) continue;
        range = accept(pack, norm, p, start, pEnd);
        if (range) {
          aliasIdx = p;
          end = pEnd;
          break;
        }
      }
    }
    if (!range || aliasIdx === undefined) {
      from = start + 1;
      continue;
    }
    hits.push({ alias: aliasIdx, entity: pack.aliases[aliasIdx]!.entity, start: range[0], end: range[1] });
    normStarts?.push(start);
    from = end;
  }
  return hits;
}

/**
 * The plural and oblique endings that Pashto, Dari and Urdu join to a noun (normalised: Pashto ې، ي and ۍ are all
 * ی here): Pashto بریدونه، بریدونو، ډرونو; Dari درگیری‌ها، مرزهای (the joiner is gone), and the Dari plural with
 * "his, their" (گفت‌وگوهایش، گفت‌وگوهایشان); Urdu سرحدوں، جھڑپیں. A topic or party word takes them without listing
 * every form; a name never does (a longer word is another name).
 */
const INFLECTIONS = new Set(['و', 'ونه', 'ونو', 'ی', 'یو', 'یی', 'ها', 'های', 'هایی', 'هایش', 'هایشان', 'وں', 'یں', 'ے']);
const LONGEST_INFLECTION = 6;

/** Where an Arabic-script gate word ends when an inflection follows it, or `end` (not a word) when none does. */
function inflectedEnd(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  if (first < 0x600 || first > 0x6ff) return end;
  let e = end;
  while (e < text.length && isWordChar(text.charCodeAt(e))) if (++e - end > LONGEST_INFLECTION) return end;
  return INFLECTIONS.has(text.slice(end, e)) ? e : end;
}

/** End of `key` matched at `start` of text, with a space in the key matching any run of spaces and hyphens; -1 if no match. */
function matchedLength(text: string, start: number, key: string): number {
  let i = start;
  for (let k = 0; k < key.length; k++) {
    if (key[k] === ' ') {
      const from = i;
      while (i < text.length && (text[i] === '-' || /\s/.test(text[i]!))) i++;
      if (i === from) return -1;
    } else if (text[i++] !== key[k]) return -1;
  }
  return i;
}

/** Convenience for one string: normalise and match. */
export function findAliasesIn(pack: GatePack, text: string): AliasHit[] {
  return findAliases(pack, normalize(text));
}
