/**
 * The whole road through a page: gate (see gate.ts, the cheap first stage), then, only on a relevant page,
 * the figures and their claims.
 */
import type { RuntimePack } from '../pack/runtime-types';
import { attributionOf, readSpeaker, speechAfter } from './attribution';
import { agreedEvents, isVoice, matchClaim, type ClaimChoice } from './claims';
import { findFigureCandidates, isSideWord, type TextSide } from './figures';
import { gatePage, publishedDate, scoreMentions, type GateStage } from './gate';
import { blockAt, display, prepareText, type PreparedText } from './mentions';
import { sentenceAround } from '../text/sentences';
import { foldedAlternation, isWordChar, normalizeText } from '../text/normalize';
import { COUNTERS, DISASTER_WORDS, MONTHS, normalizedWords, SPEAKER_PRONOUNS } from './figure-lexicon';
import { isNumberWord } from '../text/numbers';
import { pageDays, WEEKDAYS } from './page-years';
import type { FigureMatch, Mention, PageMeta, ScanResult, TextBlock, UnmatchedFigure } from './types';

/** A paragraph's opening that gives its speaker as the one named before ("according to him"). */
const ACCORDING_TO_HIM = new RegExp(
  `^\\s*(?:${foldedAlternation('according to him|according to her|he said|he added|he claimed|he also said|he also claimed|he further claimed|she said|she added|به گفته او|به گفته وی|به گفته ایشان|وی افزود|او افزود|وی گفت|او گفت|ان کے مطابق|انہوں نے کہا|انہوں نے مزید کہا|انہوں نے بتایا|انہوں نے دعویٰ کیا|د هغه په وینا|د هغه په خبره|د نوموړي په وینا|هغه زیاته کړه|نوموړي زیاته کړه|هغه وویل')})[\\s,،]`,
);

