/**
 * What the timeline shows for a filter state: phases, their events, and each event's claims in the fixed
 * side columns. Pure, so the filters are tested without a browser.
 */
import type { Claim, Event, Side } from '../pack/schema';
import {
  badgeLabelOf,
  countsOf,
  describeFigure,
  entityName,
  formatPeriod,
  periodOf,
  SIDE_ORDER,
  sideOf,
  type PackIndex,
} from '../content/card-model';
import { knownOn } from '../pack/as-of';
import { figureKindOf, type FigureKind } from './kinds';
import type { ExplorerState } from './state';
import { sideTitle } from './format';
import { t } from '../i18n';

export interface TimelineClaim {
  claim: Claim;
  side: Side;
  claimantName: string;
  /** "58 killed", "at least 15 killed", "denies", "statement". */
  figure: string;
  kind: FigureKind;
  /** The claim that replaced this one (Kabul's "15" → "58"). */
  revisedTo?: { id: string; figure: string; claimantName: string; date: string };
  /** The claim this one replaced. */
  revises?: { id: string; figure: string; claimantName: string; date: string };
  /** "ISPR claim": the one noun every side's figures get. */
  label: string;
  /** What the figure counts and over which days: "58 Pakistani soldiers killed · 11–12 Oct 2025". */
  counts?: string;
}

export interface TimelineColumn {
  side: Side;
  title: string;
  claims: TimelineClaim[];
}

export interface TimelineEvent {
  event: Event;
  placeNames: string[];
  columns: TimelineColumn[];
  /** Claims of this event that the claimant or kind filter hides. */
  hiddenClaims: number;
}

export interface TimelinePhase {
  id: string;
  title: string;
  events: TimelineEvent[];
}

export interface TimelineModel {
  phases: TimelinePhase[];
  shownEvents: number;
  totalEvents: number;
  shownClaims: number;
  totalClaims: number;
}

/** Claims first by date; a revision after the figure it replaced; then by id, so the order never depends on the data file's. */
export function compareClaims(a: Claim, b: Claim, index: PackIndex): number {
  return a.date.localeCompare(b.date) || revisionDepth(index, a) - revisionDepth(index, b) || a.id.localeCompare(b.id);
}

/** How many earlier figures a claim replaced, following supersededBy backwards. */
export function revisionDepth(index: PackIndex, claim: Claim): number {
  const previous = predecessors(index);
  let depth = 0;
  let id: string | undefined = claim.id;
  const seen = new Set<string>();
  while (id && !seen.has(id)) {
    seen.add(id);
    id = previous.get(id);
    if (id) depth++;
  }
  return depth;
}

const predecessorCache = new WeakMap<PackIndex, Map<string, string>>();
function predecessors(index: PackIndex): Map<string, string> {
  let map = predecessorCache.get(index);
  if (!map) {
    map = new Map();
    for (const c of index.pack.claims) if (c.supersededBy) map.set(c.supersededBy, c.id);
    predecessorCache.set(index, map);
  }
  return map;
}

/** True when `claimantId` is `selected` or speaks for it (Ahmed Sharif Chaudhry → ISPR). */
export function claimantMatches(index: PackIndex, claimantId: string, selected: string): boolean {
  if (claimantId === selected) return true;
  const seen = new Set<string>();
  let entity = index.entities.get(claimantId);
  while (entity && !seen.has(entity.id)) {
    if (entity.id === selected) return true;
    seen.add(entity.id);
    entity = entity.speaksFor ? index.entities.get(entity.speaksFor) : undefined;
  }
  return false;
}

export function eventOverlaps(event: Event, from: string | undefined, to: string | undefined): boolean {
  const end = event.endDate ?? event.date;
  return (!from || end >= from) && (!to || event.date <= to);
}

/** The event-level filters: one event, place, date range. */
export function eventPasses(event: Event, state: ExplorerState): boolean {
  if (state.event && event.id !== state.event) return false;
  if (state.place && !event.places.includes(state.place)) return false;
  return eventOverlaps(event, state.from, state.to);
}

export function claimPasses(index: PackIndex, claim: Claim, state: ExplorerState): boolean {
  if (state.claimant && !claimantMatches(index, claim.claimant, state.claimant)) return false;
  if (state.kinds.length && !state.kinds.includes(figureKindOf(claim))) return false;
  if (state.asOf && !knownOn(claim, state.asOf)) return false;
  return true;
}

export function toTimelineClaim(index: PackIndex, claim: Claim, asOf?: string): TimelineClaim | undefined {
  const side = sideOf(index, claim.claimant);
  if (!side) return undefined;
  const link = (c: Claim | undefined) =>
    c ? { id: c.id, figure: describeFigure(c), claimantName: entityName(index, c.claimant), date: c.date } : undefined;
  const previous = predecessors(index).get(claim.id);
  return {
    claim,
    side,
    claimantName: entityName(index, claim.claimant),
    figure: describeFigure(claim),
    kind: figureKindOf(claim),
    // As of a date, a revision made later had not happened yet.
    revisedTo: link(
      claim.supersededBy && (!asOf || knownOn(index.claims.get(claim.supersededBy) ?? claim, asOf))
        ? index.claims.get(claim.supersededBy)
        : undefined,
    ),
    label: badgeLabelOf(index, claim.claimant),
    counts: claim.figure ? `${countsOf(claim)} · ${formatPeriod(periodOf(claim, index.events.get(claim.event)))}` : undefined,
    revises: link(previous ? index.claims.get(previous) : undefined),
  };
}

