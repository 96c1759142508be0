/**
 * Figures: a count with a unit phrase ("at least 58 Pakistani soldiers were killed", "killed 58 soldiers",
 * "۵۸ پاکستانی فوجی ہلاک"). A number alone, or a number with a noun but no verb of loss, is not a figure: "30
 * soldiers were deployed" must never turn into a claim.
 *
 * Works on NORMALISED text (see lib/text/normalize); offsets are in that text.
 */
import { isNumberWord, isScaleWord, qualify, scanNumbers, type NumberMatch } from '../text/numbers';
import { isWordChar, normalizeText } from '../text/normalize';
import { buildPattern } from '../text/pattern';
import { isSentenceBreakAt, sameSentence } from '../text/sentences';
import {
  AUXILIARIES,
  CONJUNCTIONS,
  COUNTERS,
  LEXICON,
  MULTI_FIRST,
  figureAnchorKeys,
  loadLexicon,
  longestEntry,
  type Category,
  type Noun,
  type TextSide,
  type TextUnit,
} from './figure-lexicon';

export { figureAnchorKeys, isSideWord, type Noun, type TextSide, type TextUnit } from './figure-lexicon';

export interface FigureCandidate extends NumberMatch {
  unit: TextUnit;
  noun?: Noun;
  side?: TextSide;
  /** The figure as written: from the qualifier to the noun (or to the verb when there is no noun). */
  textStart: number;
  textEnd: number;
  /** Everything the figure covers, verb included: names inside it are its subject, not its claimant. */
  spanStart: number;
  spanEnd: number;
  /** A part of the count before it, told after a colon ("118,000 displaced: 115,000 in Afghanistan and 3,000 …"): the total. */
  partOf?: number;
}

interface Token {
  word: string;
  start: number;
  end: number;
  /** A sentence break (see lib/text/sentences), not a word. */
  stop?: true;
}

/**
 * Words (and sentence breaks) of text[from, to), read only as far as asked: most numbers are dismissed after a
 * word or two. A plain character loop: a regex exec per word cost more than everything else here together.
 */
class Tokens {
  private readonly list: Token[] = [];
  private pos: number;

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {
    this.pos = from;
  }

  /** Does a clause mark (comma, semicolon, colon, bracket) stand right before token i? */
  markBefore(i: number): boolean {
    const t = this.at(i);
    if (!t) return false;
    const start = i > 0 ? this.list[i - 1]!.end : this.from;
    return CLAUSE_MARK.test(this.text.slice(start, t.start));
  }

  private read(): Token | undefined {
    const { text, to } = this;
    let i = this.pos;
    for (; i < to; i++) {
      const code = text.charCodeAt(i);
      if (isSentenceBreakAt(text, i)) {
        this.pos = i + 1;
        return { word: text[i]!, start: i, end: i + 1, stop: true };
      }
      if (isWordChar(code) || code === 0x27) break;
    }
    if (i >= to) {
      this.pos = to;
      return undefined;
    }
    const start = i;
    while (i < to) {
      const code = text.charCodeAt(i);
      if (!isWordChar(code) && code !== 0x27) break;
      i++;
    }
    this.pos = i;
    return { word: text.slice(start, i), start, end: i };
  }

  /** Token i, or undefined past the end. */
  at(i: number): Token | undefined {
    while (this.list.length <= i) {
      const t = this.read();
      if (!t) return undefined;
      this.list.push(t);
    }
    return this.list[i];
  }

  /** All tokens (for reading backwards). */
  all(): Token[] {
    for (let t = this.read(); t; t = this.read()) this.list.push(t);
    return this.list;
  }
}

const CLAUSE_MARK = /[,;:()\u060c\u061b]/;

/** Longest lexicon entry starting at token i: its category and how many tokens it spans. */
function lookup(toks: Tokens, i: number): [Category, number] | undefined {
  const first = toks.at(i)!.word;
  if (MULTI_FIRST.has(first)) {
    let key = first;
    const hits: [Category, number][] = [];
    for (let n = 2; n <= longestEntry && toks.at(i + n - 1); n++) {
      key += ' ' + toks.at(i + n - 1)!.word;
      const c = LEXICON.get(key);
      if (c) hits.push([c, n]);
    }
    if (hits.length) return hits[hits.length - 1];
  }
  const c = LEXICON.get(first) ?? (first.endsWith("'s") ? LEXICON.get(first.slice(0, -2)) : undefined);
  return c ? [c, 1] : undefined;
}

/** A sentence break, or another number: the phrase ends there. */
const isBreak = (t: Token): boolean => {
  const code = t.word.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || t.stop === true;
};

interface After {
  unit?: TextUnit;
  noun?: Noun;
  side?: TextSide;
  nounEnd?: number;
  verbEnd?: number;
  /** The verb follows its noun directly or across auxiliaries only ("soldiers were killed"). */
  verbAttached?: boolean;
  /** The verb is a prospect, not a report: "100,000 people could be displaced", Urdu "بے گھر ہو سکتے ہیں". */
  unreal?: boolean;
  /** The noun is a counter's (Persian تن, نفر): "به ۴۰ تن رسید" is still a toll's number. */
  fromCounter?: boolean;
}

/** A count (digits or an English number word) as a token: the end of this figure's phrase. */
function isNumberToken(t: Token): boolean {
  const code = t.word.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || isNumberWord(t.word);
}

/**
 * Does token i start a noun phrase (a noun after at most a few sides and fillers)? A scale word before it is the
 * number's ("۳ هزار تن": 3,000 persons), and a counter (Persian تن, نفر) is a noun of its own unless a verb follows
 * it first ("هفت تن دیگر را زخمی کرد": the count of a clause of its own).
 */
function startsNounPhrase(toks: Tokens, i: number): boolean {
  if (toks.at(i) && isScaleWord(toks.at(i)!.word)) i++;
  let counter = false;
  for (let k = 0; k < 4; k++) {
    const t = toks.at(i);
    if (!t || isBreak(t)) return counter;
    counter ||= COUNTERS.has(t.word);
    const hit = lookup(toks, i);
    if (!hit) return counter;
    if (hit[0].kind === 'noun') return true;
    if (hit[0].kind === 'verb') return false;
    i += hit[1];
  }
  return false;
}

/** Words that, right after a number, make it a part of the count before it: "three of them", Pashto "درې یې". */
const PARTITIVE = new Set(['them', 'whom', 'یی']);