/** Figures in every block, each matched to at most one claim. */
export function findFigures(
  pack: RuntimePack,
  blocks: readonly TextBlock[],
  meta: PageMeta,
  prepared: PreparedText,
  mentions: readonly Mention[],
  /** When given, receives the figures that match no claim (with their speaker), for `npm run scan`. */
  unmatched?: UnmatchedFigure[],
): FigureMatch[] {
  const { norm, blockStarts, normStarts } = prepared;
  const published = publishedDate(meta);
  const pageEntities = new Set(mentions.map((m) => m.entity));
  const { voice, eventPlace } = rolesOf(pack);
  const voicesByBlock = new Map<number, Mention[]>();
  const placesByBlock = new Map<number, Mention[]>();
  for (const m of mentions) {
    const into = voice[m.entity]
      ? voicesByBlock
      : eventPlace[m.entity] && !isSideWord(pack.aliases[m.alias]!.key)
        ? placesByBlock
        : undefined;
    if (!into) continue;
    let list = into.get(m.block);
    if (!list) into.set(m.block, (list = []));
    list.push(m);
  }
  const byBlock = new Map<number, { entities: Set<number>; mentions: Mention[] }>();
  for (const m of mentions) {
    let entry = byBlock.get(m.block);
    if (!entry) byBlock.set(m.block, (entry = { entities: new Set(), mentions: [] }));
    entry.entities.add(m.entity);
    entry.mentions.push(m);
  }
  // "According to him, 19 posts were taken" (Dari به گفته او، Urdu ان کے مطابق, Pashto د هغه په وینا): a paragraph
  // that opens so names no voice itself; its speaker is the previous paragraph's (not across a headline). Read only
  // for a paragraph with a figure in it, when its figure asks: testing every paragraph's opening cost the 1 MB page
  // about a tenth of its figure reading.
  const carried = new Map<number, number[] | null>();
  const carriedVoices = (b: number): number[] | null => {
    let got = carried.get(b);
    if (got !== undefined) return got;
    got = null;
    if (
      b > 0 &&
      blocks[b - 1]!.kind === 'body' &&
      !voicesByBlock.has(b) &&
      ACCORDING_TO_HIM.test(norm.text.slice(normStarts[b]!, normStarts[b]! + 40))
    ) {
      const before = voicesByBlock.get(b - 1);
      const from = before ? before.map((m) => m.entity) : carriedVoices(b - 1);
      if (from?.length) got = from;
    }
    carried.set(b, got);
    return got;
  };
  const weak = weakReferences(pack, blocks, mentions, voice);
  const NONE = { entities: new Set<number>(), mentions: [] as Mention[] };
  const entitiesOfBlock = (b: number): Set<number> => (byBlock.get(b) ?? NONE).entities;
  const out: FigureMatch[] = [];
  // One pass over the whole normalised text: blocks are joined by U+0000, which ends every phrase.
  const candidates = findFigureCandidates(norm.text, prepared.anchors);
  // A page with no date is dated by its figures, when two of them fit one event's claims.
  const agreed = published ? undefined : agreedEvents(pack, candidates);
  // So is it by a day it writes with its month ("closed since Oct. 12"): an event of that day is the page's episode.
  if (agreed) {
    const days = pageDays(norm.text);
    const dayOf = (date: string | undefined): string => (date ? `${Number(date.slice(5, 7))}-${Number(date.slice(8, 10))}` : '');
    if (days.size) pack.events.forEach((e, i) => (days.has(dayOf(e.date)) || days.has(dayOf(e.endDate))) && agreed.add(i));
  }
  // A page whose headline tells an earthquake or a flood ("6.0 quake in eastern Afghanistan: 622 dead"): its tolls are
  // the disaster's, told in sentences that no longer name it. (Not "storm": bombers storm a compound.)
  const head = blocks.findIndex((k) => k.kind === 'headline');
  const headDisaster = head >= 0 && HEAD_DISASTER.test(blocks[head]!.text);
  /** Events of the figures matched so far, by the normalised start of their sentence. */
  const eventsBySentence = new Map<number, Set<number>>();
  /** Events of the figures matched so far, by block. */
  const eventsByBlock = new Map<number, Set<number>>();
  /** Events of the figures matched so far on the page. */
  const pageEvents = new Set<number>();
  // The figures of a sentence, found by position: asking every candidate of the page for each one was quadratic
  // (a 1 MB page has thousands of candidates).
  const byStart = [...candidates].sort((a, b) => a.spanStart - b.spanStart);
  const longest = candidates.reduce((m, o) => Math.max(m, o.spanEnd - o.spanStart), 0);
  const overlapping = (from: number, to: number): typeof candidates => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.spanStart < from - longest) lo = mid + 1;
      else hi = mid;
    }
    const out: typeof candidates = [];
    for (let i = lo; i < byStart.length && byStart[i]!.spanStart < to; i++) if (byStart[i]!.spanEnd > from) out.push(byStart[i]!);
    return out;
  };
  // "Eight Pakistani civilians were killed … the forces shot eight people": a count told again without its side is the
  // same people, and keeps their side (one side only: two sides' eights say nothing).
  const sides = new Map<string, TextSide | null>();
  for (const o of candidates)
    if (o.side && o.noun !== 'posts' && o.noun !== 'tanks' && o.noun !== 'vehicles') {
      const key = `${o.value} ${o.unit}`;
      sides.set(key, sides.has(key) && sides.get(key) !== o.side ? null : o.side);
    }
  for (const c of candidates) {
    if (!c.side && (c.noun === 'people' || c.noun === 'civilians' || c.noun === undefined)) {
      const side = sides.get(`${c.value} ${c.unit}`);
      if (side) c.side = side;
    }
    const b = blockAt(normStarts, c.start);
    if (blocks[b]!.kind === 'title') continue; // the headline repeats it, and a title has no place for a badge
    const nStart = normStarts[b]!;
    const base = blockStarts[b]!;
    const orig = (i: number): number => norm.toOriginalStart(i) - base;
    const origEnd = (i: number): number => norm.toOriginalEnd(i) - base;
    const spanStart = orig(c.spanStart);
    const spanEnd = origEnd(c.spanEnd);
    const [ss, se] = sentenceAround(norm.text, c.spanStart, c.spanEnd, nStart);
    const sentStart = orig(ss);
    const sentEnd = origEnd(se);
    // A name inside a figure is its subject, not its claimant: inside this one, or another of the sentence ("27 posts
    // of the Taliban government were destroyed and nine other posts captured": nobody from Kabul speaks).
    const siblings = overlapping(ss, se).filter((o) => o !== c);
    const subjects = siblings.map((o) => [orig(o.spanStart), origEnd(o.spanEnd)] as const);
    const outside = (voicesByBlock.get(b) ?? []).filter(
      (m) =>
        (m.end <= spanStart || m.start >= spanEnd) &&
        !subjects.some(([s0, e0]) => m.start >= s0 && m.end <= e0) &&
        !(m.end <= spanStart && spanStart - m.end <= 6 && POSSESSIVE.test(blocks[b]!.text.slice(m.end, spanStart))),
    );
    // "Fitrat claimed that a base of the Pakistani army and its 19 posts were taken": a voice inside what another
    // reported (after "claimed that", and itself reporting nothing before the figure) is the claim's subject.
    const said = REPORTED.exec(blocks[b]!.text.slice(sentStart, spanStart));
    const reportedFrom = said && said.index > 0 ? sentStart + said.index + said[0].length : Infinity;
    const inSentence = outside.filter(
      (m) =>
        m.start >= sentStart &&
        m.end <= sentEnd &&
        !(
          m.start >= reportedFrom &&
          m.end <= spanStart &&
          !THAT.test(blocks[b]!.text.slice(m.end, spanStart)) &&
          // "Mujahid said that 58 died, while according to the ISPR 23 soldiers fell": past a "while" the report is over.
          !CONTRAST.test(blocks[b]!.text.slice(reportedFrom, m.start))
        ),
    );
    const sentenceEntities = inSentence.map((m) => m.entity);
    // The same voice told by its surname or its office alone ("Mujahid said", Pashto "وزیر ومنله": the minister
    // admitted), after the page has named it in full.
    const words = sentenceWords(norm.text, ss, se);
    if (!sentenceEntities.length) {
      const named = weakVoice(weak, words);
      if (named !== undefined) sentenceEntities.push(named);
    }
    // "The army said it killed 15-20 fighters, while the Taliban said many soldiers died": a voice past a "while"
    // (but, whereas, Urdu جبکہ) after the figure speaks for its own clause, not for the figure's.
    const clauseEntities = inSentence
      .filter((m) => m.start < spanEnd || !CONTRAST.test(blocks[b]!.text.slice(spanEnd, m.start)))
      .map((m) => m.entity);
    // A place named right after the figure, in its sentence, is where it happened ("killed in Nangarhar");
    // one named before it is often only where it was said ("at a press conference in Kabul").
    const numberStart = orig(c.numStart);
    // Not across a clause boundary: in "killed nine civilians, and in Khost a journalist …" Khost is another event's.
    const blockText = blocks[b]!.text;
    const tiedPlaces = (placesByBlock.get(b) ?? [])
      .filter(
        (m) =>
          (m.start >= numberStart &&
            m.start <= spanEnd + TIED_PLACE_REACH &&
            m.end <= sentEnd &&
            (m.start <= spanEnd || !CLAUSE_BREAK.test(blockText.slice(spanEnd, m.start)))) ||
          // A headline's lead place ("Bajaur: a mortar round hits a house, four wounded") is where its count is.
          (blocks[b]!.kind === 'headline' && m.start <= 2 && /^\s*:/.test(blockText.slice(m.end, m.end + 3))),
      )
      .map((m) => m.entity);
    // The same kind of event: a toll in a sentence about an earthquake or a flood is the disaster's.
    const disaster = words.some((w) => DISASTER_WORDS.has(w)) || headDisaster;
    if (disaster && !unmatched) continue;
    const joined = ` ${words.join(' ')} `;
    const sentenceSpan = LONG_SPAN.test(joined);
    const otherIncident = OTHER_INCIDENT.test(joined);
    const lastWeek = LAST_WEEK.test(joined) && !SINCE_THEN.test(joined);
    // "On Tuesday": a weekday names a day of the page's own week (Urdu پیر, ہفتہ are also a saint, a week: only with کو).
    const weekday = words.some((w, i) => WEEKDAYS.some((names) => names.has(w)) && (!WEEKDAY_AMBIGUOUS.has(w) || words[i + 1] === 'کو'));
    const bothSides = BOTH_SIDES.test(joined);
    const unsourced = UNSOURCED.test(joined);
    const sentenceMonths = words.flatMap((w, i) => {
      const m = MONTHS.get(w);
      return m === undefined || (w === 'may' && words[i - 1] !== 'in') ? [] : [m];
    });
    // "In 2023, 23 soldiers were killed": the years the sentence names as when (not "since 2021", not a round count).
    const sentenceYears = words.flatMap((w, i) => {
      const m = YEAR_WORD.exec(w);
      if (!m || Number(m[1]) % 100 === 0 || SINCE.has(words[i - 1] ?? '') || SINCE.has(words[i + 1] ?? '')) return [];
      return [Number(m[1])];
    });
    // "On February 6, a bomber killed 36": the days the sentence names with their month (its figures' numbers blanked,
    // so "in October 23 soldiers" is no date), read only in a sentence that names a month.
    let sentenceDays: string[] = [];
    if (sentenceMonths.length) {
      let text = norm.text.slice(ss, se);
      for (const o of [c, ...siblings])
        if (o.numStart >= ss && o.numEnd <= se)
          text = text.slice(0, o.numStart - ss) + ' '.repeat(o.numEnd - o.numStart) + text.slice(o.numEnd - ss);
      sentenceDays = [...pageDays(text)];
    }
    const sentence = blocks[b]!.text.slice(sentStart, sentEnd);
    const speaker = readSpeaker(
      pack,
      sentence,
      { start: spanStart - sentStart, end: spanEnd - sentStart },
      outside
        .filter((m) => m.start >= sentStart && m.end <= sentEnd)
        .map((m) => ({ entity: m.entity, start: m.start - sentStart, end: m.end - sentStart })),
    );
    // "Islamabad also said 27 posts were destroyed", Dari "پاکستان اعلام کرد": a country or its capital as the sentence's
    // own speaker, after a paragraph that named an official: his voice does not carry over to the sentence.
    const placeSpeaks =
      !sentenceEntities.length &&
      (byBlock.get(b) ?? NONE).mentions.some(
        (m) => !voice[m.entity] && m.start >= sentStart && m.end <= spanStart && speechAfter(blockText, m.end),
      );
    const context = {
      published,
      ...(agreed?.size ? { agreedEvents: agreed } : {}),
      ...(eventsBySentence.has(ss) ? { sentenceEvents: eventsBySentence.get(ss)! } : {}),
      ...(eventsByBlock.has(b) ? { blockEvents: eventsByBlock.get(b)! } : {}),
      ...(!published && pageEvents.size ? { pageEvents } : {}),
      blockPlaces: entitiesOfBlock(b),
      sentencePlaces: new Set(
        (byBlock.get(b) ?? NONE).mentions.filter((m) => m.start >= sentStart && m.end <= sentEnd).map((m) => m.entity),
      ),
      sentenceMonths,
      ...(sentenceDays.length ? { sentenceDays } : {}),
      ...(sentenceYears.length ? { sentenceYears } : {}),
      ...(sentenceSpan ? { sentenceSpan } : {}),
      ...(otherIncident ? { otherIncident } : {}),
      ...(lastWeek ? { lastWeek } : {}),
      ...(weekday ? { weekday } : {}),
      ...(bothSides ? { bothSides } : {}),
      ...(unsourced ? { unsourced } : {}),
      ...(!sentenceEntities.length && words.some((w) => SPEAKER_PRONOUNS.has(w)) ? { pronounSpeaker: true } : {}),
      sentenceEntities,
      blockEntities: placeSpeaks ? [] : (carriedVoices(b) ?? outside.map((m) => m.entity)),
      tiedPlaces,
      pageEntities,
      ...(siblings.length ? { sentenceFigures: siblings } : {}),
    };
    // A headline's bare count ("he and three others killed"), with no noun, side or voice, says too little to be a claim.
    const bare = blocks[b]!.kind === 'headline' && c.noun === undefined && c.side === undefined && !sentenceEntities.length;
    let choice: ClaimChoice | undefined = disaster || bare ? undefined : matchClaim(pack, c, context);
    // Refused because a voice of the next clause made no such claim: ask again with the figure's own clause's voices.
    if (!choice && !disaster && clauseEntities.length < sentenceEntities.length)
      choice = matchClaim(pack, c, { ...context, sentenceEntities: clauseEntities });
    if (!choice && speaker !== null && !disaster) {
      // The sentence names a speaker who made no such claim: is the figure another party's recorded one?
      // (Held to a full value fit, so that a flag never rests on a loose match.)
      const other = matchClaim(pack, c, { ...context, sentenceEntities: [], blockEntities: [] });
      // Only as a flag: a speaker of the claimant's own party is no flag, and its figure was refused above.
      if (
        other &&
        other.confidence >= MISATTRIBUTED_MIN_CONFIDENCE &&
        attributionOf(pack, speaker, other.claim.claimant).misattributed !== false
      )
        choice = other;
    }
    const start = orig(c.textStart);
    const end = origEnd(c.textEnd);
    if (!choice) {
      unmatched?.push({
        value: c.value,
        qualifier: c.qualifier,
        unit: c.unit,
        text: display(blocks[b]!.text.slice(start, end)),
        start,
        end,
        block: b,
        attributedTo: attributionOf(pack, speaker, undefined).attributedTo,
      });
      continue;
    }
    let events = eventsBySentence.get(ss);
    if (!events) eventsBySentence.set(ss, (events = new Set()));
    events.add(choice.claim.eventIndex);
    let inBlock = eventsByBlock.get(b);
    if (!inBlock) eventsByBlock.set(b, (inBlock = new Set()));
    inBlock.add(choice.claim.eventIndex);
    pageEvents.add(choice.claim.eventIndex);
    const match: FigureMatch = {
      value: c.value,
      qualifier: c.qualifier,
      unit: choice.claim.unit ?? c.unit,
      text: display(blocks[b]!.text.slice(start, end)),
      start,
      end,
      block: b,
      claimId: choice.claim.id,
      claimant: choice.claim.claimantId,
      confidence: choice.confidence,
      ...attributionOf(pack, speaker, choice.claim.claimant),
    };
    if (c.min !== undefined) {
      match.min = c.min;
      match.max = c.max;
    }
    out.push(match);
  }
  return out;
}

