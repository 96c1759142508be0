/**
 * Which claim of the pack a figure on the page belongs to. A wrong claimant is worse than none: when two
 * claimants fit equally, or the sentence names a claimant whose claims don't fit, there is no match.
 */
import type { RuntimeClaim, RuntimePack } from '../pack/runtime-types';
import type { FigureCandidate, Noun, TextSide, TextUnit } from './figures';
import { isSideWord } from './figure-lexicon';

/** Claim units a unit phrase on the page can stand for. Posts, tanks and vehicles are told apart by the verb. */
function unitFits(unit: TextUnit, noun: Noun | undefined, claimUnit: string | undefined): boolean {
  if (!claimUnit) return false;
  if (noun === 'posts')
    return (unit === 'captured' && claimUnit === 'posts-captured') || (unit === 'destroyed' && claimUnit === 'posts-destroyed');
  // A count of tanks, guns and armoured vehicles is one of vehicles when that is how the claim counts them.
  if (noun === 'tanks') return unit === 'destroyed' && (claimUnit === 'tanks-destroyed' || claimUnit === 'vehicles');
  if (noun === 'vehicles') return (unit === 'stranded' || unit === 'destroyed') && claimUnit === 'vehicles';
  if (claimUnit.startsWith('posts-') || claimUnit === 'tanks-destroyed' || claimUnit === 'vehicles') return false;
  switch (unit) {
    case 'killed':
      return claimUnit === 'killed';
    case 'wounded':
      return claimUnit === 'wounded';
    case 'casualties':
      return claimUnit === 'casualties' || claimUnit === 'killed-or-wounded';
    case 'displaced':
      return claimUnit === 'displaced';
    default:
      return false;
  }
}

const SUBJECTS: Record<string, { nouns: (Noun | undefined)[]; side?: TextSide | 'none' }> = {
  'pakistani-soldiers': { nouns: ['soldiers', 'vehicles', undefined], side: 'pakistan' },
  'afghan-forces': { nouns: ['soldiers', 'fighters', 'tanks', 'vehicles', undefined], side: 'afghanistan' },
  'afghan-civilians': { nouns: ['civilians', 'people', undefined], side: 'afghanistan' },
  'pakistani-civilians': { nouns: ['civilians', 'people', undefined], side: 'pakistan' },
  civilians: { nouns: ['civilians', 'people', undefined] },
  'taliban-and-ttp': { nouns: ['fighters', undefined], side: 'afghanistan' },
  militants: { nouns: ['fighters', undefined], side: 'none' },
  'pakistani-posts': { nouns: ['posts'], side: 'pakistan' },
  'afghan-posts': { nouns: ['posts'], side: 'afghanistan' },
  'both-sides': { nouns: ['soldiers', 'people', 'fighters', undefined] },
  people: { nouns: ['people', 'civilians', undefined] },
  trucks: { nouns: ['vehicles'] },
};

/**
 * "Tarar said 415 people have been killed on the Afghan side": one side's count of the other side's dead, told as
 * people, is a count of its forces, when the sentence names that claimant (who counts no civilians of the enemy).
 */
function enemyCount(pack: RuntimePack, figure: FigureCandidate, claim: RuntimeClaim, ctx: ClaimContext): boolean {
  const forces = SUBJECTS[claim.subject]?.side;
  return (
    figure.noun === 'people' &&
    (claim.subject === 'afghan-forces' || claim.subject === 'pakistani-soldiers') &&
    (figure.side === undefined || figure.side === forces) &&
    claim.side !== undefined &&
    claim.side !== forces &&
    ctx.sentenceEntities.some((e) => sameVoice(pack, e, claim.claimant))
  );
}

/** Does what the page says about whom fit the claim's subject? */
function subjectFits(noun: Noun | undefined, side: TextSide | undefined, subject: string): boolean {
  const rule = SUBJECTS[subject];
  if (!rule) return noun === undefined && side === undefined;
  const n = noun === 'casualties' ? undefined : noun;
  // Pakistan's count of "Taliban and TTP" dead, told as "Afghan soldiers": the Taliban are Afghanistan's army.
  if (subject === 'taliban-and-ttp' && n === 'soldiers' && side === 'afghanistan') return true;
  if (!rule.nouns.includes(n)) return false;
  // "militants" are nobody's side: an explicit "Pakistani" or "Afghan" before them does not fit.
  if (side && rule.side && rule.side !== 'none' && rule.side !== side) return false;
  if (side && rule.side === 'none' && n !== 'fighters') return false;
  return true;
}

/**
 * How closely the page's number fits the claim's: 2 same qualifier, 1 compatible (a text often drops "more
 * than", or writes "at least" for an exact count), 0 no. "More than 70" is not a claim of exactly 70.
 */
