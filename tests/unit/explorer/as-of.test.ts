/** The Explorer's "as of" date: in the URL hash, and the claims as they stood that day. */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../lib/explorer/filters';
import { DEFAULT_STATE, parseHash, serialiseHash } from '../../../lib/explorer/state';
import { realIndex } from './fixture';

const index = realIndex();

describe('as of, in the hash', () => {
  it('round-trips and drops a date that does not exist', () => {
    const state = parseHash('#event=oct12-border-clashes&asof=2026-03-02');
    expect(state.asOf).toBe('2026-03-02');
    expect(serialiseHash(state)).toBe('#event=oct12-border-clashes&asof=2026-03-02');
    expect(parseHash('#asof=2026-02-30').asOf).toBeUndefined();
    expect(serialiseHash({ ...DEFAULT_STATE, kinds: [] })).toBe('');
  });
});

describe('as of, in the timeline', () => {
  it('shows only claims made on or before the date, and no revision made after it', () => {
    const all = buildTimeline(index, { ...DEFAULT_STATE, kinds: [] });
    const then = buildTimeline(index, { ...DEFAULT_STATE, kinds: [], asOf: '2026-03-01' });
    expect(then.shownClaims).toBeLessThan(all.shownClaims);
    const claims = then.phases.flatMap((p) => p.events.flatMap((e) => e.columns.flatMap((c) => c.claims)));
    expect(claims.every((c) => c.claim.date <= '2026-03-01')).toBe(true);
    const c415 = claims.find((c) => c.claim.id === 'mar01-tarar-afghan-forces-killed-415')!;
    expect(c415.revisedTo).toBeUndefined();
    const later = all.phases
      .flatMap((p) => p.events.flatMap((e) => e.columns.flatMap((c) => c.claims)))
      .find((c) => c.claim.id === c415.claim.id)!;
    expect(later.revisedTo).toBeDefined();
    // Every claim carries the same noun and says what it counts.
    expect(c415.label).toMatch(/ claim$/);
    expect(c415.counts).toMatch(/^415 Afghan forces killed · /);
  });
});