/**
 * Officials the page names in full, by their surnames (the last word of the name as written), and the one official
 * an office word may stand for: the page's only one.
 */
interface WeakReferences {
  surnames: Map<string, number>;
  /** The page's only official, and its only organisation (a voice each). */
  official?: number;
  body?: number;
  /**
   * The offices (OFFICES values) the page gives its officials, in the words beside their names. Read on first need:
   * only a page with one official and an office word beside a figure asks, and reading the words beside every
   * official's mention cost a page that names officials hundreds of times (the bench's 1 MB page) about 2 ms.
   */
  offices: () => Set<number>;
}
function weakReferences(
  pack: RuntimePack,
  blocks: readonly TextBlock[],
  mentions: readonly Mention[],
  voice: readonly boolean[],
): WeakReferences {
  const surnames = new Map<string, number>();
  const officials = new Set<number>();
  const bodies = new Set<number>();
  const named: Mention[] = [];
  for (const m of mentions) {
    if (!voice[m.entity]) continue;
    const kind = pack.entities[m.entity]!.kind;
    if (kind === 'organisation') bodies.add(m.entity);
    if (kind !== 'official') continue;
    officials.add(m.entity);
    named.push(m);
    const key = pack.aliases[m.alias]!.key;
    const last = key.slice(key.lastIndexOf(' ') + 1);
    // Two officials of one surname: neither.
    if (last !== key && last.length >= 4) {
      const had = surnames.get(last);
      surnames.set(last, had === undefined || had === m.entity ? m.entity : -1);
    }
  }
  let offices: Set<number> | undefined;
  const officesOf = (): Set<number> => {
    if (offices) return offices;
    offices = new Set<number>();
    // "Information Minister Attaullah Tarar", "Zabihullah Mujahid, the Islamic Emirate's chief spokesman".
    for (const m of named) {
      const text = blocks[m.block]!.text;
      for (const w of normalizeText(text.slice(Math.max(0, m.start - OFFICE_REACH), m.end + OFFICE_REACH)).split(/[^\p{L}\p{M}]+/u)) {
        const office = OFFICES.get(w);
        if (office !== undefined) offices.add(office);
      }
    }
    return offices;
  };
  const only = (set: Set<number>): number | undefined => (set.size === 1 ? [...set][0] : undefined);
  return { surnames, official: only(officials), body: only(bodies), offices: officesOf };
}