/** "N of the dead", "N of those wounded". */
const PARTITIVE_DETERMINERS = new Set(['the', 'those']);

function isPartOfCount(toks: Tokens, i: number): boolean {
  const t = toks.at(i);
  if (!t || t.stop) return false;
  if (PARTITIVE.has(t.word)) return true;
  return t.word === 'of' && PARTITIVE.has(toks.at(i + 1)?.word ?? '');
}

/** Read the words after a number: [side/filler]* [noun] [side] … verb. */
function readAfter(toks: Tokens): After {
  const out: After = {};
  let i = 0;
  let steps = 0;
  let counterEnd: number | undefined;
  const counterAsNoun = (): After => {
    if (counterEnd !== undefined && out.noun === undefined && out.unit === undefined) {
      out.noun = 'people';
      out.nounEnd = counterEnd;
      out.fromCounter = true;
    }
    return out;
  };
  // "40 casualties, five of them dead": a part of the count before, with a verb of loss of its own right after "of
  // them" (auxiliaries aside). Its people are the count before's. Anything else after "of them" ("three of them
  // cricketers, were killed") leaves the number a part of the count before, never a count of its own.
  if (isPartOfCount(toks, 0)) {
    let j = toks.at(0)!.word === 'of' ? 2 : 1;
    while (toks.at(j) && !isBreak(toks.at(j)!) && AUXILIARIES.has(toks.at(j)!.word)) j++;
    const hit = toks.at(j) && !isBreak(toks.at(j)!) && !toks.markBefore(j) ? lookup(toks, j) : undefined;
    if (hit?.[0].kind === 'verb') {
      out.unit = hit[0].unit;
      out.verbEnd = toks.at(j + hit[1] - 1)!.end;
      out.verbAttached = true;
    }
    return out;
  }
  // "bury 13 of the dead", "two of those wounded died later": a part of the dead, never a toll of its own.
  if (toks.at(0)?.word === 'of' && PARTITIVE_DETERMINERS.has(toks.at(1)?.word ?? '') && toks.at(2) && !isBreak(toks.at(2)!)) {
    if (lookup(toks, 2)?.[0].kind === 'verb') return out;
  }
  // Before the noun: sides and fillers only, in one clause ("killed 12, officials said": the officials are not
  // the twelve).
  for (let t = toks.at(0); t && steps < 5; t = toks.at(i)) {
    if (isBreak(t) || isNumberToken(t) || toks.markBefore(i)) return counterAsNoun();
    // "killed 12 and wounded 20": a verb right after "and" starts the next clause, and is not this count's.
    if (CONJUNCTIONS.has(t.word) && toks.at(i + 1) && !isBreak(toks.at(i + 1)!) && lookup(toks, i + 1)?.[0].kind === 'verb')
      return counterAsNoun();
    const hit = lookup(toks, i);
    if (!hit) {
      // Persian "۵ تن دیگر پیش از رسیدن به بیمارستان جان باخته‌اند": the counter is the noun, and its verb may
      // stand further on, as a noun's does.
      if (counterAsNoun().noun === undefined) return out;
      break;
    }
    if (COUNTERS.has(t.word)) counterEnd = t.end;
    const [c, n] = hit;
    if (c.kind === 'side') out.side = c.side;
    else if (c.kind === 'noun') {
      out.noun = c.noun;
      if (c.side) out.side ??= c.side;
      out.nounEnd = toks.at(i + n - 1)!.end;
      i += n;
      break;
    } else if (c.kind === 'verb') {
      if (takenTo(toks, i, n, c.unit) || HELD.has(t.word) || FELL.has(t.word)) return counterAsNoun();
      out.unit = lossOrOther(toks, i + n, c.unit);
      out.verbEnd = toks.at(i + n - 1)!.end;
      out.verbAttached = true;
      nounAfterVerb(toks, i + n, out);
      return out;
    }
    i += n;
    steps++;
  }
  if (out.noun === undefined) return counterAsNoun();
  if (out.noun === 'casualties') out.unit = 'casualties';
  // After the noun: a few words until a verb of loss. Persian puts the side here (سرباز پاکستانی), and
  // joins nouns (نیروی طالبان: Taliban forces).
  let attached = true;
  let modal = false;
  // Still inside the noun's compound: only its adjectives since ("27 Afghan Taliban military posts").
  let compound = true;
  for (let k = 0, t = toks.at(i); t && k < 16; k++, t = toks.at(i)) {
    if (isModalAt(toks, i)) modal = true;
    if (isNumberToken(t)) {
      compound = false;
      // "eight people, three of them cricketers, were killed" (Pashto "۸ تنه ملکي وګړي، چې درې یې …"): a part of
      // this count, not a count of its own; the verb further on is still this one's.
      if (isPartOfCount(toks, i + 1)) {
        attached = false;
        i++;
        continue;
      }
      // "13 soldiers and 52 civilians had been killed": one verb for both. "58 killed and 30 wounded": not.
      if (!startsNounPhrase(toks, i + 1)) break;
      attached = false;
      i++;
      continue;
    }
    if (isBreak(t)) break;
    const hit = lookup(toks, i);
    if (hit) {
      const [c, n] = hit;
      const word = toks.at(i)!.word;
      if (c.kind === 'verb' && !(HELD.has(word) && !(attached && out.noun === 'posts')) && !(FELL.has(word) && out.noun !== 'posts')) {
        if (takenTo(toks, i, n, c.unit)) break;
        out.unit = lossOrOther(toks, i + n, c.unit);
        out.verbEnd = toks.at(i + n - 1)!.end;
        out.verbAttached = attached;
        if (modal || mayBecome(toks, i + n)) out.unreal = true;
        break;
      }
      if (k === 0 && c.kind === 'side') out.side ??= c.side;
      // "27 Afghan Taliban posts", "military outposts": the last noun of a compound is what was counted, an adjective
      // of the compound between ("27 Afghan Taliban military posts", "12 Pakistani army border posts").
      if (compound && c.kind === 'noun' && (c.noun === 'posts' || c.noun === 'tanks' || c.noun === 'vehicles')) {
        out.noun = c.noun;
        out.nounEnd = toks.at(i + n - 1)!.end;
        i += n;
        continue;
      }
      compound &&= c.kind === 'filler' && COMPOUND_ADJECTIVES.has(word);
      if (k === 0 && c.kind === 'noun' && c.side) {
        out.side ??= c.side;
        if (c.noun === 'fighters' && out.noun === 'soldiers') out.noun = 'fighters';
      }
      if (!(c.kind === 'filler' && AUXILIARIES.has(toks.at(i)!.word))) attached = false;
      i += n;
    } else {
      attached = false;
      compound = false;
      i++;
    }
  }
  return out;
}