export function sortedEvents(index: PackIndex): Event[] {
  return [...index.pack.events].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.endDate ?? a.date).localeCompare(b.endDate ?? b.date) || a.id.localeCompare(b.id),
  );
}

export function buildTimeline(index: PackIndex, state: ExplorerState): TimelineModel {
  const { pack } = index;
  const claimFilterOn = Boolean(state.claimant || state.kinds.length || state.asOf);
  const byPhase = new Map<string, TimelineEvent[]>();
  let shownClaims = 0;
  for (const event of sortedEvents(index)) {
    if (!eventPasses(event, state)) continue;
    const all = (index.claimsByEvent.get(event.id) ?? []).slice().sort((a, b) => compareClaims(a, b, index));
    const kept = all.filter((c) => claimPasses(index, c, state));
    if (claimFilterOn && kept.length === 0) continue;
    const shown = kept.map((c) => toTimelineClaim(index, c, state.asOf)).filter((c): c is TimelineClaim => c !== undefined);
    shownClaims += shown.length;
    const columns = SIDE_ORDER.map((side) => ({ side, title: sideTitle(pack, side), claims: shown.filter((c) => c.side === side) }));
    const list = byPhase.get(event.phase) ?? [];
    list.push({ event, placeNames: event.places.map((p) => entityName(index, p)), columns, hiddenClaims: all.length - kept.length });
    byPhase.set(event.phase, list);
  }
  const phases: TimelinePhase[] = [...pack.phases]
    .sort((a, b) => a.start.localeCompare(b.start))
    .flatMap((phase) => {
      const events = byPhase.get(phase.id);
      byPhase.delete(phase.id);
      return events ? [{ id: phase.id, title: phase.title, events }] : [];
    });
  // An event whose phase is missing from the pack still shows, rather than vanishing from the record.
  for (const [id, events] of byPhase) phases.push({ id, title: t('explorerOtherEvents'), events });
  return {
    phases,
    shownEvents: phases.reduce((n, p) => n + p.events.length, 0),
    totalEvents: pack.events.length,
    shownClaims,
    totalClaims: pack.claims.length,
  };
}

export interface ClaimantOption {
  id: string;
  name: string;
  /** 0 for a top-level claimant; a spokesman of ISPR is 1. */
  depth: number;
  /** Claims by this claimant and everyone who speaks for it. */
  count: number;
}

export interface ClaimantGroup {
  side: Side;
  title: string;
  options: ClaimantOption[];
}

/**
 * Claimants by side, in SIDE_ORDER, as a tree: a ministry's or ISPR's spokesmen under it, so choosing
 * "ISPR" includes its director general's statements. Only entities with a side (their own or inherited
 * through speaksFor) appear: a force such as the army without a stated side never becomes a column.
 */
export function claimantOptions(index: PackIndex): ClaimantGroup[] {
  const included = new Set<string>();
  for (const claim of index.pack.claims) {
    let entity = index.entities.get(claim.claimant);
    const seen = new Set<string>();
    while (entity && !seen.has(entity.id) && sideOf(index, entity.id)) {
      included.add(entity.id);
      seen.add(entity.id);
      entity = entity.speaksFor ? index.entities.get(entity.speaksFor) : undefined;
    }
  }
  const parentOf = (id: string): string | undefined => {
    const next = index.entities.get(id)?.speaksFor;
    return next && included.has(next) && sideOf(index, next) === sideOf(index, id) ? next : undefined;
  };
  const children = new Map<string | undefined, string[]>();
  for (const id of included) {
    const parent = parentOf(id);
    children.set(parent, [...(children.get(parent) ?? []), id]);
  }
  const counts = new Map<string, number>();
  for (const id of included) counts.set(id, index.pack.claims.filter((c) => claimantMatches(index, c.claimant, id)).length);
  const byName = (a: string, b: string) => entityName(index, a).localeCompare(entityName(index, b));
  return SIDE_ORDER.map((side) => {
    const options: ClaimantOption[] = [];
    const walk = (id: string, depth: number) => {
      options.push({ id, name: entityName(index, id), depth, count: counts.get(id) ?? 0 });
      for (const child of (children.get(id) ?? []).sort(byName)) walk(child, depth + 1);
    };
    for (const root of (children.get(undefined) ?? []).filter((id) => sideOf(index, id) === side).sort(byName)) walk(root, 0);
    return { side, title: sideTitle(index.pack, side), options };
  });
}

export interface PlaceOption {
  id: string;
  name: string;
  events: number;
}

export function placeOptions(index: PackIndex): PlaceOption[] {
  const counts = new Map<string, number>();
  for (const event of index.pack.events) for (const place of new Set(event.places)) counts.set(place, (counts.get(place) ?? 0) + 1);
  return [...counts]
    .map(([id, events]) => ({ id, name: entityName(index, id), events }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export function dateBounds(index: PackIndex): { min: string; max: string } {
  const starts = index.pack.events.map((e) => e.date);
  const ends = index.pack.events.map((e) => e.endDate ?? e.date);
  return {
    min: starts.reduce((a, b) => (b < a ? b : a), index.pack.meta.window.start),
    max: ends.reduce((a, b) => (b > a ? b : a), index.pack.meta.window.end ?? index.pack.meta.window.start),
  };
}