/**
 * The official a sentence names by surname only, or by office (when the page names one official); the organisation
 * it names as "the organisation" (Urdu ادارے، Persian and Pashto اداره: when the page names one), never a news
 * agency (خبر رساں ادارے).
 */
function weakVoice(weak: WeakReferences, words: readonly string[]): number | undefined {
  if (!weak.surnames.size && weak.body === undefined) return undefined;
  let found: number | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // A surname counted ("یک مجاهد", "۲۰ مجاهد": a fighter, twenty fighters) is a common noun, not the official.
    const counted = i > 0 && isCount(words[i - 1]!);
    const e =
      (counted ? undefined : weak.surnames.get(w)) ??
      (OFFICES.has(w) ? officeFits(weak, OFFICES.get(w)!) : BODIES.has(w) && !NEWS.has(words[i - 1] ?? '') ? weak.body : undefined);
    if (e === undefined) continue;
    if (e < 0 || (found !== undefined && found !== e)) return undefined;
    found = e;
  }
  return found;
}
/**
 * "The minister" stands for the page's only official unless the page calls its officials by another office only: the
 * minister of a page whose one named official is a spokesman is someone the page does not name in full.
 */
function officeFits(weak: WeakReferences, office: number): number | undefined {
  if (weak.official === undefined) return undefined;
  const offices = weak.offices();
  return offices.size === 0 || offices.has(office) ? weak.official : undefined;
}
/** A number, a number word, the words for "one" (also the article "a"), or a counter (تن، نفر). */
function isCount(word: string): boolean {
  return /^\d/.test(word) || ONE.has(word) || COUNTERS.has(word) || isNumberWord(word);
}
/** Words of office that stand for an official named before (English, Urdu, Persian, Pashto): 0 minister, 1 spokesman. */
const OFFICES = new Map(
  ['minister|وزیر', 'spokesman|spokesperson|ترجمان|سخنگو|ویاند'].flatMap((list, office) =>
    list.split('|').map((w) => [normalizeText(w), office] as const),
  ),
);
/** How far from an official's name (characters) the page's words give his office. */
const OFFICE_REACH = 50;
/** Words for an organisation named before ("the organisation", Urdu ادارے، ادارہ، Persian and Pashto اداره، ادارې). */
const BODIES = normalizedWords('organisation|organization|ادارے|ادارہ|اداره|ادارې');
const ONE = normalizedWords('one|a|an|ایک|یک|یو|یوه');
const NEWS = normalizedWords('news|رساں|خبری|خبرګزاری');