/**
 * "58 soldiers were killed or wounded", Persian "کشته و زخمی شدند", Urdu "ہلاک و زخمی", Pashto "وژل شوي او ټپیان": one
 * count of the dead and the wounded together, a count of casualties, never of either. `i` is the token after the verb;
 * the other verb of loss must follow its "and" or "or" directly (an auxiliary aside): "killed and 30 wounded" is two counts.
 */
function lossOrOther(toks: Tokens, i: number, unit: TextUnit): TextUnit {
  let t = toks.at(i);
  if (t && !isBreak(t) && PAIR_AUXILIARIES.has(t.word)) t = toks.at(++i);
  if (!t || isBreak(t) || !PAIR_CONJUNCTIONS.has(t.word) || toks.markBefore(i)) return unit;
  const next = toks.at(i + 1);
  const hit = next && !isBreak(next) ? lookup(toks, i + 1) : undefined;
  return hit?.[0].kind === 'verb' && lossPair(unit, hit[0].unit) ? 'casualties' : unit;
}
/** The dead and the wounded, one of each. */
const lossPair = (a: TextUnit, b: TextUnit): boolean => (a === 'killed' && b === 'wounded') || (a === 'wounded' && b === 'killed');
const PAIR_CONJUNCTIONS = new Set(['and', 'or', 'و', 'یا', 'اور', 'او'].map((w) => normalizeText(w)));
const PAIR_AUXILIARIES = new Set(
  ['were', 'was', 'been', 'شده', 'شدند', 'شد', 'شوي', 'شول', 'ہوئے', 'ہو', 'گئے'].map((w) => normalizeText(w)),
);

/**
 * Words that make a verb of loss a prospect: "could be displaced", "would kill", "threatened to kill" (not "may have
 * been killed", a hedged report).
 */
// Persian خطر (risk: "خطر مرگ ۱۲ هزار کودک", the risk of death of 12,000 children) is one too.
const MODALS = new Set(['could', 'would', 'will', 'might', 'can', 'cannot', normalizeText('خطر')]);
function isModalAt(toks: Tokens, i: number): boolean {
  const t = toks.at(i);
  if (!t || isBreak(t) || !MODALS.has(t.word)) return false;
  return toks.at(i + 1)?.word !== 'have';
}
/** Urdu "بے گھر ہو سکتے ہیں" (may be made homeless): the modal سکنا right after the verb (its auxiliary aside). */
const URDU_MAY = new Set(['سکتے', 'سکتی', 'سکتا', 'سکیں'].map((w) => normalizeText(w)));
function mayBecome(toks: Tokens, i: number): boolean {
  for (let k = 0; k < 2; k++) {
    const t = toks.at(i + k);
    if (!t || isBreak(t)) return false;
    if (URDU_MAY.has(t.word)) return true;
  }
  return false;
}
/** Bare verbs that an infinitive's "to" may stand before ("threatened to kill 58 soldiers"). */
const BARE_VERBS = new Set(['kill', 'capture', 'seize', 'destroy', 'displace', 'wound', 'injure', 'take']);

/** "30 people were taken to hospital", "12 taken to Kabul": taken somewhere is no capture. */
function takenTo(toks: Tokens, i: number, n: number, unit: TextUnit): boolean {
  if (unit !== 'captured' || n !== 1 || !TAKEN.has(toks.at(i)!.word)) return false;
  const next = toks.at(i + 1);
  return next !== undefined && !isBreak(next) && next.word === 'to';
}
const TAKEN = new Set(['taken', 'took']);
/**
 * "Held" is a capture only of posts, right after them ("21 Afghan positions had been held"): talks, meetings and
 * people are held too, and a verb further on may be another clause's.
 */
const HELD = new Set(['held']);
/** Adjectives inside a compound noun of things, before its last noun: "military posts", "border posts". */
const COMPOUND_ADJECTIVES = new Set(['military', 'army', 'border', 'frontier', 'security']);
/**
 * Persian "افتاد" (fell: "۱۹ پوسته به دست نیروهای آن افتاده است", 19 posts fell into its forces' hands) is a capture
 * only of posts: people fall into ambushes, and things "happen" (اتفاق افتاد).
 */
const FELL = new Set(['افتاد', 'افتاده', 'افتادند'].map((w) => normalizeText(w)));

/**
 * "four wounded civilians", Urdu "چار زخمی شہری": the verb stands before its noun as an adjective. The noun (after at
 * most a side word: "two injured Afghan guards") is the figure's.
 */
function nounAfterVerb(toks: Tokens, i: number, out: After): void {
  let hit = toks.at(i) && !isBreak(toks.at(i)!) ? lookup(toks, i) : undefined;
  let side: TextSide | undefined;
  if (hit && hit[0].kind === 'side') {
    side = hit[0].side;
    i += hit[1];
    hit = toks.at(i) && !isBreak(toks.at(i)!) ? lookup(toks, i) : undefined;
  }
  if (!hit || hit[0].kind !== 'noun' || hit[0].noun === 'others' || hit[0].noun === 'casualties') return;
  out.noun = hit[0].noun;
  out.nounEnd = toks.at(i + hit[1] - 1)!.end;
  const whose = side ?? hit[0].side;
  if (whose) out.side ??= whose;
}

/**
 * A verb of loss shortly before the number: "killed 58 soldiers", "the killing of at least 58", "killed in
 * three days of fighting, along with 12 Pakistani soldiers". Returns the unit, how many words back it is, and
 * whether an "and" stands between ("captured 25 posts and 9 soldiers died": the verb is not this number's).
 */
