/**
 * The claims as they stood on a given day (an article's publication date, or the Explorer's "as of" date):
 * which were said before it, the same day, or later; which were known then; and how a claimant's count was
 * revised ("ISPR: 11 → 23"). Also the pack's honest freshness: the last day its events cover.
 *
 * Pure, on the pack's JSON shape. Fields that pack 1.1 adds (meta.coverage, claim.period) are read when present.
 */
import type { Claim, Pack } from './schema';

export type Timing = 'before' | 'same-day' | 'after';

export interface ClaimTiming {
  timing: Timing;
  /** Days from the reference date to the claim: negative before, 0 the same day, positive after. */
  days: number;
}

const DAY = 86_400_000;

/** Whole days from `from` to `to` (YYYY-MM-DD, or the date part of an ISO timestamp). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY);
}

export function timingOf(claimDate: string, reference: string): ClaimTiming {
  const days = daysBetween(reference, claimDate);
  return { timing: days < 0 ? 'before' : days === 0 ? 'same-day' : 'after', days };
}

/** Was the claim public on `date`? */
export function knownOn(claim: Pick<Claim, 'date'>, date: string): boolean {
  return claim.date <= date.slice(0, 10);
}

const TIMING_ORDER: Record<Timing, number> = { before: 0, 'same-day': 1, after: 2 };

/**
 * Claims in the order a reader of that day would have met them: known before, the same day, then later ones,
 * each group oldest first (ties by id, so the order never depends on the pack's file order).
 */
export function orderAsOf<T extends Pick<Claim, 'date' | 'id'>>(claims: readonly T[], reference: string): T[] {
  return [...claims].sort(
    (a, b) =>
      TIMING_ORDER[timingOf(a.date, reference).timing] - TIMING_ORDER[timingOf(b.date, reference).timing] ||
      a.date.localeCompare(b.date) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * The chain of revisions a claim belongs to, oldest first: every claim that `supersededBy` links to it,
 * back to the first count, and forward to the latest. A claim with no revisions is a chain of one.
 */
export function revisionChain<T extends Pick<Claim, 'id' | 'supersededBy'>>(claims: readonly T[], id: string): T[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const previous = new Map<string, T>();
  for (const c of claims) if (c.supersededBy) previous.set(c.supersededBy, c);
  let first = byId.get(id);
  if (!first) return [];
  const seen = new Set<string>([first.id]);
  for (let p = previous.get(first.id); p && !seen.has(p.id); p = previous.get(p.id)) {
    seen.add(p.id);
    first = p;
  }
  const chain: T[] = [];
  const walked = new Set<string>();
  for (let c: T | undefined = first; c && !walked.has(c.id); c = c.supersededBy ? byId.get(c.supersededBy) : undefined) {
    walked.add(c.id);
    chain.push(c);
  }
  return chain;
}

/** The latest claim of the chain that was known on `date` (the count a reader of that day saw), if any. */
export function knownRevision<T extends Pick<Claim, 'id' | 'supersededBy' | 'date'>>(
  claims: readonly T[],
  id: string,
  date: string,
): T | undefined {
  return revisionChain(claims, id)
    .filter((c) => knownOn(c, date))
    .at(-1);
}

/** "11 → 23": the figures of a chain of revisions, for a history line. Empty for a claim never revised. */
export function historyValues(chain: readonly Pick<Claim, 'figure'>[]): string {
  if (chain.length < 2) return '';
  return chain
    .map((c) => {
      const f = c.figure;
      if (!f) return '–';
      return f.qualifier === 'range' ? `${f.min}–${f.max}` : String(f.value);
    })
    .join(' → ');
}

type PackForCoverage = Pick<Pack, 'events'> & {
  meta: Pick<Pack['meta'], 'window'> & { coverage?: { start: string; end: string }; released?: string; updated?: string };
};

/**
 * The last day the pack's events cover: meta.coverage.end when the pack says it, else the last event's end.
 * Never the release date: a pack released in November about events up to April is "data through April".
 */
export function coverageOf(pack: PackForCoverage): { start: string; end: string } {
  if (pack.meta.coverage) return pack.meta.coverage;
  let start = pack.meta.window.start;
  let end = start;
  for (const e of pack.events) {
    if (e.date < start) start = e.date;
    const last = e.endDate ?? e.date;
    if (last > end) end = last;
  }
  return { start, end };
}

/** Was the article published after the last day the data covers? */
export function newerThanData(pack: PackForCoverage, published: string | undefined): boolean {
  return Boolean(published && published.slice(0, 10) > coverageOf(pack).end);
}