/** A figure matched only once the named speaker is set aside must fit the claim's value fully (0.5 + 0.1). */
const MISATTRIBUTED_MIN_CONFIDENCE = 0.6;

/** A headline that tells an earthquake or a flood (see `findFigures`): the words of DISASTER_WORDS a headline leads with. */
const HEAD_DISASTER = /quake|flood|زلزل|زمین[\s\u200c]*لرزه|سیلاب|سېلاب/iu;

/** The words of normalised text[from, to). */
function sentenceWords(text: string, from: number, to: number): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = from; i <= to; i++) {
    const word = i < to && isWordChar(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/** Phrases as one pattern over a sentence's words joined by spaces (each phrase normalised, a whole word at each end). */
function phrasesPattern(phrases: readonly string[]): RegExp {
  return new RegExp(phrases.map((phrase) => ` ${normalizeText(phrase)} `).join('|'), 'u');
}

/**
 * A year's or a year-long tally ("so far this year", "since January", "over the past year", Urdu "رواں سال", Persian
 * "امسال", Pashto "سږ کال"): its count is of many episodes, never one clash's claim. Over the sentence's words, joined.
 */
const LONG_SPAN = phrasesPattern([
  'so far this year',
  'this year so far',
  'since the (?:start|beginning) of (?:the|this) year',
  'since january',
  '(?:over|in|during) the (?:past|last) (?:year|12 months|twelve months)',
  'last year',
  'رواں سال',
  'اس سال اب تک',
  'گزشتہ سال',
  'پچھلے سال',
  'امسال',
  'سال جاری',
  'سال گذشته',
  'سږ کال',
  'تېر کال',
]);

/**
 * "In a separate incident", "in another attack", Urdu "ایک اور واقعے میں", Persian "در رویدادی دیگر", Pashto "په یوه
 * بله پېښه کې": the sentence tells another episode than the one around it. Over the sentence's words, joined.
 */
const OTHER_INCIDENT = phrasesPattern([
  'in (?:a|another) separate (?:incident|attack|clash|strike|raid)',
  'in another (?:incident|attack|clash|strike|raid)',
  'ایک اور واقعے',
  'ایک الگ واقعے',
  'ایک (?:اور|الگ) حملے',
  'دوسرے واقعے',
  'رویدادی دیگر',
  'حادثه ?ای دیگر',
  'رویداد جداگانه',
  'رویدادی جداگانه',
  'حمله ?ای دیگر',
  'یوه بله پېښه',
  'بله پېښه',
]);
/**
 * Hearsay: "it is said", "initial reports", Urdu "بتایا جاتا ہے", Persian "گفته می شود", Pashto "ویل کېږي", "لومړیو
 * راپورونو": the sentence says no one named gave its count. Over the sentence's words, joined.
 */
const UNSOURCED = phrasesPattern([
  'it is (?:said|believed)',
  '(?:initial|first|early|unconfirmed) reports?',
  'کہا جاتا ہے',
  'بتایا جاتا ہے',
  'ابتدائی اطلاعات',
  'غیر مصدقہ اطلاعات',
  'گفته می ?شود',
  'گزارش های (?:اولیه|تایید نشده)',
  'ویل کېږي',
  'ویل کیږي',
  'لومړ(?:یو|نیو) راپورونو',
  // Reports, unnamed: "according to (media) reports", Persian "بنا بر این گزارش‌ها" (a named outlet, "Afghan media
  // reported", may be a claimant: the pack holds a television channel's count).
  'according to (?:[^ ]+ ){0,2}reports',
  'گفته شده است که',
  'میڈیا رپورٹس',
  'بنا بر (?:این|همین) گزارش ?ها',
  'به گزارش رسانه ?ها',
  'رسنیو (?:راپورونو|د راپورونو)',
  // "Reports say", Pashto "راپورونه وايي", Persian "گزارش‌ها حاکی است": reports, no one named.
  'reports (?:say|said|suggest|suggested|indicate|indicated)',
  'راپورونه (?:وایی|ښیی)',
  'گزارش ها حاکی',
]);
/**
 * "Since the fighting began last week", Urdu "… کے بعد سے", "سے اب تک", Persian "تاکنون", Pashto "راهیسې": a tally from
 * then to the page's day, not an event of last week.
 */
const SINCE_THEN = phrasesPattern(['since', 'کے بعد سے', 'سے اب تک', 'تاکنون', 'راهیسې', 'راهیسی']);
const WEEKDAY_AMBIGUOUS = new Set(['پیر', 'ہفتہ'].map(normalizeText));
/**
 * "Last week", Urdu "گزشتہ ہفتے", Persian "هفته گذشته", Pashto "تېره اونۍ": days four to fourteen before the page. Not
 * the weekend just past (Persian "آخر هفته گذشته", Urdu "گزشتہ ہفتے کے آخر", as English "last weekend"): a day or two ago.
 */
const LAST_WEEK = phrasesPattern([
  'last week',
  'گزشتہ ہفتے(?! کے آخر)',
  'پچھلے ہفتے(?! کے آخر)',
  '(?<!آخر )هفته گذشته',
  'هفته پیش',
  'تېره اونۍ',
  'تیره اونۍ',
]);
/**
 * "23 people died on both sides", Urdu "دونوں جانب", Persian "از دو طرف", Pashto "دواړو خواوو": a count of two sides
 * together. Not "both sides of the border" (Urdu "سرحد کے دونوں جانب", Persian "دو طرف مرز"): where, not whose; nor
 * Persian "توسط هر دو طرف" (by both sides): who reported.
 */
const BOTH_SIDES = phrasesPattern([
  'on both sides(?! of)',
  '(?<!سرحد کے )دونوں (?:جانب|طرف|اطراف)',
  'از (?:هر )?دو (?:طرف|جانب)(?! مرز)',
  '(?<!پولې )دواړو (?:خواوو|خواو|لوریو)',
]);
/** A Gregorian year as a word (Urdu writes "2025ء"). */
const YEAR_WORD = /^((?:199|20[0-3])\d)ء?$/;
/** Words that make a year a starting point, not a date: "since 2021", Urdu "2021 سے", Pashto "له 2021 راهیسې". */
const SINCE = normalizedWords('since|from|سے|راهیسې|راهیسی|تاکنون|بعد');
/** How far after a figure's verb a place still counts as where it happened ("were killed on Saturday in X"). */
const TIED_PLACE_REACH = 40;
/**
 * Words that open a contrasting clause (English, Urdu, Persian): its speaker is not the clause before's. Tested on
 * the few characters between a figure and a voice named after it, or between a report's "that" and a voice in it,
 * never on the page.
 */
const CONTRAST = /(?:^|[^\p{L}\p{M}])(?:while|whereas|but|جبکہ|جب کہ|لیکن|مگر|تاہم|اما|ولی|در حالی که)(?![\p{L}\p{M}])/iu;
/** A voice joined to the count after it as its owner ("the army's 30 men", Urdu "پاک فوج کے ۳۰ اہلکار"): its subject. */
const POSSESSIVE = /^\s*(?:['’]s|کے|کی|کا)\s*$/u;
/** A speech verb and "that" (English, Urdu, Persian, Pashto): what follows is what was reported. */
const REPORTED =
  /(?:\b(?<!\b(?:is|was|were|are|been|being) )(?:said|says|claimed|claims|told|stated|announced|added) that\b|(?:کہا|بتایا|دعو[یٰ]+ کیا)\s*کہ|(?:گفت|گفته|ادعا کرد|ادعا کرده|اعلام کرد|اعلام کرده|افزود|ت[اأ]یید کرد)(?:ند)?(?:\s+است)?\s+که|(?:وویل|ویل[يی]|وا[يی][يی]|ادعا وکړه)\s+چې)(?![\p{L}\p{M}])/u;
/**
 * "That" again, or a verb of reporting: a voice that reports in turn ("officials said that ISPR said that …", "it is
 * said that the ISPR confirmed 23").
 */
const THAT = /(?:^|[^\p{L}\p{M}])(?:that|confirmed|said|says|announced|stated|reported|کہ|که|چې)(?![\p{L}\p{M}])/u;
/** Punctuation that ends a clause: a place after it is not tied to the figure before it. */
const CLAUSE_BREAK = /[,;،؛]/;

interface Roles {
  /** Entities that can speak for a claim. */
  voice: boolean[];
  /** Places (and crossings) where some event of the pack happened. */
  eventPlace: boolean[];
}
const rolesCache = new WeakMap<RuntimePack, Roles>();
function rolesOf(pack: RuntimePack): Roles {
  let roles = rolesCache.get(pack);
  if (!roles) {
    const places = new Set(pack.events.flatMap((e) => e.places));
    roles = {
      voice: pack.entities.map((_, i) => isVoice(pack, i)),
      eventPlace: pack.entities.map((e, i) => (e.kind === 'place' || e.kind === 'crossing') && places.has(i)),
    };
    rolesCache.set(pack, roles);
  }
  return roles;
}

export interface ScanOptions {
  /** Keep the mentions of a page the gate turned down (for diagnostics). Default false. */
  keepMentions?: boolean;
  /** Also return the figures that match no claim (ScanResult.unmatched). Default false. */
  keepUnmatched?: boolean;
}

/**
 * The second stage: figures and claims for a page the gate let through, or for a near miss that figures
 * matched to claims could still carry over the line.
 */
export function finishScan(
  stage: GateStage,
  blocks: readonly TextBlock[],
  meta: PageMeta,
  pack: RuntimePack,
  options: ScanOptions = {},
): ScanResult {
  let { gate } = stage;
  const { mentions, prepared } = stage;
  let figures: FigureMatch[] | undefined;
  if (!gate.relevant && stage.nearMiss && prepared) {
    // A page that names the actors but no strong place may still report the claims themselves.
    figures = findFigures(pack, blocks, meta, prepared, mentions);
    if (figures.length) gate = scoreMentions(pack, { blocks, meta, mentions, prepared, matchedFigures: figures.length });
  }
  if (!gate.relevant || !prepared) return { ...gate, mentions: options.keepMentions ? mentions : [], figures: [] };
  if (options.keepUnmatched) {
    const unmatched: UnmatchedFigure[] = [];
    return { ...gate, mentions, figures: findFigures(pack, blocks, meta, prepared, mentions, unmatched), unmatched };
  }
  figures ??= findFigures(pack, blocks, meta, prepared, mentions);
  return { ...gate, mentions, figures };
}

/**
 * Sentences in each script the figure reader knows, read once and thrown away. The reader's first run builds its word
 * lists and compiles its patterns (about 25 ms in Node on the demo page; 61 ms of a first, cold `finish` in Chromium on a
 * slow machine, a long task): read here first, one part per task (lib/content/annotate.ts), the first page's `finish`
 * finds them ready.
 */
// Small pieces first, each building part of what the next needs: the number reader, then a verb and its count, then
// whole sentences (in Node the costliest part fell from about 12 to about 7 ms; Firefox's first part was 53 ms).
const WARM_UP: readonly (readonly string[])[] = [
  ['23 and ۵۸'],
  ['killed 23 soldiers'],
  ['It said 23 soldiers were killed and 29 wounded.'],
  ['او گفت ۵۸ سرباز کشته شدند.'],
  ['و ۳۰ زخمی شدند.'],
];
export const WARM_UP_PARTS = WARM_UP.length;

/** Part `part` of the warm-up (0 ≤ part < WARM_UP_PARTS): the figures of its sentences, read with no names and dropped. */
export function warmFigureReader(pack: RuntimePack, part: number): number {
  const blocks: TextBlock[] = (WARM_UP[part] ?? []).map((text) => ({ text, kind: 'body' }));
  return findFigures(pack, blocks, { published: pack.meta.window.start }, prepareText(blocks), []).length;
}

/** Gate, then (if relevant) mentions and figures. */
export function scanDocument(blocks: readonly TextBlock[], meta: PageMeta, pack: RuntimePack, options: ScanOptions = {}): ScanResult {
  return finishScan(gatePage(blocks, meta, pack), blocks, meta, pack, options);
}
