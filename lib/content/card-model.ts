/**
 * What the claims card shows, derived from the pack alone (no DOM, no Preact), so the even-handedness
 * rules live in one testable place: every side gets a column in a fixed order, with the same fields.
 */
import type { Claim, Entity, Event, Pack, Side, Source } from '../pack/schema';
import { messageRecord, t, uiDir, uiLanguageCode } from '../i18n';
import { formatNumber } from '../numbers';
import { formatDateRange } from '../dates';
import type { ClaimTable, ClaimTableRow } from '../claim-table';
import { coverageOf, knownOn, newerThanData, revisionChain, timingOf, type Timing } from '../pack/as-of';
import { entityName, inheritedFrom, sideOf, type PackIndex } from '../pack/index';

/** Fixed column order for every card and the explorer: neither side is ever first by accident of data order. */
export const SIDE_ORDER: Side[] = ['afghanistan', 'pakistan', 'independent'];

export const SIDE_TITLES: Record<Side, string> = messageRecord(SIDE_ORDER, (side) => `side_${side}`);

export interface CardClaim {
  id: string;
  claimant: string;
  /** "ISPR claim": one noun for every side. */
  label: string;
  figure: string;
  /** What the figure counts and over which days: "58 Pakistani soldiers killed · 11–12 Oct 2025". */
  counts: string;
  /** The figure without its unit (a chart bar's label). */
  amount: string;
  text: string;
  date: string;
  confidence: Claim['confidence'];
  sources: Source[];
  superseded: boolean;
  /** The claim's own caveat from the pack. */
  note?: string;
  /** When it was said against the article's date: "said 3 days after this article". */
  timing?: { timing: Timing; days: number; text: string };
  /** The claimant's revisions in one line: "ISPR: 11 → 23". */
  history?: string;
  /** The figure in this article matches this claim. */
  matchesArticle: boolean;
  /** For the chart: lower bound, and the upper bound when it is known. `open` means "at least / over". */
  bar?: { low: number; high: number; open: boolean; unit: string; subject?: string };
}

export interface CardColumn {
  side: Side;
  title: string;
  /** With an article figure: only the claims about the same thing (same unit and subject); otherwise all. */
  claims: CardClaim[];
  /** With an article figure: this side's figures about other things, folded away. */
  other: CardClaim[];
  /** "No independent count of military deaths.": said instead of filling the slot with another subject. */
  missing?: string;
}

export interface MisattributionFlag {
  /** The figure as the article wrote it. */
  text: string;
  value: string;
  /** Whose figure it is on record, and when it was said. */
  owner: string;
  ownerDate: string;
  /** Who the article says gave it. */
  speaker: string;
  /** The speaker's own count of the same thing, if the pack has one. */
  speakerCount?: string;
  /** "Pakistani soldiers killed": what the speaker has no count of. */
  what: string;
}

export interface CardModel {
  event: { id: string; title: string; date: string; endDate?: string; summary: string; places: string[] };
  columns: CardColumn[];
  articleFigure?: { text: string; claimId: string; claimant: string };
  misattribution?: MisattributionFlag;
  /** Honest freshness: the last day the data covers, and whether the article is newer than that. */
  freshness: { through: string; articleNewer: boolean; published?: string };
  context: { title: string; text: string }[];
  crossings: { name: string; status: string; since: string; note?: string }[];
  why: string;
  /** The event's whole claim table, for export (Markdown, CSV, JSON). */
  table?: ClaimTable;
}

// The pack's lookup layer lives in lib/pack/index.ts; re-exported here for the card's and the Explorer's callers.
export { entityName, indexPack, inheritedFrom, sideOf, type PackIndex } from '../pack/index';

/** The entity's name in the interface language when the pack has one (its first, the usual form), else in English. */
export function localName(index: PackIndex, id: string, lang: string = uiLanguageCode()): string {
  return (lang !== 'en' && index.entities.get(id)?.names.find((n) => n.lang === lang)?.text) || entityName(index, id);
}

/** "Islamic Emirate" → "shortName_islamic_emirate": the key of a short name's translation. */
export function shortNameKey(shortName: string): string {
  return `shortName_${shortName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')}`;
}

/**
 * The claimant's short name: `shortName` on the entity or on those it speaks for, else its name; in the interface
 * language where the locale translates that short name (shortName_…), else as the pack has it.
 */
