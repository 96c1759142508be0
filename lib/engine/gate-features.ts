/**
 * What the gate weighs on a page whose pack has a `gate` (topic words, two parties, learned weights): a handful
 * of small counts read from the one alias pass, and their weighted sum. The weights are learned on the corpus's
 * tune split by scripts/learn-gate.ts and shipped in the pack; nothing here knows the topic.
 *
 * The signal that generalises is the topic's own shape: its two parties named together with a word of the topic
 * ("ceasefire between Pakistan and Afghanistan") in one sentence. Names alone are weak (Pakistan, Kabul and Doha
 * are in much other news), words alone too (a ceasefire elsewhere).
 */
import { sentenceAround } from '../text/sentences';
import { TOPIC_WORD, type GatePack } from '../pack/runtime-types';
import { blockAt, type PreparedText } from './mentions';
import { earlierRank, pageYears, windowCityStrike, windowRank, windowTalks, windowTruce } from './page-years';
import { foldedAlternation } from '../text/normalize';
import type { Evidence, Mention, PageMeta, TextBlock } from './types';

export const FEATURES = [
  /** Distinct entities named strongly (a strong alias, or weak with its `strongWith` partner), at most 3. */
  'strong',
  /** Distinct entities named only weakly, at most 6. */
  'weak',
  /** A strong name in the title or headline. */
  'headStrong',
  /** Distinct entities in the title or headline, at most 3. */
  'headNames',
  /** Distinct topic words in the body, at most 5. */
  'terms',
  /** A topic word in the title or headline. */
  'headTerm',
  /** Sentences naming both parties with a topic word, at most 3. */
  'pairs',
  /** The title or headline names both parties with a topic word. */
  'headPair',
  /** Sentences naming both parties with only a context word (talks, trade, refugees), at most 3. */
  'contextPairs',
  /** Three or more entities in one paragraph, one of them strong (the old rule's co-occurrence). */
  'cluster',
  /** No publication date found: an undated page needs more evidence than a dated one. */
  'undated',
  /** On an undated page: pairs, the headline's pair counted too, at most 3 (the evidence an undated page needs). */
  'undatedPairs',
  /** On an undated page: strong names, at most 3. */
  'undatedStrong',
  /** On an undated page: a date of the window written in its text ("October 2025", "2026", "میزان ۱۴۰۴" is not). */
  'undatedWindowDate',
  /** On an undated page: a month of a year before the window ("July 2017", "فروری 2023") or an earthquake, and no date of the window. */
  'undatedEarlierMonth',
  /** On an undated page: someone in an office they had left before the window ("Interior Minister Sheikh Rashid"). */
  'undatedEarlierOffice',
  /**
   * On an undated page: a month of the window with its day and no year ("October 11", "۶ نوامبر"), and no month of an
   * earlier year. How a story of the window dates its events; an earlier episode told by weekday names none.
   */
  'undatedWindowDay',
  /**
   * On an undated page: a month of the window named alone ("the October ceasefire"), with no date, day or earlier
   * month: the weakest evidence of the window (an earlier episode of the same months names them too).
   */
  'undatedWindowMonth',
  /**
   * An undated page with no evidence of the window at all: no date of it, no month of it with its day, no figure
   * matched to one of its claims. An earlier episode told by weekday with the same names and words looks like this.
   */
  'undatedNoWindow',
  /** Figures matched to the pack's claims, at most 2 (read only for a near miss). */
  'figures',
] as const;

export type Feature = (typeof FEATURES)[number];
export type GateFeatures = Record<Feature, number>;

export interface FeatureInput {
  blocks: readonly TextBlock[];
  meta: PageMeta;
  /** With strength resolved (resolveStrength). */
  mentions: readonly Mention[];
  prepared?: PreparedText;
  matchedFigures?: number;
}