function valueFit(f: FigureCandidate, c: RuntimeClaim): number {
  if (f.min !== undefined && f.max !== undefined) return c.qualifier === 'range' && c.min === f.min && c.max === f.max ? 2 : 0;
  if (c.qualifier === 'range' || c.value !== f.value) return 0;
  const q = f.qualifier;
  if (q === c.qualifier) return 2;
  const lower = (x: string | undefined) => x === 'over' || x === 'at-least';
  if (lower(q) && lower(c.qualifier)) return 2;
  if (q === 'exact') return 1;
  // "At least 23" or "about 23" for a count given as 23: a text that hedges the claimant's exact count. So is "more
  // than 274": nobody rounds to 274, so a hedged number that is not round quotes the count it came from; "more than
  // 80" is a bound of its own. "Up to 500" is more often a forecast or a ceiling ("up to 500 families could be forced out")
  // than a report of 500.
  if (c.qualifier === 'exact') return q === 'at-least' || q === 'about' || (q === 'over' && f.value > 10 && f.value % 10 !== 0) ? 1 : 0;
  return q === 'about' || c.qualifier === 'about' ? 1 : 0;
}

export interface ClaimContext {
  /** Publication date of the page (YYYY-MM-DD), if known. */
  published?: string;
  /** Voices (claimants and those who speak for one) named in the same sentence, outside the figure itself. */
  sentenceEntities: number[];
  /** Voices named in the same block. */
  blockEntities: number[];
  /** Places tied to the figure ("killed in Nangarhar"): a claim about an event elsewhere does not fit. */
  tiedPlaces?: number[];
  /** Entity indices anywhere on the page (places of an event raise its claims). */
  pageEntities: Set<number>;
  /** Entities named in the figure's block and in its sentence (where an old claim's event must be named). */
  blockPlaces?: Set<number>;
  sentencePlaces?: Set<number>;
  /** Months (1-12) the figure's sentence names: "during the fighting in May" is not an October claim. */
  sentenceMonths?: number[];
  /** The sentence tells "another incident": only a claim whose event's place it names is its. */
  otherIncident?: boolean;
  /** The sentence gives its count as hearsay ("it is said", "first reports", "reportedly"): no one's claim. */
  unsourced?: boolean;
  /** The sentence counts two sides together ("on both sides"): no one side's count. */
  bothSides?: boolean;
  /** The sentence says "last week": an event of four to fourteen days before the page. */
  lastWeek?: boolean;
  /** The sentence names a weekday ("on Tuesday"): a day of the page's own week. */
  weekday?: boolean;
  /** Days the sentence names with their month, as "M-D" ("on February 6": "2-6"). */
  sentenceDays?: string[];
  /** Years (Gregorian) the sentence names as when it happened: "in 2023, 23 soldiers were killed" is no claim of 2025. */
  sentenceYears?: number[];
  /** The sentence tells a tally of a year or more ("so far this year"): not one episode's count. */
  sentenceSpan?: boolean;
  /**
   * On a page with no date: events (indices) that two or more of the page's figures fit (see agreedEvents). The
   * page tells of that event, so its claims are not taken for an older episode's.
   */
  agreedEvents?: Set<number>;
  /** Events of the figures already matched in the same sentence: counts told together are of one event. */
  sentenceEvents?: ReadonlySet<number>;
  /** Events of the figures already matched in the same block (paragraph). */
  blockEvents?: ReadonlySet<number>;
  /** On a page with no date: events of the figures already matched anywhere on it. */
  pageEvents?: ReadonlySet<number>;
  /** The sentence tells its speaker by a pronoun ("he said"): the paragraph's named voice is the sentence's. */
  pronounSpeaker?: boolean;
  /** The other figures of the sentence ("killed four people and wounded 20": the 20 for the four). */
  sentenceFigures?: readonly FigureCandidate[];
}

/**
 * Does a count told in the same sentence, of another kind, belie the claim's event? "Killed at least four people and
 * wounded 20" is not the episode whose claimant counted four killed and four wounded: the claimant recorded a count
 * of that kind for the event, and the page's is far from each of them (more than twice or under half: outlets and
 * later days differ a little, "18 hurt" for a spokesman's 16; another episode by anything). Only the sentence's one count of that kind: two ("five other civilians died, eight in all") are parts
 * and totals, not the event's count.
 */
function belied(pack: RuntimePack, figure: FigureCandidate, claim: RuntimeClaim, others: readonly FigureCandidate[]): boolean {
  return others.some((o) => {
    if (o.unit === figure.unit || others.filter((x) => x.unit === o.unit).length > 1) return false;
    // The claimant's own counts of that kind for the event (a big offensive holds many voices' counts of every size).
    const kin = pack.claims.filter(
      (k) => k.eventIndex === claim.eventIndex && k.claimant === claim.claimant && k.kind === 'figure' && unitFits(o.unit, o.noun, k.unit),
    );
    const near = (k: RuntimeClaim): boolean => {
      const v = k.value ?? k.max ?? k.min;
      return v !== undefined && o.value <= 2 * v && 2 * o.value >= v;
    };
    return kin.length > 0 && !kin.some(near);
  });
}