export function shortNameOf(index: PackIndex, claimantId: string): string {
  const short = inheritedFrom(index, claimantId, (e) => e.shortName);
  if (!short) return localName(index, claimantId);
  const key = shortNameKey(short);
  const translated = t(key);
  return translated === key ? short : translated;
}

/** One noun for every claimant's figure, on every side: "Islamic Emirate claim", "ISPR claim", "UNAMA claim". */
export function badgeLabelOf(index: PackIndex, claimantId: string): string {
  return t('claimLabel', shortNameOf(index, claimantId));
}

// The schema's UNITS, written again on purpose: importing a value from lib/pack/schema.ts would bring valibot into
// stage two's bundle.
const UNITS = [
  'killed',
  'wounded',
  'killed-or-wounded',
  'posts-captured',
  'posts-destroyed',
  'tanks-destroyed',
  'displaced',
  'vehicles',
  'casualties',
] as const;
export const UNIT_WORDS: Record<string, string> = messageRecord(UNITS, (unit) => `unit_${unit.replace(/-/g, '_')}`);

const QUALIFIER_WORDS: Record<string, (value: string) => string> = {
  'at-least': (value) => t('qualifier_at_least', value),
  over: (value) => t('qualifier_over', value),
  about: (value) => t('qualifier_about', value),
  'up-to': (value) => t('qualifier_up_to', value),
  exact: (value) => value,
  range: (value) => value,
};

/** "at least 58", in the reader's words and digits: the figure without its unit (for a chart's bar). */
export function describeAmount(claim: Claim): string {
  if (claim.kind === 'denial') return t('figureDenies');
  const f = claim.figure;
  if (!f) return t('figureStatement');
  const value = formatNumber(f.value!);
  return f.qualifier === 'range'
    ? t('figureRange', [formatNumber(f.min!), formatNumber(f.max!)])
    : (QUALIFIER_WORDS[f.qualifier]?.(value) ?? value);
}

export function describeFigure(claim: Claim): string {
  const f = claim.figure;
  if (claim.kind === 'denial' || !f) return describeAmount(claim);
  return t('figureWithUnit', [describeAmount(claim), UNIT_WORDS[f.unit] ?? f.unit]);
}

export function subjectWords(subject: string): string {
  const key = `subject_${subject.replace(/-/g, '_')}`;
  const words = t(key);
  return words === key ? subject.replace(/-/g, ' ') : words;
}

/** The days a figure counts: the claim's own period (pack 1.1), else its event's dates. */
export function periodOf(claim: Claim, event: Pick<Event, 'date' | 'endDate'> | undefined): { start: string; end: string } {
  const period = (claim as { period?: { start: string; end: string } }).period;
  if (period) return period;
  const start = event?.date ?? claim.date;
  return { start, end: event?.endDate ?? start };
}

const VERB_OF_UNIT: Record<string, string> = {
  killed: 'unit_killed',
  wounded: 'unit_wounded',
  'killed-or-wounded': 'unit_killed_or_wounded',
  displaced: 'unit_displaced',
  casualties: 'unit_casualties',
};
const QUALIFIER_NOTES: Record<string, string> = {
  'at-least': 'qualifierNote_at_least',
  over: 'qualifierNote_over',
  about: 'qualifierNote_about',
  'up-to': 'qualifierNote_up_to',
};

/** "58 Pakistani soldiers killed", "1 Afghan civilians killed (at least)", "25 Pakistani posts captured". */
export function countsOf(claim: Claim): string {
  const f = claim.figure;
  if (!f) return describeFigure(claim);
  const amount = f.qualifier === 'range' ? t('figureRange', [formatNumber(f.min!), formatNumber(f.max!)]) : formatNumber(f.value!);
  const note = QUALIFIER_NOTES[f.qualifier] ? ` ${t('inParentheses', t(QUALIFIER_NOTES[f.qualifier]!))}` : '';
  const verb = VERB_OF_UNIT[f.unit];
  if (verb) return `${t('countWithSubject', [amount, subjectWords(claim.subject), t(verb)])}${note}`;
  if (f.unit === 'posts-captured' || f.unit === 'posts-destroyed')
    return `${t('countWithSubject', [amount, subjectWords(claim.subject), t(`unit_${f.unit.replace(/-/g, '_')}_of`)])}${note}`;
  return `${describeFigure(claim)} ${t('inParentheses', subjectWords(claim.subject))}`;
}

