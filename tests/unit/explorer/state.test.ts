import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, isFiltered, parseHash, serialiseHash, type ExplorerState } from '../../../lib/explorer/state';

describe('explorer URL hash state', () => {
  it('round-trips every field, in one canonical form', () => {
    const state: ExplorerState = {
      view: 'divergence',
      event: 'oct12-border-clashes',
      claimant: 'ispr',
      kinds: ['military-deaths', 'wounded'],
      place: 'kurram',
      from: '2025-10-01',
      to: '2025-12-31',
    };
    const hash = serialiseHash(state);
    expect(hash).toBe(
      '#view=divergence&event=oct12-border-clashes&claimant=ispr&kind=military-deaths,wounded&place=kurram&from=2025-10-01&to=2025-12-31',
    );
    expect(parseHash(hash)).toEqual(state);
    // Key order and kind order in a hand-written link do not matter.
    expect(serialiseHash(parseHash('#kind=wounded,military-deaths&to=2025-12-31&claimant=ispr'))).toBe(
      '#claimant=ispr&kind=military-deaths,wounded&to=2025-12-31',
    );
  });

  it('the default view is the empty hash, and an empty hash is the default view', () => {
    expect(serialiseHash({ ...DEFAULT_STATE, kinds: [] })).toBe('');
    expect(parseHash('')).toEqual(DEFAULT_STATE);
    expect(parseHash('#')).toEqual(DEFAULT_STATE);
    expect(isFiltered(parseHash(''))).toBe(false);
    expect(isFiltered(parseHash('#place=kabul'))).toBe(true);
    expect(isFiltered(parseHash('#view=divergence'))).toBe(false);
  });

  it('keeps what it can from a hand-edited or hostile hash and drops the rest', () => {
    const state = parseHash(
      '#view=evil&event=<script>&claimant=ISPR&kind=wounded,bogus,wounded&kind=posts&place=kur%20ram&from=2025-02-30&to=2026-13-01',
    );
    expect(state).toEqual({ view: 'timeline', kinds: ['wounded', 'posts'] });
  });

  it('accepts a repeated kind key and swaps a reversed date range', () => {
    const state = parseHash('kind=posts&kind=civilian-deaths&from=2026-03-01&to=2025-10-01');
    expect(state.kinds).toEqual(['civilian-deaths', 'posts']);
    expect([state.from, state.to]).toEqual(['2025-10-01', '2026-03-01']);
  });

  it('reads back any event id it wrote', () => {
    for (const event of ['a', 'oct12-border-clashes', 'x-1-2-3']) {
      const s: ExplorerState = { view: 'timeline', kinds: [], event };
      expect(parseHash(serialiseHash(s))).toEqual(s);
    }
  });
});

describe('the explorer address the background opens', () => {
  it('carries the event in the hash the explorer reads', async () => {
    const { explorerUrl } = await import('../../../lib/background/explorer');
    const getURL = (p: string) => `chrome-extension://id${p}`;
    expect(explorerUrl(getURL)).toBe('chrome-extension://id/explorer.html');
    const url = explorerUrl(getURL, 'oct12-border-clashes');
    expect(url).toBe('chrome-extension://id/explorer.html#event=oct12-border-clashes');
    expect(parseHash(new URL(url.replace('chrome-extension:', 'https:')).hash).event).toBe('oct12-border-clashes');
  });
});