function verbBefore(
  tokens: Tokens,
  previous?: FigureCandidate,
): { unit: TextUnit; distance: number; acrossAnd: boolean; unreal: boolean; end: number } | undefined {
  const toks = tokens.all();
  let acrossAnd = false;
  for (let i = toks.length - 1, k = 0; i >= 0 && k < 8; i--, k++) {
    const t = toks[i]!;
    if (isBreak(t) && !isNumberWord(t.word)) return undefined;
    if (CONJUNCTIONS.has(t.word)) acrossAnd = true;
    for (let n = Math.min(longestEntry, i + 1); n >= 1; n--) {
      const hit = lookup(tokens, i - n + 1);
      // "Held" and "fell" capture only the posts before them, never a count after them ("prayers were held for 12
      // soldiers who were martyred").
      if (hit && hit[1] === n && hit[0].kind === 'verb' && !FELL.has(toks[i]!.word) && !HELD.has(toks[i]!.word)) {
        // "a depot wiped out and 27 posts hit": a verb followed by "and" closed its own clause, and is only this
        // number's too when it was the verb of the count before ("58 soldiers had died and nine Afghan soldiers").
        if (CONJUNCTIONS.has(toks[i + 1]?.word ?? '') && !(previous && previous.spanEnd === t.end)) return undefined;
        // "killed or wounded 58 soldiers": one count of both, as after the noun (lossOrOther).
        const first = i - n + 1;
        const prior = first >= 2 && PAIR_CONJUNCTIONS.has(toks[first - 1]!.word) ? lookup(tokens, first - 2) : undefined;
        const paired = prior?.[0].kind === 'verb' && lossPair(prior[0].unit, hit[0].unit);
        // "could displace 100,000 people", "threatened to kill 58 soldiers": a prospect, not a report.
        const unreal =
          first >= 1 && (isModalAt(tokens, first - 1) || (toks[first - 1]!.word === 'to' && BARE_VERBS.has(toks[first]!.word)));
        return { unit: paired ? 'casualties' : hit[0].unit, distance: k, acrossAnd, unreal, end: t.end };
      }
    }
  }
  return undefined;
}

/** How far a number may sit before its verb (the noun phrase between), and after it ("killed … 58"). */
const BEFORE_VERB = 200;
// After the verb, as far as the parts of a total told after a colon ("… forced from their homes, the agency says:
// around 115,000 on the Afghan side"); 80 cut them off.
const AFTER_VERB = 120;
let anchorPattern: RegExp | undefined;

/**
 * Where the anchors are, as [start, end, start, end, …] in `text`. The compiled pack's pattern finds them in
 * the same pass as the aliases; this is the fallback for callers without that pass.
 */
function findAnchors(text: string): number[] {
  anchorPattern ??= new RegExp(buildPattern(figureAnchorKeys()), 'gu');
  const out: number[] = [];
  anchorPattern.lastIndex = 0;
  for (let m = anchorPattern.exec(text); m; m = anchorPattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if ((start > 0 && isWordChar(text.charCodeAt(start - 1))) || (end < text.length && isWordChar(text.charCodeAt(end)))) {
      anchorPattern.lastIndex = start + 1;
      continue;
    }
    out.push(start, end);
  }
  return out;
}