const MILITARY = new Set(['pakistani-soldiers', 'afghan-forces', 'taliban-and-ttp', 'militants']);
const CIVILIAN = new Set(['afghan-civilians', 'pakistani-civilians', 'civilians']);

/** What a figure of `unit` about `subject` counts: "Pakistani soldiers killed", "Afghan posts captured". */
export function thingCounted(unit: string, subject: string): string {
  const posts = unit === 'posts-captured' || unit === 'posts-destroyed';
  const verb = VERB_OF_UNIT[unit]
    ? t(VERB_OF_UNIT[unit]!)
    : posts
      ? t(`unit_${unit.replace(/-/g, '_')}_of`)
      : (UNIT_WORDS[unit] ?? unit.replace(/-/g, ' '));
  return t('groupLabel', [subjectWords(subject), verb]).trim();
}

/** The chart's name for the same thing (one wording for axis and group). */
export const countedWhat = thingCounted;

/** What a column has no count of: "military deaths", "civilian deaths", else "Afghan posts captured". */
export function missingWhat(claim: Claim): string {
  if (claim.figure?.unit === 'killed') {
    if (MILITARY.has(claim.subject)) return t('subjectDeaths_military');
    if (CIVILIAN.has(claim.subject)) return t('subjectDeaths_civilian');
  }
  return thingCounted(claim.figure?.unit ?? '', claim.subject);
}

/** Same unit and same subject: the only claims an article's figure is compared with. */
export function sameThing(a: Claim, b: Claim): boolean {
  return Boolean(a.figure && b.figure && a.figure.unit === b.figure.unit && a.subject === b.subject);
}

/**
 * A claimant's revised counts in order, "11 → 23", in the reader's digits (as-of.ts historyValues gives the same in
 * Latin digits). The arrow points the way the line reads, so right to left it is "←".
 */
function revisedValues(chain: readonly Claim[]): string {
  return chain
    .map(({ figure: f }) =>
      !f ? '–' : f.qualifier === 'range' ? t('figureRange', [formatNumber(f.min!), formatNumber(f.max!)]) : formatNumber(f.value!),
    )
    .join(uiDir() === 'rtl' ? ' ← ' : ' → ');
}

function timingText(days: number): string {
  if (days === 0) return t('timingSameDay');
  if (days === -1) return t('timingBeforeOne');
  if (days === 1) return t('timingAfterOne');
  return days < 0 ? t('timingBefore', formatNumber(-days)) : t('timingAfter', formatNumber(days));
}

export function barOf(claim: Claim): CardClaim['bar'] {
  const f = claim.figure;
  if (!f) return undefined;
  const subject = claim.subject;
  if (f.qualifier === 'range') return { low: f.min!, high: f.max!, open: false, unit: f.unit, subject };
  const v = f.value!;
  if (f.qualifier === 'at-least' || f.qualifier === 'over') return { low: v, high: v, open: true, unit: f.unit, subject };
  if (f.qualifier === 'up-to') return { low: 0, high: v, open: false, unit: f.unit, subject };
  return { low: v, high: v, open: false, unit: f.unit, subject };
}

export function crossingStatusOn(pack: Pack, index: PackIndex, date: string): CardModel['crossings'] {
  return pack.context.crossings.flatMap((crossing) => {
    const current = crossing.status.filter((s) => s.from <= date).at(-1);
    if (!current) return [];
    return [{ name: localName(index, crossing.entity), status: current.status, since: current.from, note: current.note }];
  });
}

export interface CardRequest {
  /** The claim the article's figure matched, if the card was opened from a figure badge. */
  claimId?: string;
  /** The entity of a topic badge. */
  entityId?: string;
  articleFigureText?: string;
  /** The page's publication date: picks the event of a topic badge, and dates each claim against the article. */
  pageDate?: string;
  why: string;
  hiddenSides?: Side[];
  /** Show only the claims public on the page's date (the "known then" option). */
  onlyKnownThen?: boolean;
  /** From the speaker reader (lib/engine/attribution.ts): who the article says gave the figure. */
  attributedTo?: string | null;
  misattributed?: boolean | null;
}