/** The features, and the evidence for the topic words and the pairs (names' evidence is the gate's own). */
export function gateFeatures(pack: GatePack, input: FeatureInput): { features: GateFeatures; evidence: Evidence[] } {
  const { blocks, mentions, prepared } = input;
  const isHead = (b: number): boolean => (blocks[b]?.kind ?? 'body') !== 'body';
  const strong = new Set<number>();
  const all = new Set<number>();
  const head = new Set<number>();
  let headStrong = 0;
  const parties = [false, false];
  const perBlock = new Map<number, { entities: Set<number>; strong: boolean }>();
  // The window's own military operation named strongly (Pakistan's "Operation Ghazab lil-Haq", an entity of kind
  // operation, its id so prefixed: the gate's pack keeps ids only): the pack names no other episode's operations.
  let operation = false;
  for (const m of mentions) {
    all.add(m.entity);
    if (m.strong) strong.add(m.entity);
    if (m.strong && pack.entities[m.entity]?.id.startsWith('operation-')) operation = true;
    const party = pack.entities[m.entity]?.party;
    if (party !== undefined) parties[party] = true;
    if (isHead(m.block)) {
      head.add(m.entity);
      if (m.strong) headStrong = 1;
    } else {
      let b = perBlock.get(m.block);
      if (!b) perBlock.set(m.block, (b = { entities: new Set(), strong: false }));
      b.entities.add(m.entity);
      b.strong ||= m.strong;
    }
  }
  const undated = !input.meta.published;
  let cluster = 0;
  for (const b of perBlock.values()) if (b.entities.size >= 3 && b.strong) cluster = 1;

  // Where each party is named, in text order: its entities' mentions and the gate's own party words.
  const gate = pack.gate!;
  const terms = prepared?.terms ?? [];
  const starts = prepared?.mentionStarts;
  const marks: Mark[] = [];
  const normText = prepared?.norm.text ?? '';
  if (starts) {
    for (let i = 0; i < mentions.length; i++) {
      const party = pack.entities[mentions[i]!.entity]?.party;
      if (party !== undefined && !inTtpName(normText, starts[i]!)) marks.push({ at: starts[i]!, party, text: mentions[i]!.text });
    }
  }
  let partyWords = false;
  for (let k = 0; k < terms.length; k += 3) {
    const party = gate.termRole[terms[k]!]!;
    if (party < 0) continue;
    partyWords = true;
    if (inTtpName(normText, terms[k + 1]!)) continue;
    // A word naming both ("Pak-Afghan") marks each party at once.
    for (const p of party === 2 ? [0, 1] : [party]) {
      parties[p] = true;
      marks.push({ at: terms[k + 1]!, party: p, end: terms[k + 2]! });
    }
  }
  if (partyWords && marks.length > 1) marks.sort((x, y) => x.at - y.at);

  const evidence: Evidence[] = [];
  const bodyTerms = new Set<number>();
  let headTerm = 0;
  /** Sentences (by start) holding a topic or context word, while both parties are on the page. */
  const sentences = new Map<number, { end: number; topic: number; head: boolean }>();
  if (prepared && terms.length) {
    const text = prepared.norm.text;
    const seenTerm = new Set<number>();
    for (let k = 0; k < terms.length; k += 3) {
      const term = terms[k]!;
      const role = gate.termRole[term]!;
      if (role >= 0) continue;
      const at = terms[k + 1]!;
      const block = blockAt(prepared.normStarts, at);
      const inHead = isHead(block);
      if (role === TOPIC_WORD) {
        if (inHead) headTerm = 1;
        else bodyTerms.add(term);
        if (!seenTerm.has(term) && seenTerm.size < 3) {
          seenTerm.add(term);
          evidence.push({
            entityId: `term:${gate.terms[term]}`,
            name: surface(prepared, at, terms[k + 2]!),
            strength: 'weak',
            where: blocks[block]!.kind,
            block,
          });
        }
      }
      if (!parties[0] || !parties[1]) continue;
      const [s, e] = sentenceAround(text, at, terms[k + 2]!);
      const known = sentences.get(s);
      if (!known) sentences.set(s, { end: e, topic: role === TOPIC_WORD ? k : -1, head: inHead });
      else if (known.topic < 0 && role === TOPIC_WORD) known.topic = k;
    }
  }
  let pairs = 0;
  let headPair = 0;
  let contextPairs = 0;
  for (const [s, { end, topic, head }] of sentences) {
    const pair = partiesIn(marks, s, end);
    if (!pair) continue;
    if (topic < 0) {
      contextPairs++;
      continue;
    }
    if (head) headPair = 1;
    else pairs++;
    if (pairs + headPair === 1) {
      const word = surface(prepared!, terms[topic + 1]!, terms[topic + 2]!);
      const name = `${markText(prepared!, pair[0])} + ${markText(prepared!, pair[1])} + ${word}`;
      evidence.unshift({
        entityId: 'pair',
        name,
        strength: 'strong',
        where: blocks[blockAt(prepared!.normStarts, s)]!.kind,
        block: blockAt(prepared!.normStarts, s),
      });
    }
  }
  // The years an undated page writes: read here, in the scoring stage, never by the name check every page pays for.
  let undatedWindowDate = 0;
  let undatedEarlierMonth = 0;
  let undatedEarlierOffice = 0;
  let undatedWindowDay = 0;
  let undatedWindowMonth = 0;
  if (undated && prepared) {
    const { window, coverage } = pack.meta;
    const years = pageYears(prepared.norm.text, window.start, window.end ?? coverage.end);
    if (years.inWindow) undatedWindowDate = 1;
    // A ceasefire of the window's talks (Doha, Istanbul), or Pakistan's air strike on Kabul or Kandahar, dates the page
    // as a date would, on a page naming both parties; so does a rank first held just before the window. Read with an
    // earlier month on the page too (a background date, another story's date in the site's chrome): the window's own
    // event outweighs it, and the earlier month still counts against the page.
    else {
      if (years.earlierMonths || years.quakes) undatedEarlierMonth = 1;
      for (const [s, { end, topic }] of sentences) {
        const sentence = topic >= 0 ? prepared.norm.text.slice(s, end) : '';
        const pakistan = (): boolean => marks.some((m) => m.party === 1 && m.at >= s && m.at < end);
        if (sentence && (windowTruce(sentence) || (windowCityStrike(sentence) && pakistan()))) {
          undatedWindowDate = 1;
          break;
        }
        // Talks of the two parties held at a venue of the window's talks.
        if (partiesIn(marks, s, end) && windowTalks(prepared.norm.text.slice(s, end))) {
          undatedWindowDate = 1;
          break;
        }
      }
      if (!undatedWindowDate && (operation || windowRank(prepared.norm.text))) undatedWindowDate = 1;
    }
    if ((years.offices || (!undatedWindowDate && earlierRank(prepared.norm.text))) && !years.inWindow) undatedEarlierOffice = 1;
    if (years.windowDays && !years.earlierMonths) undatedWindowDay = 1;
    else if (years.windowMonths && !years.earlierMonths && !years.inWindow) undatedWindowMonth = 1;
    const windowDate = years.inWindow
      ? years.firstInWindow
      : undatedWindowDay
        ? years.firstWindowDay
        : undatedWindowMonth
          ? years.firstWindowMonth
          : undefined;
    const first = windowDate ?? (years.earlierMonths ? years.firstEarlier! : undefined);
    if (first) {
      const block = blockAt(prepared.normStarts, first[0]);
      // The earlier years' entry is evidence against the page: the gate keeps it only when it turns the page down.
      evidence.push({
        entityId: windowDate ? 'date:in-window' : 'date:earlier',
        name: surface(prepared, first[0], first[1]),
        strength: 'weak',
        where: blocks[block]!.kind,
        block,
      });
    }
  }
  const features: GateFeatures = {
    strong: Math.min(strong.size, 3),
    weak: Math.min(all.size - strong.size, 6),
    headStrong,
    headNames: Math.min(head.size, 3),
    terms: Math.min(bodyTerms.size, 5),
    headTerm,
    pairs: Math.min(pairs, 3),
    headPair,
    contextPairs: Math.min(contextPairs, 3),
    cluster,
    undated: input.meta.published ? 0 : 1,
    undatedPairs: input.meta.published ? 0 : Math.min(pairs + headPair, 3),
    undatedStrong: input.meta.published ? 0 : Math.min(strong.size, 3),
    undatedWindowDate,
    undatedEarlierMonth,
    undatedEarlierOffice,
    undatedWindowDay,
    undatedWindowMonth,
    undatedNoWindow: 0,
    // A figure fits a claim by its number and words alone: it speaks for the topic only on a page that names both
    // parties, or one of them and a word of the conflict (an attack inside Pakistan whose toll the pack records,
    // told with no Afghan side and no clash, strike or border, is not the border conflict).
    figures:
      (parties[0] && parties[1]) || ((parties[0] || parties[1]) && (bodyTerms.size > 0 || headTerm > 0))
        ? Math.min(input.matchedFigures ?? 0, 2)
        : 0,
  };
  if (undated) features.undatedNoWindow = undatedWindowDate + undatedWindowDay + features.figures === 0 ? 1 : 0;
  return { features, evidence };
}