/** Stretches of text around the anchors, merged: numbers are read only there. */
function figureWindows(text: string, anchors: readonly number[]): [number, number][] {
  const windows: [number, number][] = [];
  for (let k = 0; k < anchors.length; k += 2) {
    const lo = Math.max(0, anchors[k]! - BEFORE_VERB);
    const hi = Math.min(text.length, anchors[k + 1]! + AFTER_VERB);
    const last = windows[windows.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else windows.push([lo, hi]);
  }
  return windows;
}

/**
 * Every figure in a normalised text. `anchors` are the verb positions found by the alias pass (see
 * PreparedText.anchors); without them the text gets a pass of its own.
 */
export function findFigureCandidates(text: string, anchors?: readonly number[]): FigureCandidate[] {
  loadLexicon();
  const out: FigureCandidate[] = [];
  for (const [lo, hi] of figureWindows(text, anchors ?? findAnchors(text))) {
    let previous: FigureCandidate | undefined;
    for (const num of withNumberWordsBeforePeople(text, lo, hi, scanNumbers(text, lo, hi))) {
      const candidate = readFigure(text, num, previous && sameSentence(text, previous.spanEnd, num.start) ? previous : undefined);
      if (!candidate) continue;
      // "two Pakistani soldiers had been killed and three wounded": the second count is of the same people; so are
      // "30 others" (and with no count before them, nobody in particular).
      if (candidate.noun === 'others') delete candidate.noun;
      // Not things for people: "20 posts destroyed, … 16 wounded" are not 16 wounded posts.
      if (
        candidate.noun === undefined &&
        previous &&
        sameSentence(text, previous.spanEnd, candidate.start) &&
        !thingsForPeople(previous, candidate)
      ) {
        if (previous.noun !== undefined) candidate.noun = previous.noun;
        if (previous.side !== undefined) candidate.side ??= previous.side;
      }
      out.push(candidate);
      previous = candidate;
    }
  }
  return out;
}

/**
 * Number words left out of the number reader because they are as often other words (lib/text/numbers.ts): Pashto
 * یو and Urdu ایک, Persian یک (one, also the article "a"), Urdu نو (nine, also Pashto "so"). Right before a noun of
 * people ("یو سرتېری وژل شوی", "نو اہلکار ہلاک") they are the count.
 */
const WORDS_BEFORE_PEOPLE = new Map<string, number>(
  (
    [
      ['یو', 1],
      ['ایک', 1],
      ['یک', 1],
      ['نو', 9],
    ] as const
  ).map(([w, v]) => [normalizeText(w), v]),
);
const PEOPLE_NOUNS: ReadonlySet<Noun> = new Set<Noun>(['soldiers', 'fighters', 'civilians', 'people']);
const URDU_PEOPLE: ReadonlySet<string> = new Set(
  ['اہلکار', 'اہلکاروں', 'افراد', 'فوجی', 'فوجیوں', 'جوان', 'جوانوں', 'سپاہی', 'شہری', 'شہریوں', 'لوگ', 'لوگوں'].map((w) =>
    normalizeText(w),
  ),
);
let wordsBeforePeople: RegExp | undefined;
/** How far past a window the noun after such a word is read (longer than any noun of people). */
const NOUN_AFTER_WINDOW = 48;

/** `numbers` with those words added where a noun of people follows, in text order. */
function withNumberWordsBeforePeople(text: string, lo: number, hi: number, numbers: NumberMatch[]): NumberMatch[] {
  // A side word may stand between: "یو پاکستانی ملکي وګړی" (one Pakistani civilian).
  wordsBeforePeople ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(${[...WORDS_BEFORE_PEOPLE.keys()].join('|')})\\s+([\\p{L}\\p{M}]+)(?:\\s+([\\p{L}\\p{M}]+))?`,
    'gu',
  );
  const found: NumberMatch[] = [];
  // Read in the window's own slice: on the whole text, a window with no such word sent the search on to the next
  // one anywhere after it (to the end of a page in another script), once per window. The slice's first word may
  // be the end of a longer one: the letter before the window decides. A word that starts inside the window reads
  // its noun past the window's end, as before.
  const part = text.slice(lo, Math.min(text.length, hi + NOUN_AFTER_WINDOW));
  wordsBeforePeople.lastIndex = 0;
  for (let m = wordsBeforePeople.exec(part); m && m.index < hi - lo; m = wordsBeforePeople.exec(part)) {
    wordsBeforePeople.lastIndex = m.index + m[1]!.length;
    if (m.index === 0 && lo > 0 && /[\p{L}\p{N}]/u.test(text[lo - 1]!)) continue;
    const noun = m[3] !== undefined && LEXICON.get(m[2]!)?.kind === 'side' ? m[3] : m[2]!;
    const c = LEXICON.get(noun);
    // Nine only before an Urdu noun: Pashto "نو خلک وايي" is "so people say".
    const nine = WORDS_BEFORE_PEOPLE.get(m[1]!) === 9;
    if (c?.kind === 'noun' && PEOPLE_NOUNS.has(c.noun) && (!nine || URDU_PEOPLE.has(noun))) {
      const start = lo + m.index;
      const end = start + m[1]!.length;
      found.push({ value: WORDS_BEFORE_PEOPLE.get(m[1]!)!, qualifier: 'exact', start, end, numStart: start, numEnd: end });
    }
  }
  return found.length ? [...numbers, ...found].sort((a, b) => a.start - b.start) : numbers;
}

/** Would the count before lend a count of people (killed, wounded) its noun of things (posts, tanks, vehicles)? */
function thingsForPeople(previous: FigureCandidate, candidate: FigureCandidate): boolean {
  const things = previous.noun === 'posts' || previous.noun === 'tanks' || previous.noun === 'vehicles';
  return things && (candidate.unit === 'killed' || candidate.unit === 'wounded' || candidate.unit === 'casualties');
}

/**
 * The figure around one number, or undefined. `previous` is the figure just before it in the same sentence:
 * "12 Pakistani soldiers and one Pakistani civilian" shares its verb.
 */
function readFigure(text: string, num: NumberMatch, previous: FigureCandidate | undefined): FigureCandidate | undefined {
  if (partOfTheDead(text, num.numStart)) return undefined;
  const after = readAfter(new Tokens(text, num.end, Math.min(text.length, num.end + 160)));
  // "Five people, including two children, were killed", Persian "۱۰ غیرنظامی از جمله ۶ کودک", Urdu "۵ افراد … جن میں
  // دو بچے", "دو بچوں سمیت ۵ افراد": people who are a part of the count of people beside it, never a count (nor a
  // claim) of their own. ("8 posts including 6 tanks" are two counts.) Urdu's سمیت tells posts so too: "دو فوجی اڈوں
  // سمیت ۱۹ چوکیاں" (19 posts, two military bases among them).
  const ofPeople = after.noun === undefined || PEOPLE_NOUNS.has(after.noun);
  const including = ofPeople || after.noun === 'posts' ? INCLUDING_AFTER.exec(text.slice(num.numEnd, num.numEnd + 40)) : null;
  // The total may be a digit or a number word: "تین بچوں سمیت سات افراد" (seven people, three children among them).
  if (including && (including[1] === undefined || isNumberWord(including[1]))) return undefined;
  // "All seven were killed", Persian "هر هفت نفر", Urdu "تمام سات افراد", Pashto "ټول اووه کسان": a group the text has
  // counted already, told of again; persons with no side or kind are its, never a count of their own.
  if (
    (after.noun === undefined || after.noun === 'people') &&
    after.side === undefined &&
    ALL_BEFORE.test(text.slice(Math.max(0, num.start - 12), num.start))
  )
    return undefined;
  if (
    ofPeople &&
    previous?.noun !== undefined &&
    PEOPLE_NOUNS.has(previous.noun) &&
    (INCLUDING_BEFORE.test(text.slice(previous.textEnd, num.numStart)) ||
      (after.nounEnd !== undefined && AMONG_THEM_AFTER.test(text.slice(after.nounEnd, after.nounEnd + 40))))
  )
    return undefined;
  // Pashto "د پاکستان پوځ ۱۱ کسان ووژل شول" (of the Pakistani army, 11 people were killed): people counted as the
  // army's are its soldiers.
  if ((after.noun === 'people' || after.noun === undefined) && after.side === undefined) {
    const army = ARMY_BEFORE.exec(text.slice(Math.max(0, num.start - 32), num.start));
    // Passive only ("ووژل شول", were killed): "د پاکستان پوځ ۱۱ کسان ووژل" is the army killing 11 people.
    if (army && after.verbEnd !== undefined && PASHTO_PASSIVE.test(text.slice(num.end, after.verbEnd + 6))) {
      after.noun = 'soldiers';
      after.side = army[1] === normalizeText('پاکستان') ? 'pakistan' : 'afghanistan';
    }
  }
  // "..., while Pakistan reported that 23 of its soldiers died", "Pakistan had lost up to 23 soldiers": soldiers that
  // are the clause's own side's (its, their; lost) are of the one side the clause names before them.
  if (after.noun === 'soldiers' && after.side === undefined) {
    const before = text.slice(Math.max(0, num.start - 100), num.start);
    if (OWN_AFTER.test(text.slice(num.end, num.end + 12)) || OWN_BEFORE.test(before)) after.side = clauseSide(before);
  }
  let unit = after.unit;
  // "captured 21 Afghan positions and destroyed camps": a verb just before the number beats one after it
  // that belongs to the next clause.
  let verbBeforeIsIts = false;
  if (after.noun !== undefined && !after.verbAttached) {
    const before = verbBefore(new Tokens(text, Math.max(0, num.start - 80), num.start), previous);
    // Pashto "۲۰۰ یې ټپیان کړل، ۲۷ پوستې یې ړنګې کړې" (wounded 200, destroyed 27 posts): a verb that ends the count
    // before (inside its span), a clause mark after it, is that count's; this count's own verb after it is this one's.
    const previousVerb =
      unit !== undefined &&
      before !== undefined &&
      previous !== undefined &&
      before.end > previous.numEnd &&
      before.end <= previous.spanEnd &&
      CLAUSE_MARK.test(text.slice(before.end, num.start));
    if (before && !previousVerb && (!unit || (before.distance <= 3 && !before.acrossAnd))) {
      if (before.unreal) return undefined;
      unit = before.unit;
      // The verb after the noun is then the next clause's ("killed nine civilians, and in Khost a journalist was
      // shot dead"): the figure ends at its noun.
      verbBeforeIsIts = true;
    }
  }
  // "… 12 soldiers and one civilian": a count joined by "and" shares the verb of the one before, and its total.
  let sharedTotal: number | undefined;
  if (!unit && after.noun !== undefined && previous && /^[\s,]*(?:and|و|اور|او)\s*$/.test(text.slice(previous.textEnd, num.start))) {
    unit = previous.unit;
    if (previous.partOf !== undefined && num.value < previous.partOf) sharedTotal = previous.partOf;
  }
  let elided: FigureCandidate | undefined;
  if (after.noun === undefined && after.verbEnd === undefined && previous?.noun !== undefined) {
    // "killed 35 people and injured 422": the second verb's object is left out, and is the first one's. Only
    // with the verb right before the number (its qualifier aside) and nothing after it but the clause's end.
    qualify(text, num);
    const before = verbBefore(new Tokens(text, Math.max(0, num.start - 40), num.start));
    // "… and injured 20 more": more of the same people. ("… wounded another 535." is read below, as a bare count.)
    const more = before?.distance === 0 && /^\s+more\b/.exec(text.slice(num.end, num.end + 6));
    const end = num.end + (more ? more[0].length : 0);
    if (before && before.distance === 0 && ELIDED_END.test(text.slice(end, end + 6))) {
      unit = before.unit;
      elided = previous;
    }
  }
  // Persian "جان دست‌کم ۱۳ غیرنظامی را گرفت" (took the lives of at least 13 civilians): "lives" right before a count of
  // people, and a verb of taking after it, as English "claimed the lives of".
  if (!unit && after.noun !== undefined && PEOPLE_NOUNS.has(after.noun) && after.verbEnd === undefined) {
    qualify(text, num);
    if (
      LIVES_BEFORE.test(text.slice(Math.max(0, num.start - 12), num.start)) &&
      LIVES_TAKEN.test(text.slice(after.nounEnd!, after.nounEnd! + 100))
    )
      unit = 'killed';
  }
  // "the death toll rose to 400", Urdu "ہلاکتوں کی تعداد 400": a toll's number stands alone.
  let toll = false;
  if (!unit && (after.noun === undefined || after.fromCounter) && after.verbEnd === undefined) {
    unit = tollBefore(text, num.numStart);
    toll = unit !== undefined;
  }
  // "the strikes killed 12, including five children": a count of people right after its verb, the clause ending
  // there. ("killed 58 years ago" goes on with a word, and is no count.)
  if (!unit && !elided && after.noun === undefined && after.verbEnd === undefined && BARE_END.test(text.slice(num.end, num.end + 16))) {
    qualify(text, num);
    const before = verbBefore(new Tokens(text, Math.max(0, num.start - 40), num.start));
    // "killed 352 and wounded another 535.": "another" may stand between the verb and its count.
    const near =
      before?.distance === 0 || (before?.distance === 1 && ANOTHER_BEFORE.test(text.slice(Math.max(0, num.start - 9), num.start)));
    if (before && near && (before.unit === 'killed' || before.unit === 'wounded')) {
      unit = before.unit;
      toll = true;
    }
  }
  // "About 118,000 people were displaced: around 115,000 on the Afghan side and about 3,000 in Pakistan": the parts of
  // a total told after a colon (and the next part after "and") are counts of its people, each smaller than it.
  let partOf: number | undefined = sharedTotal;
  if (!unit && after.noun === undefined && after.verbEnd === undefined && previous?.noun !== undefined) {
    qualify(text, num);
    const total = partOfTotal(text, previous, num, NEXT_PART);
    if (total !== undefined && ELIDED_END.test(text.slice(num.end, num.end + 6))) {
      unit = previous.unit;
      elided = previous;
      partOf = total;
    }
  }
  // "The victims are 78: 12 Pakistani soldiers and one civilian, and 13 Afghan soldiers and 52 Afghan civilians": parts of
  // a total told after a colon with nouns of their own and no verb of their own take the total's verb (each smaller).
  if (!unit && after.noun !== undefined && PEOPLE_NOUNS.has(after.noun) && after.verbEnd === undefined && previous?.unit) {
    partOf = partOfTotal(text, previous, num, NEXT_NAMED_PART);
    if (partOf !== undefined) unit = previous.unit;
  }
  // "killed 58" with no noun after it is too loose ("killed 58 years ago"): a noun must follow.
  if (!unit) return undefined;
  if (after.unreal && unit === after.unit) return undefined;
  // "wiped out 200 militants", Pashto "۲۰۰ ترهګر یې له منځه وړي", Persian "۲۰ تروریست نابود شدند": people destroyed are killed.
  if (unit === 'destroyed' && after.noun !== undefined && PEOPLE_NOUNS.has(after.noun)) unit = 'killed';
  if (after.noun === undefined && after.verbEnd === undefined && !elided && !toll) return undefined;
  qualify(text, num);
  const textEnd = after.nounEnd ?? after.verbEnd ?? num.end;
  const candidate: FigureCandidate = {
    ...num,
    unit,
    textStart: num.start,
    textEnd,
    spanStart: num.start,
    spanEnd: verbBeforeIsIts ? textEnd : Math.max(textEnd, after.verbEnd ?? 0),
  };
  if (after.noun) candidate.noun = after.noun;
  if (after.side) candidate.side = after.side;
  if (elided) {
    candidate.noun = elided.noun!;
    if (elided.side && partOf === undefined) candidate.side = elided.side;
  }
  if (partOf !== undefined) candidate.partOf = partOf;
  return candidate;
}

/**
 * A toll ending right before a number ("the death toll rose to", "the number killed had risen to at least", Urdu
 * "ہلاکتوں کی تعداد", Persian "شمار کشته‌شدگان به", Pashto "د وژل شویو شمېر"), in one sentence: its unit.
 */
function tollBefore(text: string, at: number): TextUnit | undefined {
  let from = Math.max(0, at - TOLL_REACH);
  for (let i = at - 1; i >= from; i--) if (isSentenceBreakAt(text, i)) from = i + 1;
  const before = text.slice(from, at);
  TOLL_PATTERNS ??= TOLL_SOURCES.map(([source, unit]) => [new RegExp(normalizeText(source), 'u'), unit]);
  for (const [pattern, unit] of TOLL_PATTERNS) if (pattern.test(before)) return unit;
  return undefined;
}

/**
 * "Among the dead were 13 civilians", "of those killed, 34 died in air strikes", Urdu "جاں بحق ہونے والوں میں 13 …",
 * Persian "از میان کشته‌شدگان ۱۳ …": a part of a count told before, never a count of its own (nor a claim's).
 */
function partOfTheDead(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - PART_REACH), at);
  PART_PATTERN ??= new RegExp(
    `(?:${PART_SOURCES.map((source) => normalizeText(source)).join('|')})\\s*[,\u060c]?\\s+${QUALIFIER_BEFORE}$`,
    'u',
  );
  return PART_PATTERN.test(before);
}
const PART_REACH = 80;
const PART_SOURCES = [
  '\\b(?:among|of)\\s+(?:the|those)\\s+(?:\\d[\\d,]*\\s+)?(?:dead|killed|wounded|injured|victims|casualties|people killed|people wounded)(?:\\s+(?:were|was|are|is))?',
  '(?:(?:ہلاک|جاں بحق|جان بحق|شہید|زخمی)\\s+ہونے|مرنے)\\s+والوں\\s+میں(?:\\s+سے)?',
  '(?:از|در)\\s+(?:میان|بین)\\s+(?:کشته شدگان|کشته‌شدگان|جان باختگان|جان‌باختگان|زخمیان|قربانیان)',
];
let PART_PATTERN: RegExp | undefined;

/** Persian جان (life, lives) ending right before a count: see readFigure. */
const LIVES_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])${normalizeText('جان')}\\s+$`, 'u');

/** …and its verb of taking (گرفت، گرفته، گرفتند) after the count, in its sentence: "جان ۱۰ کودک در خطر است" is at risk. */
const LIVES_TAKEN = new RegExp(`^[^.!?\\u06d4\\u061f]{0,90}?\\s${normalizeText('گرفت')}`, 'u');

const TOLL_REACH = 140;
const QUALIFIER_BEFORE = '(?:(?:at least|more than|over|nearly|about|around|some|کم از کم|حداقل|دست کم|بیش از|لږ تر لږه)\\s+)?';
const TOLL_SOURCES: [string, TextUnit][] = [
  [
    `\\b(?:death toll|toll|number (?:of )?(?:[a-z]+ )?(?:dead|deaths|fatalities|people killed|those killed|killed)|fatalities)\\b[^\\0]{0,100}?` +
      `\\b(?:rose|risen|climbed|reached|increased|jumped|gone up|went up|stood at|stands at|now at|is now|hit)\\s+(?:to\\s+)?${QUALIFIER_BEFORE}$`,
    'killed',
  ],
  [
    `\\b(?:number (?:of )?(?:[a-z]+ )?(?:injured|wounded|injuries|people injured|people wounded))\\b[^\\0]{0,100}?` +
      `\\b(?:rose|risen|climbed|reached|increased|jumped|gone up|went up|stood at|stands at|now at|is now|hit)\\s+(?:to\\s+)?${QUALIFIER_BEFORE}$`,
    'wounded',
  ],
  [
    `(?:ہلاکتوں|جاں بحق ہونے والوں|جاں بحق افراد|مرنے والوں|شہید ہونے والوں|ہلاک ہونے والوں|شہداء)\\s+کی\\s+تعداد(?:\\s+بڑھ\\s+کر)?\\s+${QUALIFIER_BEFORE}$`,
    'killed',
  ],
  [`(?:زخمیوں|زخمی ہونے والوں)\\s+کی\\s+تعداد(?:\\s+بڑھ\\s+کر)?\\s+${QUALIFIER_BEFORE}$`, 'wounded'],
  [
    `(?:شمار|تعداد|آمار)\\s+(?:کشته شدگان|کشته‌شدگان|کشته‌ها|جان باختگان|جان‌باختگان|قربانیان)(?:\\s+[^\\s\\0]+){0,6}?\\s+به\\s+${QUALIFIER_BEFORE}$`,
    'killed',
  ],
  [`(?:شمار|تعداد|آمار)\\s+(?:زخمیان|مجروحان|زخمی‌ها)(?:\\s+[^\\s\\0]+){0,6}?\\s+به\\s+${QUALIFIER_BEFORE}$`, 'wounded'],
  // Persian "آمار تلفات … به ۴۰ تن رسید": a toll of casualties (the dead and the wounded, or the dead alone).
  [`(?:شمار|تعداد|آمار)\\s+تلفات(?:\\s+[^\\s\\0]+){0,6}?\\s+به\\s+${QUALIFIER_BEFORE}$`, 'casualties'],
  // "Bringing the death toll to 12", "a death toll of 12": the toll's number, with no verb of its own.
  [
    `\\b(?:bringing|brought|brings|taking|took|pushing|pushed|raising|raised)\\s+the\\s+(?:overall\\s+|total\\s+)?death\\s+toll\\s+to\\s+${QUALIFIER_BEFORE}$`,
    'killed',
  ],
  [`\\b(?:a|the)\\s+death\\s+toll\\s+of\\s+${QUALIFIER_BEFORE}$`, 'killed'],
  // "Officials put the death toll at 12", "put the number of soldiers killed at 58": a death toll, never a road toll
  // ("put the toll at 12 rupees").
  [
    `\\b(?:put|puts|putting|placed|places|placing|gave|gives|giving)\\s+the\\s+(?:(?:[a-z]+\\s+)?death\\s+toll|number\\s+of\\s+(?:[a-z]+\\s+){0,3}?(?:killed|dead))(?:\\s+in\\s+action)?\\s+at\\s+${QUALIFIER_BEFORE}$`,
    'killed',
  ],
  [
    `\\b(?:put|puts|putting|placed|places|placing|gave|gives|giving)\\s+the\\s+number\\s+of\\s+(?:[a-z]+\\s+){0,3}?(?:wounded|injured)(?:\\s+in\\s+action)?\\s+at\\s+${QUALIFIER_BEFORE}$`,
    'wounded',
  ],
  [`(?:وژل شویو|وژل شوو|مړو)\\s+شمېر\\s+${QUALIFIER_BEFORE}$`, 'killed'],
  [`(?:ټپي شویو|ټپیانو)\\s+شمېر\\s+${QUALIFIER_BEFORE}$`, 'wounded'],
];
let TOLL_PATTERNS: [RegExp, TextUnit][] | undefined;

/**
 * What may follow a count of people given with no noun: the clause's end, "including" who, the count named a claim
 * ("wounded another 200, a claim Kabul rejects"), or the next verb's count ("killing 14 and wounding 10").
 */
const BARE_END =
  /^\s*(?:[,;)\u060c\u061b]\s*(?:including|among them|most of them|many of them|leaving|injuring|wounding|a claim|a figure)\b|[.\u06d4](?:[\s\0]|$)|$|\0|and\s+(?:wounded|injured|hurt|wounding|injuring)\b)/;

