/**
 * The explorer's shareable state, kept in the URL hash (`#claimant=ispr&kind=military-deaths`), so a
 * link reproduces a view. Parsing never throws: a hand-edited or stale hash keeps what it can and drops the rest.
 */
import { FIGURE_KINDS, isFigureKind, type FigureKind } from './kinds';

export const VIEWS = ['timeline', 'divergence'] as const;
export type View = (typeof VIEWS)[number];

export interface ExplorerState {
  view: View;
  /** One event only (the card's "See all claims for this event"). */
  event?: string;
  /** A claimant entity; its spokesmen and units (speaksFor) count as the same claimant. */
  claimant?: string;
  /** Empty: every kind. */
  kinds: FigureKind[];
  place?: string;
  /** Inclusive ISO dates; an event is kept when its span overlaps them. */
  from?: string;
  to?: string;
  /** "As of" date: only the claims made on or before it, as a reader of that day saw them (issue #16). */
  asOf?: string;
}

export const DEFAULT_STATE: Readonly<ExplorerState> = Object.freeze({ view: 'timeline', kinds: [] as FigureKind[] });

const ID = /^[a-z0-9][a-z0-9-]{0,127}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function parseHash(hash: string): ExplorerState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = (key: string) => {
    const value = params.get(key)?.trim();
    return value && ID.test(value) ? value : undefined;
  };
  const date = (key: string) => {
    const value = params.get(key)?.trim();
    return value && isRealDate(value) ? value : undefined;
  };
  const view = params.get('view');
  const requested = new Set(
    params
      .getAll('kind')
      .flatMap((k) => k.split(','))
      .map((k) => k.trim())
      .filter(isFigureKind),
  );
  const state: ExplorerState = {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : 'timeline',
    // Canonical order, no repeats: two links to the same view are the same string.
    kinds: FIGURE_KINDS.filter((k) => requested.has(k)),
  };
  const event = id('event');
  const claimant = id('claimant');
  const place = id('place');
  let from = date('from');
  let to = date('to');
  if (from && to && from > to) [from, to] = [to, from];
  if (event) state.event = event;
  if (claimant) state.claimant = claimant;
  if (place) state.place = place;
  if (from) state.from = from;
  if (to) state.to = to;
  const asOf = date('asof');
  if (asOf) state.asOf = asOf;
  return state;
}

/** Defaults are left out, keys in a fixed order; '#' included, or '' for the default view. */
export function serialiseHash(state: ExplorerState): string {
  const parts: string[] = [];
  const add = (key: string, value: string | undefined) => {
    if (value) parts.push(`${key}=${encodeURIComponent(value)}`);
  };
  if (state.view !== 'timeline') add('view', state.view);
  add('event', state.event);
  add('claimant', state.claimant);
  const kinds = FIGURE_KINDS.filter((k) => state.kinds.includes(k));
  if (kinds.length) parts.push(`kind=${kinds.join(',')}`);
  add('place', state.place);
  add('from', state.from);
  add('to', state.to);
  add('asof', state.asOf);
  return parts.length ? `#${parts.join('&')}` : '';
}

export function isFiltered(state: ExplorerState): boolean {
  return Boolean(state.event || state.claimant || state.kinds.length || state.place || state.from || state.to || state.asOf);
}