/** The smallest figure that counts towards agreedEvents: single-digit tolls are in every story of every month. */
const AGREEING_MIN = 10;

/**
 * Events whose claims fit (by value, unit and subject) two or more figures of different values on one page: on a
 * page with no date they say which episode it tells. One number may fit a claim of any month by chance; two of one
 * event's (the 58 soldiers and the 30 wounded; eight dead and seven hurt in Urgun) rarely do.
 */
export function agreedEvents(pack: RuntimePack, figures: readonly FigureCandidate[]): Set<number> {
  const valuesByEvent = new Map<number, Set<number>>();
  for (const f of figures) {
    if (f.value < AGREEING_MIN) continue;
    for (const ci of pack.claimsByValue[String(f.min ?? f.value)] ?? []) {
      const claim = pack.claims[ci]!;
      if (claim.kind !== 'figure' || !valueFit(f, claim) || !unitFits(f.unit, f.noun, claim.unit)) continue;
      if (!subjectFits(f.noun, f.side, claim.subject)) continue;
      let values = valuesByEvent.get(claim.eventIndex);
      if (!values) valuesByEvent.set(claim.eventIndex, (values = new Set()));
      values.add(f.value);
    }
  }
  const agreed = new Set<number>();
  for (const [event, values] of valuesByEvent) if (values.size >= 2) agreed.add(event);
  return agreed;
}

/** The date of the latest of `events` (the page's own episode, on a page with no date). */
function latestEventDate(pack: RuntimePack, events: ReadonlySet<number> | undefined): string | undefined {
  let latest: string | undefined;
  for (const e of events ?? []) {
    const ev = pack.events[e];
    const date = ev && (ev.endDate ?? ev.date);
    if (date && (!latest || date > latest)) latest = date;
  }
  return latest;
}

/** An event this long (days) is a period's tally, which a year's count may be told beside. */
const LONG_EVENT_DAYS = 60;

/** A claim older than this (days before the page) is another episode unless the page names where it happened. */
const STALE_DAYS = 30;
const WEEK_DAYS = 8;

export interface ClaimChoice {
  claim: RuntimeClaim;
  confidence: number;
}

const DAY = 86_400_000;
const monthOf = (date: string): number => Number(date.slice(5, 7));
function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY);
}

/** The claimant groups an entity stands for: itself and whoever it speaks for (up the chain), and its side. */
function voices(pack: RuntimePack, entity: number): { ids: Set<number>; side?: string } {
  const ids = new Set<number>();
  let side: string | undefined;
  for (let e: number | undefined = entity; e !== undefined && !ids.has(e); e = pack.entities[e]!.speaksFor) {
    ids.add(e);
    side ??= pack.entities[e]!.side;
  }
  return side ? { ids, side } : { ids };
}

/**
 * Claims made by one of `named`, by someone it speaks for, or by someone who speaks for it (the ISPR named, a
 * claim by the DG ISPR); failing that, claims of the same side. Two spokesmen of one government are not one voice.
 */
function spokenBy<T extends { claim: RuntimeClaim }>(pack: RuntimePack, candidates: T[], named: number[]): { list: T[]; exact: boolean } {
  const namedVoices = named.map((n) => voices(pack, n));
  const exact = candidates.filter((c) => {
    const claimant = voices(pack, c.claim.claimant);
    return named.some((n, i) => namedVoices[i]!.ids.has(c.claim.claimant) || claimant.ids.has(n));
  });
  // The person named beats the body named in his title: "Fitrat, the Islamic Emirate's deputy spokesman, said" gives
  // his count, not the defence ministry's, which speaks for the Emirate too and gave the same number.
  const own = exact.filter((c) => named.includes(c.claim.claimant));
  if (own.length) return { list: own, exact: true };
  if (exact.length) return { list: exact, exact: true };
  return { list: candidates.filter((c) => namedVoices.some((v) => v.side !== undefined && v.side === c.claim.side)), exact: false };
}

/**
 * Does the paragraph's named official (or his office) hold a count of his own of that kind for the claim's event,
 * that is not the claimant's? Told by a pronoun ("He put enemy losses at 274 … and said over 80 vehicles"), the
 * figure is his: the ISPR's spokesman counted 115 vehicles, so his "over 80" is not the information minister's 80;
 * the Islamic Emirate's spokesmen gave the clinic's wounded as 250, 200 and 265, so its chief spokesman's "roughly
 * 250, he said" is none of them. (A speaker named in the figure's own sentence relays his side's count, as a minister
 * repeats the army's.)
 */