/** The event a topic badge shows: the latest disagreement on or before the page's date that involves the entity. */
export function pickEventForEntity(index: PackIndex, entityId: string | undefined, pageDate: string | undefined): Event | undefined {
  const events = [...index.pack.events].sort((a, b) => a.date.localeCompare(b.date));
  const onOrBefore = pageDate ? events.filter((e) => e.date <= pageDate) : events;
  const pool = onOrBefore.length ? onOrBefore : events;
  const involving = pool.filter((e) => entityId && e.places.includes(entityId));
  const disagreements = (involving.length ? involving : pool).filter((e) => e.disagreement);
  return (disagreements.length ? disagreements : involving.length ? involving : pool).at(-1);
}

/**
 * The same ordering rule for every column: claims about the same thing as the article's figure (same unit and
 * subject) first, then the same unit, then deaths; superseded figures last.
 */
function comparability(claim: Claim, focus: Claim | undefined, supersededNow: (c: Claim) => boolean): number {
  let score = supersededNow(claim) ? 0 : 1;
  const unit = claim.figure?.unit;
  if (focus?.figure) {
    if (unit === focus.figure.unit) score += 4;
    if (claim.subject === focus.subject) score += 2;
  } else if (unit === 'killed') score += 2;
  return score;
}

export function buildCardModel(index: PackIndex, request: CardRequest): CardModel | undefined {
  const matched = request.claimId ? index.claims.get(request.claimId) : undefined;
  const event = matched ? index.events.get(matched.event) : pickEventForEntity(index, request.entityId, request.pageDate);
  if (!event) return undefined;
  const hidden = new Set(request.hiddenSides ?? []);
  const pageDate = request.pageDate?.slice(0, 10);
  const all = index.pack.claims;
  let claims = index.claimsByEvent.get(event.id) ?? [];
  if (request.onlyKnownThen && pageDate) claims = claims.filter((c) => knownOn(c, pageDate) || c.id === matched?.id);
  const shown = new Set(claims.map((c) => c.id));

  const toCard = (c: Claim): CardClaim => {
    const chain = revisionChain(all, c.id);
    const next = c.supersededBy ? index.claims.get(c.supersededBy) : undefined;
    // The history goes on the last count the card shows of a chain (a later one hidden as "not known then" counts as not shown).
    const lastShown = !next || !shown.has(next.id);
    const card: CardClaim = {
      id: c.id,
      claimant: localName(index, c.claimant),
      label: badgeLabelOf(index, c.claimant),
      figure: describeFigure(c),
      amount: describeAmount(c),
      counts: c.figure ? `${countsOf(c)} · ${formatPeriod(periodOf(c, index.events.get(c.event)))}` : describeFigure(c),
      text: c.text,
      date: c.date,
      confidence: c.confidence,
      sources: c.sources,
      superseded: Boolean(c.supersededBy) && !(request.onlyKnownThen && next && !shown.has(next.id)),
      matchesArticle: c.id === matched?.id,
      bar: barOf(c),
    };
    if (c.note) card.note = c.note;
    if (pageDate) {
      const timing = timingOf(c.date, pageDate);
      card.timing = { ...timing, text: timingText(timing.days) };
    }
    if (chain.length > 1 && (lastShown || c.id === matched?.id))
      card.history = t('historyLine', [shortNameOf(index, c.claimant), revisedValues(chain)]);
    return card;
  };
  // One ordering rule for every column: the same thing as the article's figure first, then what was known on
  // the article's date before what came later, oldest first; superseded counts last.
  // A count revised only after the article was, on the article's day, the latest: it is not sent to the back.
  const supersededNow = (c: Claim) => {
    const next = c.supersededBy ? index.claims.get(c.supersededBy) : undefined;
    return Boolean(next && (!pageDate || knownOn(next, pageDate)));
  };
  const order = (a: Claim, b: Claim) =>
    comparability(b, matched, supersededNow) - comparability(a, matched, supersededNow) ||
    (pageDate ? Number(!knownOn(a, pageDate)) - Number(!knownOn(b, pageDate)) : 0) ||
    a.date.localeCompare(b.date) ||
    a.id.localeCompare(b.id);

  const columns: CardColumn[] = SIDE_ORDER.filter((side) => !hidden.has(side)).map((side) => {
    const mine = claims.filter((c) => sideOf(index, c.claimant) === side).sort(order);
    if (!matched?.figure) return { side, title: SIDE_TITLES[side], claims: mine.map(toCard), other: [] };
    const same = mine.filter((c) => sameThing(c, matched));
    const column: CardColumn = {
      side,
      title: SIDE_TITLES[side],
      claims: same.map(toCard),
      other: mine.filter((c) => !sameThing(c, matched)).map(toCard),
    };
    if (!same.length) column.missing = t('cardNoComparable', [t(`sideNoun_${side}`), missingWhat(matched)]);
    return column;
  });

  const context = index.pack.context.notes.map((n) => ({ title: n.title, text: n.text }));
  const coverage = coverageOf(index.pack);
  const model: CardModel = {
    event: {
      id: event.id,
      title: event.title,
      date: event.date,
      endDate: event.endDate,
      summary: event.summary,
      places: event.places.map((p) => localName(index, p)),
    },
    columns,
    articleFigure:
      matched && request.articleFigureText
        ? { text: request.articleFigureText, claimId: matched.id, claimant: localName(index, matched.claimant) }
        : undefined,
    freshness: {
      through: coverage.end,
      articleNewer: newerThanData(index.pack, pageDate),
      ...(pageDate ? { published: pageDate } : {}),
    },
    context,
    crossings: crossingStatusOn(index.pack, index, event.endDate ?? event.date),
    why: request.why,
    table: claimTable(index, event.id),
  };
  if (matched?.figure && request.misattributed === true && request.attributedTo && index.entities.has(request.attributedTo)) {
    const speaker = request.attributedTo;
    const speakerSide = sideOf(index, speaker);
    // The speaker's own count of the same thing, from it or from a body that speaks for the same party.
    const chainOf = (id: string) => {
      const ids: string[] = [];
      for (let e = index.entities.get(id); e && !ids.includes(e.id); e = e.speaksFor ? index.entities.get(e.speaksFor) : undefined)
        ids.push(e.id);
      return ids;
    };
    const speakerChain = chainOf(speaker);
    const own = (index.claimsByEvent.get(event.id) ?? []).find(
      (c) =>
        sameThing(c, matched) &&
        (chainOf(c.claimant).some((id) => speakerChain.includes(id)) ||
          (speakerSide !== 'independent' && sideOf(index, c.claimant) === speakerSide)),
    );
    const f = matched.figure;
    model.misattribution = {
      text: request.articleFigureText ?? describeFigure(matched),
      value: f.qualifier === 'range' ? t('figureRange', [formatNumber(f.min!), formatNumber(f.max!)]) : formatNumber(f.value!),
      owner: shortNameOf(index, matched.claimant),
      ownerDate: matched.date,
      speaker: shortNameOf(index, speaker),
      what: missingWhat(matched),
      ...(own ? { speakerCount: countsOf(own) } : {}),
    };
  }
  return model;
}