/**
 * The Pakistani Taliban (the TTP) named by its two words, Urdu "پاکستانی طالبان", Dari "طالبان پاکستانی": neither the
 * Afghan Taliban nor a Pakistani side. A TTP attack inside Pakistan so named pairs no parties.
 */
const TTP_NAME = new RegExp(
  `(?:${foldedAlternation('پاکستانی|پاکستاني|pakistani')})\\s+(?:${foldedAlternation('طالبان|طالبانو|taliban')})|${foldedAlternation('طالبان')}\\s+${foldedAlternation('پاکستانی')}(?!\\p{L})`,
  'gu',
);
function inTtpName(text: string, at: number): boolean {
  const from = Math.max(0, at - 16);
  for (const m of text.slice(from, at + 24).matchAll(TTP_NAME)) if (from + m.index <= at && at < from + m.index + m[0].length) return true;
  return false;
}

/** Where a party is named: an entity's mention (its text known) or one of the gate's party words. */
interface Mark {
  at: number;
  party: number;
  text?: string;
  end?: number;
}

/** The first mark of each party inside normalised [s, e) (marks sorted), or undefined if a party is not there. */
function partiesIn(marks: readonly Mark[], s: number, e: number): [Mark, Mark] | undefined {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.at < s) lo = mid + 1;
    else hi = mid;
  }
  const found: (Mark | undefined)[] = [undefined, undefined];
  for (let i = lo; i < marks.length && marks[i]!.at < e; i++) found[marks[i]!.party] ??= marks[i];
  return found[0] && found[1] ? [found[0], found[1]] : undefined;
}

function markText(prepared: PreparedText, mark: Mark): string {
  return mark.text ?? surface(prepared, mark.at, mark.end!);
}

/** The original text of a normalised range. */
function surface(prepared: PreparedText, start: number, end: number): string {
  const { norm } = prepared;
  return norm.sourceSlice(norm.toOriginalStart(start), norm.toOriginalEnd(end)).replace(/\s+/g, ' ');
}

/**
 * The topic's signature, without which no weight makes a page relevant: its parties named together with a word of
 * the topic (or of its context) in one sentence, two strong names or one in the headline, or a figure matched to a
 * claim. Names alone (Pakistan, Kabul, Doha) are in too much other news, and one strong name in passing (aid trucks
 * through Torkham after an earthquake) is not enough.
 */
export function hasSignature(f: GateFeatures): boolean {
  return f.pairs + f.headPair + f.contextPairs + f.figures > 0 || f.strong >= 2 || f.headStrong > 0;
}

/** The weighted sum: relevant at 0 or more. */
export function linearScore(weights: Readonly<Record<string, number>>, features: GateFeatures): number {
  let score = weights.bias ?? 0;
  for (const f of FEATURES) score += (weights[f] ?? 0) * features[f];
  return score;
}