/** Between a verb and its bare count: "wounded another 200". */
const ANOTHER_BEFORE = /\banother\s+$/;

/**
 * Between a count and a part of it: "including", "among them", Persian "از جمله", Urdu "جن میں"; or the next part of
 * that list ("including two women and three children").
 */
const INCLUDING_BEFORE = new RegExp(
  `^[^.;:\\d\u06d4]{0,40}?(?:\\bincluding|\\bamong them|\\bamong whom|\\bof whom|${normalizeText('از جمله')}|${normalizeText('جن میں')})\\s+(?:[^,;.\u060c\u06d4]{1,30}?\\s(?:and|${normalizeText('و')}|${normalizeText('اور')})\\s+)?${QUALIFIER_BEFORE}$`,
  'u',
);
/**
 * "Among them" right after a count's noun (a word such as "also" aside): Persian "۱۱ سرباز که دو افسر نیز در میان‌شان
 * بودند" (11 soldiers, two officers among them), English "two officers among them". The count is a part of the one
 * before. ("100 injured, women and children among them": the part is the women and children, not the 100.)
 */
const AMONG_THEM_AFTER = new RegExp(
  `^\\s+(?:[\\p{L}\\p{M}]+\\s+)?(?:among them|${['در میان‌شان', 'در میان آنها', 'در بین آنها', 'در جمع آنها'].map((w) => normalizeText(w)).join('|')})`,
  'u',
);
/** After a part told before its count: Urdu "دو بچوں سمیت ۵ افراد" (five people, two children among them; an adjective may stand before the noun). */
const INCLUDING_AFTER = new RegExp(
  `^\\s+(?:[\\p{L}\\p{M}]+\\s+){1,2}(?:${normalizeText('اور')}\\s+\\S+\\s+(?:[\\p{L}\\p{M}]+\\s+){1,2})?${normalizeText('سمیت')}\\s+(?:\\d|([\\p{L}\\p{M}]+))`,
  'u',
);