/** "11–12 Oct 2025", or one day. */
export function formatPeriod(period: { start: string; end: string }): string {
  return formatDateRange(period.start, period.end);
}

/** Every claim of the event, in the card's column order, oldest first within a side. */
export function claimTable(index: PackIndex, eventId: string): ClaimTable | undefined {
  const event = index.events.get(eventId);
  if (!event) return undefined;
  const { meta } = index.pack;
  const claims = [...(index.claimsByEvent.get(eventId) ?? [])]
    .map((c) => ({ c, side: sideOf(index, c.claimant) ?? 'independent' }))
    .sort(
      (a, b) => SIDE_ORDER.indexOf(a.side) - SIDE_ORDER.indexOf(b.side) || a.c.date.localeCompare(b.c.date) || a.c.id.localeCompare(b.c.id),
    )
    .map(({ c, side }): ClaimTableRow => {
      const f = c.figure;
      const verification = (c as { verification?: { checked?: string } }).verification;
      return {
        side,
        claimant: entityName(index, c.claimant),
        label: badgeLabelOf(index, c.claimant),
        figure: describeFigure(c),
        qualifier: f?.qualifier ?? '',
        value: f?.value ?? null,
        min: f?.min ?? null,
        max: f?.max ?? null,
        unit: f?.unit ?? '',
        subject: subjectWords(c.subject),
        period: periodOf(c, event),
        date: c.date,
        sources: c.sources.map((s) => ({ outlet: s.outlet, url: s.url, ...(s.published ? { published: s.published } : {}) })),
        confidence: c.confidence,
        verified: verification?.checked ?? null,
        supersededBy: c.supersededBy ?? null,
        note: c.note ?? null,
      };
    });
  return {
    pack: { id: meta.id, title: meta.title, version: meta.version, coverage: coverageOf(index.pack) },
    event: { id: event.id, title: event.title, date: event.date, endDate: event.endDate ?? null },
    claims,
  };
}
