/**
 * What the claims card shows, derived from the pack alone (no DOM, no Preact), so the even-handedness
 * rules live in one testable place: every side gets a column in a fixed order, with the same fields.
 */
import type { Claim, Entity, Event, Pack, Side, Source } from '../pack/schema';
import { messageRecord, t, uiLanguageCode } from '../i18n';
import { formatNumber } from '../numbers';

/** Fixed column order for every card and the explorer: neither side is ever first by accident of data order. */
export const SIDE_ORDER: Side[] = ['afghanistan', 'pakistan', 'independent'];

export const SIDE_TITLES: Record<Side, string> = messageRecord(SIDE_ORDER, (side) => `side_${side}`);

export interface CardClaim {
  id: string;
  claimant: string;
  figure: string;
  /** The figure without its unit. */
  amount: string;
  text: string;
  date: string;
  confidence: Claim['confidence'];
  sources: Source[];
  superseded: boolean;
  /** The figure in this article matches this claim. */
  matchesArticle: boolean;
  /** For the chart: lower bound, and the upper bound when it is known. `open` means "at least / over". */
  bar?: { low: number; high: number; open: boolean; unit: string };
}

export interface CardColumn {
  side: Side;
  title: string;
  claims: CardClaim[];
}

export interface CardModel {
  event: { id: string; title: string; date: string; endDate?: string; summary: string; places: string[] };
  columns: CardColumn[];
  articleFigure?: { text: string; claimId: string; claimant: string };
  context: { title: string; text: string }[];
  crossings: { name: string; status: string; since: string; note?: string }[];
  why: string;
}

export interface PackIndex {
  pack: Pack;
  entities: Map<string, Entity>;
  events: Map<string, Event>;
  claims: Map<string, Claim>;
  claimsByEvent: Map<string, Claim[]>;
}

export function indexPack(pack: Pack): PackIndex {
  const claimsByEvent = new Map<string, Claim[]>();
  for (const claim of pack.claims) {
    const list = claimsByEvent.get(claim.event) ?? [];
    list.push(claim);
    claimsByEvent.set(claim.event, list);
  }
  return {
    pack,
    entities: new Map(pack.entities.map((e) => [e.id, e])),
    events: new Map(pack.events.map((e) => [e.id, e])),
    claims: new Map(pack.claims.map((c) => [c.id, c])),
    claimsByEvent,
  };
}

export function entityName(index: PackIndex, id: string): string {
  return index.entities.get(id)?.names.find((n) => n.lang === 'en')?.text ?? id;
}

/** The entity's name in the interface language when the pack has one (its first, the usual form), else in English. */
export function localName(index: PackIndex, id: string, lang: string = uiLanguageCode()): string {
  return (lang !== 'en' && index.entities.get(id)?.names.find((n) => n.lang === lang)?.text) || entityName(index, id);
}

/** The first value `pick` finds on the entity or on those it speaks for (Mujahid → Islamic Emirate). */
function inheritedFrom<T>(index: PackIndex, entityId: string, pick: (entity: Entity) => T | undefined): T | undefined {
  const seen = new Set<string>();
  let entity = index.entities.get(entityId);
  while (entity && !seen.has(entity.id)) {
    const value = pick(entity);
    if (value !== undefined) return value;
    seen.add(entity.id);
    entity = entity.speaksFor ? index.entities.get(entity.speaksFor) : undefined;
  }
  return undefined;
}

/** The side a claimant speaks for. */
export function sideOf(index: PackIndex, entityId: string): Side | undefined {
  return inheritedFrom(index, entityId, (e) => e.side);
}

/** The pack's badge label ("Taliban claim") in the interface language where it has a translation (badgeLabel_…). */
export function badgeLabelOf(index: PackIndex, claimantId: string): string {
  const label = inheritedFrom(index, claimantId, (e) => e.badgeLabel);
  if (!label) return t('badgeLabelFallback', localName(index, claimantId));
  const key = `badgeLabel_${label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')}`;
  const translated = t(key);
  return translated === key ? label : translated;
}

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

export function barOf(claim: Claim): CardClaim['bar'] {
  const f = claim.figure;
  if (!f) return undefined;
  if (f.qualifier === 'range') return { low: f.min!, high: f.max!, open: false, unit: f.unit };
  const v = f.value!;
  if (f.qualifier === 'at-least' || f.qualifier === 'over') return { low: v, high: v, open: true, unit: f.unit };
  if (f.qualifier === 'up-to') return { low: 0, high: v, open: false, unit: f.unit };
  return { low: v, high: v, open: false, unit: f.unit };
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
  /** The page's publication date, to pick the event a topic badge is about. */
  pageDate?: string;
  why: string;
  hiddenSides?: Side[];
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
function comparability(claim: Claim, focus: Claim | undefined): number {
  let score = claim.supersededBy ? 0 : 1;
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
  const claims = index.claimsByEvent.get(event.id) ?? [];
  const columns: CardColumn[] = SIDE_ORDER.filter((side) => !hidden.has(side)).map((side) => ({
    side,
    title: SIDE_TITLES[side],
    claims: claims
      .filter((c) => sideOf(index, c.claimant) === side)
      .sort((a, b) => comparability(b, matched) - comparability(a, matched) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
      .map((c) => ({
        id: c.id,
        claimant: localName(index, c.claimant),
        figure: describeFigure(c),
        amount: describeAmount(c),
        text: c.text,
        date: c.date,
        confidence: c.confidence,
        sources: c.sources,
        superseded: Boolean(c.supersededBy),
        matchesArticle: c.id === matched?.id,
        bar: barOf(c),
      })),
  }));
  const context = index.pack.context.notes.map((n) => ({ title: n.title, text: n.text }));
  return {
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
    context,
    crossings: crossingStatusOn(index.pack, index, event.endDate ?? event.date),
    why: request.why,
  };
}