/**
 * The total `num` is a part of, when it is told as one: the first part after a colon (or a dash) in the total's
 * sentence, a later one after `next` (what stands between two parts). Each part is smaller than the total.
 */
function partOfTotal(text: string, previous: FigureCandidate, num: NumberMatch, next: RegExp): number | undefined {
  const total = previous.partOf ?? previous.value;
  const between = text.slice(previous.partOf === undefined ? previous.spanEnd : previous.textEnd, num.start);
  return num.value < total && (previous.partOf === undefined ? PARTS_AFTER : next).test(between) ? total : undefined;
}

/** A colon (or a dash) right before the first part of a total, in its sentence. */
const PARTS_AFTER = /^[^.;\u06d4]{0,80}[:\u2013\u2014]\s*$/;
/** Between one part and the next: where the part was ("on the Afghan side", "in Pakistan"), then "and". */
const NEXT_PART = /^\s*(?:(?:on|in)\s[^,.:;\d]{0,30})?,?\s*(?:and|و|اور|او)\s*$/;

/** Between one part with its noun and the next: a clause of words (no number, no stop), then "and" or a comma. */
const NEXT_NAMED_PART = new RegExp(`^[^.;:\\d\u06d4]{0,60}?(?:[,\u060c]|\\sand|\\s(?:و|او|اور))\\s+(?:[\\p{L}\\p{M}]+\\s+)?$`, 'u');