function ownRivalCount(pack: RuntimePack, claim: RuntimeClaim, named: readonly number[]): boolean {
  const whose = SUBJECTS[claim.subject]?.side;
  // Named people and bodies only (the cricket board counted eight dead, so "it says at least 10" is not the officials'
  // 10): "Afghan officials" are any of the side's voices, and may be quoting any of its counts.
  const chains = named.filter((n) => ['official', 'organisation'].includes(pack.entities[n]!.kind)).map((n) => voices(pack, n).ids);
  if (!chains.length) return false;
  return pack.claims.some(
    (k) =>
      k.kind === 'figure' &&
      k.eventIndex === claim.eventIndex &&
      k.unit === claim.unit &&
      k.claimant !== claim.claimant &&
      SUBJECTS[k.subject]?.side === whose &&
      chains.some((chain) => [...voices(pack, k.claimant).ids].some((e) => chain.has(e))),
  );
}

/** Does a day "M-D" (no year) fall from two days before `start` to a week after `end` or `claimed`, in their year or a neighbour? */
function nearEvent(day: string, start: string, end: string, claimed: string): boolean {
  const [m, d] = day.split('-');
  const last = claimed > end ? claimed : end;
  return [-1, 0, 1].some((k) => {
    const date = `${yearOf(start) + k}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
    return days(date, start) <= 2 && days(last, date) <= 7;
  });
}

/** The year of a date written YYYY-MM-DD (NaN for none). */
function yearOf(date: string | undefined): number {
  return Number(date?.slice(0, 4));
}

/** Entities that can speak for a claim: claimants, those who speak for one, and anyone with a side. */
export function isVoice(pack: RuntimePack, entity: number): boolean {
  const e = pack.entities[entity]!;
  return (
    e.side !== undefined ||
    e.speaksFor !== undefined ||
    // One whose statements another gives ("the army", through its media wing): "the army said" is that voice.
    pack.entities.some((o) => o.speaksFor === entity && o.side !== undefined) ||
    pack.claimsByEntity[e.id]?.some((c) => pack.claims[c]!.claimant === entity) === true
  );
}

/** A claim from within about ten days of the page beats ones a month or more older (the same side's earlier count). */
function mostRecent<T extends { claim: RuntimeClaim }>(candidates: T[], published: string | undefined): T[] {
  if (!published) return candidates;
  const age = (c: T) => days(c.claim.date, published);
  const recent = candidates.filter((c) => age(c) <= 10);
  if (recent.length === 0 || recent.length === candidates.length) return candidates;
  return candidates.every((c) => recent.includes(c) || age(c) >= 30) ? recent : candidates;
}

/** Is `entity` the claimant, one it speaks for, or one who speaks for it? */
function sameVoice(pack: RuntimePack, entity: number, claimant: number): boolean {
  return voices(pack, entity).ids.has(claimant) || voices(pack, claimant).ids.has(entity);
}

/** A country or the border itself: it says where, never which event. */
const broadPlacesCache = new WeakMap<RuntimePack, Set<number>>();
function broadPlaces(pack: RuntimePack): Set<number> {
  let broad = broadPlacesCache.get(pack);
  if (!broad) {
    broad = new Set(pack.aliases.filter((a) => isSideWord(a.key)).map((a) => a.entity));
    pack.entities.forEach((e, i) => e.kind === 'border' && broad!.add(i));
    broadPlacesCache.set(pack, broad);
  }
  return broad;
}

/**
 * Is there a later event than `ev`, within the page's last weeks, at a place of `ev` that the sentence names (a
 * province or a town, not a country)?
 */
function newerEventAt(pack: RuntimePack, ev: RuntimePack['events'][number], places: Set<number>, published: string): boolean {
  const broad = broadPlaces(pack);
  const shared = ev.places.filter((p) => places.has(p) && !broad.has(p));
  return pack.events.some(
    (e) =>
      e.date > (ev.endDate ?? ev.date) &&
      e.date <= published &&
      days(e.date, published) <= STALE_DAYS &&
      e.places.some((p) => shared.includes(p)),
  );
}

/** Days apart within which two events' claims of one count cannot be told apart by an undated page's episode. */
const NEAR_DAYS = 7;

/** Another event's claim of the same count within NEAR_DAYS of `ev`, when the paragraph names neither the claimant nor a place of `ev`. */
function nearRival(
  pack: RuntimePack,
  figure: FigureCandidate,
  claim: RuntimeClaim,
  ev: RuntimePack['events'][number],
  ctx: ClaimContext,
): boolean {
  const broad = broadPlaces(pack);
  const block = ctx.blockPlaces ?? ctx.pageEntities;
  if (ev.places.some((p) => !broad.has(p) && block.has(p))) return false;
  if ([...ctx.sentenceEntities, ...ctx.blockEntities].some((e) => sameVoice(pack, e, claim.claimant))) return false;
  return (pack.claimsByValue[String(figure.min ?? figure.value)] ?? []).some((ci) => {
    const k = pack.claims[ci]!;
    const other = pack.events[k.eventIndex];
    return (
      k.kind === 'figure' &&
      k.eventIndex !== claim.eventIndex &&
      other !== undefined &&
      valueFit(figure, k) > 0 &&
      unitFits(figure.unit, figure.noun, k.unit) &&
      subjectFits(figure.noun, figure.side, k.subject) &&
      Math.abs(days(other.date, ev.date)) <= NEAR_DAYS
    );
  });
}

/**
 * One named voice of a side, not the side nor its unnamed officials ("Afghan officials", "security sources", who may
 * be quoting any of its counts): a spokesman or minister, or a ministry that has a spokesman of its own.
 */
function namedVoice(pack: RuntimePack, entity: number): boolean {
  const e = pack.entities[entity]!;
  if (e.speaksFor === undefined) return false;
  return e.kind === 'official' || (e.kind === 'government' && pack.entities.some((o) => o.speaksFor === entity));
}

export function matchClaim(pack: RuntimePack, figure: FigureCandidate, ctx: ClaimContext): ClaimChoice | undefined {
  const key = figure.min !== undefined ? figure.min : figure.value;
  let candidates: { claim: RuntimeClaim; fit: number }[] = [];
  for (const ci of pack.claimsByValue[String(key)] ?? []) {
    const claim = pack.claims[ci]!;
    if (claim.kind !== 'figure') continue;
    const fit = valueFit(figure, claim);
    if (!fit) continue;
    if (!unitFits(figure.unit, figure.noun, claim.unit)) continue;
    if (!subjectFits(figure.noun, figure.side, claim.subject) && !enemyCount(pack, figure, claim, ctx)) continue;
    // A page cannot report a claim made after it was published: not even a day after (a claimant's statement of the
    // page's evening is dated by the pack to the next day only when that is when it was made).
    if (ctx.published && days(ctx.published, claim.date) > 0) continue;
    // A claim of weeks ago, or any claim on a page with no date, is only this page's figure if its sentence names the
    // claimant or where the event happened; or, on a dated page, the block names the place or the figure says whose
    // ("23 Pakistani soldiers"); on an undated page, both. "Five boys were killed" in a story from Khost is not the
    // Kabul hospital's five of October.
    const ev = pack.events[claim.eventIndex];
    const stale = ctx.published ? days(claim.date, ctx.published) > STALE_DAYS : !ctx.agreedEvents?.has(claim.eventIndex);
    if (stale && ev && ev.places.length) {
      // The claimant or one speaking for it, not the institution it speaks for: "the army" is in every month's news.
      const its = (e: number): boolean => voices(pack, e).ids.has(claim.claimant);
      const named = ctx.sentenceEntities.some(its);
      const inSentence = ev.places.some((p) => ctx.sentencePlaces?.has(p));
      const inBlock = ev.places.some((p) => (ctx.blockPlaces ?? ctx.pageEntities).has(p));
      // "23 Pakistani soldiers" says whose count it is, but not which episode: soldiers and militants die in every
      // month's news. Weeks on, a count told by whose it is alone must also name its month ("in October, 23 Pakistani
      // soldiers were killed"); "70 militants" (fighters are any side's, or nobody's) never says whose.
      const itsMonth = (ctx.sentenceMonths ?? []).some((m) => m === monthOf(claim.date) || (ev.date && m === monthOf(ev.date)));
      const whose = figure.side !== undefined && (ctx.published === undefined || itsMonth);
      // The claimant named in the paragraph ("Mujahid said … He said nine Afghan soldiers died") says whose
      // count it is as well as the sentence would.
      const namedInBlock = ctx.blockEntities.some(its);
      // On an undated page the place in the paragraph needs one more sign: whose count it is, or the claimant named
      // on the page ("the cricket board said" earlier, "according to the board" here).
      const claimantOnPage = [...ctx.pageEntities].some((e) => sameVoice(pack, e, claim.claimant));
      if (!named && !inSentence && !namedInBlock && !(ctx.published ? inBlock || whose : inBlock && (whose || claimantOnPage))) continue;
      // A count of another kind told with it that the event's claims do not hold: another episode's toll ("killed
      // four and wounded 20", where the event's claimant counted four and four).
      if (ctx.sentenceFigures?.length && belied(pack, figure, claim, ctx.sentenceFigures)) continue;
      // A single-digit toll of weeks before the page's date is in every story of every month: its claimant named
      // ("Afghan officials said four people were killed") does not say which episode; where it happened must be
      // named too, or its month ("last October"). A page with no date is dated by the event its own figures agree on.
      const pageDate = ctx.published ?? latestEventDate(pack, ctx.agreedEvents);
      if (pageDate && days(claim.date, pageDate) > STALE_DAYS && figure.value < AGREEING_MIN && !inSentence && !inBlock && !itsMonth)
        continue;
      // A place alone says which event only until the next one there: "at least 17 people died" in Paktika, on a
      // page of February, is February's strike there, not October's.
      if (
        !named &&
        !namedInBlock &&
        !(ctx.sentenceMonths ?? []).length &&
        ctx.published &&
        ctx.sentencePlaces &&
        newerEventAt(pack, ev, ctx.sentencePlaces, ctx.published)
      )
        continue;
    }
    // A page with no date is dated by its episode only to within days: a claim of the same count for another event of
    // that week (two raids, two days apart, each with eleven soldiers dead) is as likely, unless the paragraph names
    // this claim's claimant or its event's place.
    if (!stale && !ctx.published && ev && nearRival(pack, figure, claim, ev, ctx)) continue;
    // "More than 200 militants have been killed so far this year": a tally of many episodes is no claim of one (a
    // quarter's tally, an event of two months or more, may be).
    if (ctx.sentenceSpan && ev && days(ev.date, ev.endDate ?? ev.date) < LONG_EVENT_DAYS) continue;
    // "23 people died on both sides": a count with no side of its own is no one side's claim.
    if (ctx.bothSides && figure.side === undefined && (SUBJECTS[claim.subject]?.side ?? 'none') !== 'none') continue;
    // "In a separate incident": only an event whose place the sentence names.
    if (ctx.otherIncident && ev && !ev.places.some((p) => ctx.sentencePlaces?.has(p))) continue;
    // "Last week": an event of four to fourteen days before the page.
    if (ctx.lastWeek && ev && ctx.published) {
      const ago = days(ev.endDate ?? ev.date, ctx.published);
      if (ago < 4 || days(ev.date, ctx.published) > 14) continue;
    }
    // "On Tuesday, a bomber killed 12": a weekday with no month is a day of the week before the page, so the event or
    // the claim is of those days; a count of a month before is another episode's.
    if (
      ctx.weekday &&
      ev &&
      ctx.published &&
      !ctx.sentenceMonths?.length &&
      days(ev.endDate ?? ev.date, ctx.published) > WEEK_DAYS &&
      days(claim.date, ctx.published) > WEEK_DAYS
    )
      continue;
    // A year the sentence names as when it happened: the event's or the claim's.
    if (
      ctx.sentenceYears &&
      ev &&
      !ctx.sentenceYears.some((y) => y === yearOf(ev.date) || y === yearOf(ev.endDate) || y === yearOf(claim.date))
    )
      continue;
    // A sentence that names a month names when it happened: it must be the event's (or the claim's) month.
    const months = ctx.sentenceMonths ?? [];
    if (
      months.length &&
      ev &&
      !months.some((m) => m === monthOf(ev.date) || m === monthOf(claim.date) || (ev.endDate && m === monthOf(ev.endDate)))
    )
      continue;
    // A sentence that names a day tells when it happened ("on February 6, a bomber killed 36"): a day from two before
    // the event to a week after it or its claim (a claim told again later), else another episode's count.
    if (ctx.sentenceDays && ev && !ctx.sentenceDays.some((d) => nearEvent(d, ev.date, ev.endDate ?? ev.date, claim.date))) continue;
    candidates.push({ claim, fit });
  }
  if (candidates.length === 0) return undefined;
  // A count no voice in its paragraph gives, of a number two parties both gave for one event (the Taliban's 10 dead,
  // UNAMA's "at least 10"): "more than ten were killed" is either's, whichever hedge the writer chose.
  // (Claims of the page's day or before: a claim of the next day is not yet in it.)
  if (!ctx.sentenceEntities.length && !ctx.blockEntities.length) {
    const told = (k: RuntimeClaim): boolean => !ctx.published || k.date <= ctx.published.slice(0, 10);
    const rival = (pack.claimsByValue[String(key)] ?? []).some((ci) => {
      const k = pack.claims[ci]!;
      return (
        k.kind === 'figure' &&
        told(k) &&
        unitFits(figure.unit, figure.noun, k.unit) &&
        subjectFits(figure.noun, figure.side, k.subject) &&
        candidates.some((c) => told(c.claim) && c.claim.eventIndex === k.eventIndex && (c.claim.side ?? '') !== (k.side ?? ''))
      );
    });
    if (rival) return undefined;
  }
  // "It is said that four civilians were killed", "first reports mentioned 12 dead": a count the sentence itself says
  // nobody named gave.
  if (ctx.unsourced && !ctx.sentenceEntities.length) return undefined;

  const tied = ctx.tiedPlaces ?? [];
  if (tied.length) {
    // "17 people were killed in Nangarhar" on a page from February: an October claim about Paktika is
    // another count. So is a claim of the page's own days when the figure is tied to a district or a province
    // (not a country, not the border) where its event did not happen: "separately, militants killed 12 soldiers in
    // North Waziristan" is not the offensive's 12. A broad place, or a crossing (a point on the border that clashes
    // all along it are told "near"), leaves a claim of the page's days in.
    const broad = broadPlaces(pack);
    const narrow = tied.some((p) => !broad.has(p) && pack.entities[p]!.kind === 'place');
    candidates = candidates.filter((c) => {
      const places = pack.events[c.claim.eventIndex]?.places ?? [];
      if (places.length === 0 || places.some((p) => tied.includes(p))) return true;
      return !narrow && ctx.published !== undefined && days(c.claim.date, ctx.published) < 30;
    });
    if (candidates.length === 0) return undefined;
  }

  // A paragraph tells of one episode until it names another's place: after "the strike in Urgun killed eight", "five
  // other civilians died" is Urgun's count (one the pack may not hold), not a Kabul claim of five that fits by number.
  // An episode is its event and any event of the same days (one day's grace: the pack splits an offensive and the
  // answer to it, and a quarter's tally spans its clashes).
  if (ctx.blockEvents?.size) {
    const broad = broadPlaces(pack);
    const told = [...ctx.blockEvents].map((e) => pack.events[e]).filter((e) => e !== undefined);
    candidates = candidates.filter((c) => {
      const ev = pack.events[c.claim.eventIndex];
      if (!ev || ctx.blockEvents!.has(c.claim.eventIndex)) return true;
      if (told.some((t) => days(ev.endDate ?? ev.date, t.date) <= 1 && days(t.endDate ?? t.date, ev.date) <= 1)) return true;
      return ev.places.some((p) => !broad.has(p) && (ctx.blockPlaces ?? ctx.pageEntities).has(p));
    });
    if (candidates.length === 0) return undefined;
  }

  // "In the strike on Urgun, 17 civilians were killed": the sentence's own district or town (not a country, not the
  // border) says which of two claims of the page's weeks it is, told before the count as well as after it. Not an
  // older one there: a place sees many episodes.
  if (candidates.length > 1 && ctx.sentencePlaces?.size && ctx.published) {
    const broad = broadPlaces(pack);
    const published = ctx.published;
    const here = candidates.filter(
      (c) =>
        days(c.claim.date, published) <= STALE_DAYS &&
        pack.events[c.claim.eventIndex]?.places.some((p) => !broad.has(p) && ctx.sentencePlaces!.has(p)),
    );
    if (here.length) candidates = here;
  }

  // "Four bodies and four wounded civilians were brought in": the second count is of the first one's event.
  if (ctx.sentenceEvents?.size) {
    const same = candidates.filter((c) => ctx.sentenceEvents!.has(c.claim.eventIndex));
    if (same.length) candidates = same;
  }
  // A page with no date tells one episode: "four others were wounded", two paragraphs after the Spin Boldak toll, is of
  // the Spin Boldak event, not an earlier one's four there.
  else if (ctx.pageEvents?.size && !ctx.published) {
    const same = candidates.filter((c) => ctx.pageEvents!.has(c.claim.eventIndex));
    if (same.length) candidates = same;
  }

  // A nationwide or multi-week tally is quoted with its source in the same paragraph; the same round number
  // without one ("more than 70 people, by news agency tallies") is usually someone else's count.
  // A paragraph that names no voice at all continues the page's source ("It also recorded …" under a UNAMA
  // headline): the tally is the source's when the page names it.
  const voiceless = ctx.sentenceEntities.length === 0 && ctx.blockEntities.length === 0;
  candidates = candidates.filter(
    (c) =>
      c.claim.area === undefined ||
      spokenBy(pack, [c], ctx.sentenceEntities).exact ||
      spokenBy(pack, [c], ctx.blockEntities).exact ||
      (voiceless && spokenBy(pack, [c], [...ctx.pageEntities]).exact),
  );
  if (candidates.length === 0) return undefined;
  // A page with no date that tells a count of a voice of no side (a hospital, an agency) and names that voice nowhere
  // ("blasts in Kabul killed five civilians"): the writer's own count, which the value alone cannot tie to that voice.
  if (
    voiceless &&
    // (On a dated page, a toll of a week or more before it: another day's toll of the writer's own. Not a standing
    // count, as of trucks stranded at a crossing.)
    candidates.every(
      (c) =>
        (c.claim.side ?? 'independent') === 'independent' &&
        (!ctx.published || (days(c.claim.date, ctx.published) > WEEK_DAYS && (c.claim.unit === 'killed' || c.claim.unit === 'wounded'))),
    ) &&
    !spokenBy(pack, candidates, [...ctx.pageEntities]).exact
  )
    return undefined;

  let named = false;
  let namedExactly = false;
  if (ctx.sentenceEntities.length) {
    const spoken = spokenBy(pack, candidates, ctx.sentenceEntities);
    // The sentence names who speaks; if none of them made a fitting claim, the figure is someone else's.
    if (spoken.list.length === 0) return undefined;
    // A count the sentence gives to a named official or ministry that made no such claim (a minister relays his side's
    // count: its one claim of that number is the one he repeats), when two other voices of his side gave that number
    // ("Mujahid said 55 soldiers were killed", where Fitrat and the ministry both counted 55), or when he made one of
    // his own, dated after the page ("the defence ministry says 55" a day before its statement): whose it is, is a guess.
    if (
      !spoken.exact &&
      ctx.sentenceEntities.some((e) => namedVoice(pack, e)) &&
      (new Set(spoken.list.map((c) => c.claim.claimant)).size > 1 ||
        (pack.claimsByValue[String(key)] ?? []).some((ci) => {
          const k = pack.claims[ci]!;
          return k.unit === figure.unit && k.claimant !== undefined && ctx.sentenceEntities.includes(k.claimant);
        }))
    )
      return undefined;
    candidates = spoken.list;
    named = true;
    namedExactly = spoken.exact;
  } else if (ctx.blockEntities.length) {
    const spoken = spokenBy(pack, candidates, ctx.blockEntities);
    // A count of a voice of no side (a hospital, an agency) in a paragraph that quotes only the parties, none of them
    // for it: the parties' figure or nobody's ("killing five; Pakistani security sources confirmed the strikes").
    if (spoken.list.length === 0 && candidates.every((c) => (c.claim.side ?? 'independent') === 'independent')) return undefined;
    if (spoken.list.length)
      candidates =
        spoken.exact || !ctx.pronounSpeaker ? spoken.list : spoken.list.filter((c) => !ownRivalCount(pack, c.claim, ctx.blockEntities));
    if (candidates.length === 0) return undefined;
  }

  // The day's grace for time zones is for a claim that has no rival from the page's own days.
  if (ctx.published) {
    const published = ctx.published;
    const onTime = candidates.filter((c) => days(published, c.claim.date) <= 0);
    if (onTime.length && onTime.length < candidates.length) candidates = onTime;
  }

  // Two claimants still in the running: only the same side may be told apart (by date); otherwise nothing.
  if (new Set(candidates.map((c) => c.claim.claimant)).size > 1) {
    if (new Set(candidates.map((c) => c.claim.side ?? `#${c.claim.claimant}`)).size > 1) return undefined;
    candidates = mostRecent(candidates, ctx.published);
    // Still two voices of one side: the event whose place the paragraph names ("four others were wounded", told
    // of Spin Boldak, is the Spin Boldak count, not a Kunar one of two weeks before).
    if (new Set(candidates.map((c) => c.claim.claimant)).size > 1 && ctx.blockPlaces) {
      const here = candidates.filter((c) => pack.events[c.claim.eventIndex]?.places.some((p) => ctx.blockPlaces!.has(p)));
      if (here.length && new Set(here.map((c) => c.claim.claimant)).size === 1) candidates = here;
    }
    if (new Set(candidates.map((c) => c.claim.claimant)).size > 1 && !named) {
      // Two voices of one side counting one event, none named: the one whose own hedge the page writes. Kabul's
      // deputy spokesman wrote "up to 55", its defence ministry a flat 55: "Kabul said 55 soldiers" is the ministry's.
      const best = Math.max(...candidates.map((c) => c.fit));
      const top = candidates.filter((c) => c.fit === best);
      const oneEvent = new Set(candidates.map((c) => c.claim.eventIndex)).size === 1;
      if (best < 2 || !oneEvent || new Set(top.map((c) => c.claim.claimant)).size > 1) return undefined;
      candidates = top;
    }
  }

  // Then the best-fitting claim, or none on a tie: the claimant may be right, but the claim would be a guess.
  const score = (c: { claim: RuntimeClaim; fit: number }): number => {
    let s = c.fit * 10;
    if (!c.claim.superseded) s += 2;
    const ev = pack.events[c.claim.eventIndex];
    if (ev && ev.places.some((p) => tied.includes(p))) s += 4;
    else if (ev && ev.places.some((p) => ctx.pageEntities.has(p))) s += 3;
    if (ctx.published && ev && ev.date <= ctx.published.slice(0, 10)) s += 1;
    return s;
  };
  candidates.sort((a, b) => score(b) - score(a));
  // One voice's two counts of the same number (a running tally repeated on two days): its latest by the page's date.
  if (candidates.length > 1 && score(candidates[0]!) === score(candidates[1]!) && ctx.published) {
    const top = candidates.filter((c) => score(c) === score(candidates[0]!));
    if (new Set(top.map((c) => c.claim.claimant)).size === 1) {
      const latest = top.filter((c) => c.claim.date <= ctx.published!).sort((a, b) => b.claim.date.localeCompare(a.claim.date));
      // (Not one of the page's own day over an earlier one: the page may be written before that day's update.)
      if (latest.length > 1 && latest[0]!.claim.date === ctx.published.slice(0, 10)) return undefined;
      if (latest.length && (latest.length === 1 || latest[0]!.claim.date > latest[1]!.claim.date)) candidates = [latest[0]!];
    }
  }
  if (candidates.length > 1 && score(candidates[0]!) === score(candidates[1]!)) return undefined;
  const best = candidates[0]!;
  let confidence = 0.5;
  if (namedExactly) confidence += 0.3;
  else if (named) confidence += 0.2;
  else if (ctx.blockEntities.length) confidence += 0.1;
  if (best.fit === 2) confidence += 0.1;
  if (figure.noun && figure.side) confidence += 0.05;
  if (candidates.length === 1) confidence += 0.04;
  return { claim: best.claim, confidence: Math.min(0.99, Math.round(confidence * 100) / 100) };
}