const OWN_AFTER = /^\s+of\s+(?:its|their)\s/;
const OWN_BEFORE = /(?:^|\s)(?:its|their|lost)\s+(?:(?:up to|at least|some|about|nearly)\s+)?$/;

/** The one side named in the last clause of `before` (none if it names both). */
function clauseSide(before: string): TextSide | undefined {
  let side: TextSide | undefined;
  let both = false;
  for (const m of before.matchAll(/[\p{L}\p{M}']+|[.!?,;:\u06d4\u061f\u060c\u061b]/gu)) {
    const hit = LEXICON.get(m[0]);
    if (hit === undefined && m[0].length === 1 && !/\p{L}/u.test(m[0])) [side, both] = [undefined, false];
    else if (hit?.kind === 'side') [side, both] = [hit.side, both || (side !== undefined && side !== hit.side)];
  }
  return both ? undefined : side;
}

/** "All" right before a count (Persian "هر", Urdu "تمام", Pashto "ټول"): a group counted before (see `readFigure`). */
const ALL_BEFORE = new RegExp(`(?:^|\\s)(?:all|${['هر', 'تمام', 'ټول', 'ټوله'].map((w) => normalizeText(w)).join('|')})\\s+$`, 'u');
/** A side and its army right before a count: Pashto "د پاکستان پوځ" (the army of Pakistan). */
const ARMY_BEFORE = new RegExp(`(?:^|\\s)(${normalizeText('پاکستان')}|${normalizeText('افغانستان')})\\s+${normalizeText('پوځ')}\\s+$`, 'u');

/** The Pashto passive's auxiliary (شول، شوي: were, have been). */
const PASHTO_PASSIVE = new RegExp(`\\s(?:${['شول', 'شوي', 'شو'].map((w) => normalizeText(w)).join('|')})(?![\\p{L}\\p{M}])`, 'u');

/** What may follow a number whose noun was left out: the end of its clause (punctuation, "and", a place). */
const ELIDED_END = /^\s*(?:[.,;:)\u060c\u061b\u06d4\0]|(?:and|in|on|at)\b|$)/;
