import { describe, expect, it } from 'vitest';
import {
  comparisonGroups,
  describeRatio,
  divergenceSeries,
  formatRatio,
  groupCaveat,
  intervalOf,
  keyDisagreements,
  ratioBetween,
  type Interval,
} from '../../../lib/explorer/compare';
import { buildDivergence } from '../../../lib/explorer/divergence';
import { amountOf, chartRows } from '../../../lib/explorer/chart';
import { parseHash } from '../../../lib/explorer/state';
import { sortedEvents } from '../../../lib/explorer/filters';
import { claim, realIndex, tinyIndex } from './fixture';

const iv = (low: number, high: number, stated = high === Infinity ? low : high, approximate = false): Interval => ({
  low,
  high,
  stated,
  approximate,
});
const ratio = (a: Interval, b: Interval) =>
  formatRatio(ratioBetween({ side: 'afghanistan', interval: a }, { side: 'pakistan', interval: b })!);

describe('ratios between the sides', () => {
  it('exact figures: 58 / 23 is about 2.5 times, and says which side is higher', () => {
    const r = ratioBetween({ side: 'afghanistan', interval: iv(58, 58) }, { side: 'pakistan', interval: iv(23, 23) })!;
    expect(r).toMatchObject({ higher: 'afghanistan', lower: 'pakistan' });
    expect(r.low).toBeCloseTo(58 / 23);
    expect(formatRatio(r)).toBe('≈2.5×');
    expect(describeRatio(r, (s) => (s === 'afghanistan' ? 'Afghan side' : 'Pakistan side'))).toBe(
      "Afghan side's figure is ≈2.5× Pakistan side's",
    );
    // Order of the arguments never changes the answer.
    expect(ratioBetween({ side: 'pakistan', interval: iv(23, 23) }, { side: 'afghanistan', interval: iv(58, 58) })).toEqual(r);
  });

  it('no invented precision: open figures give bounds, rounded outwards', () => {
    expect(ratio(iv(200, Infinity), iv(9, 9))).toBe('at least 22.2×');
    expect(ratio(iv(200, Infinity), iv(7, 7))).toBe('at least 28.5×'); // 28.57…: a lower bound rounds down, never up
    expect(ratio(iv(0, 55, 55), iv(2, 2))).toBe('up to 27.5×'); // "up to 55" against 2
    expect(ratio(iv(15, Infinity), iv(23, 23))).toBe('up to 1.6×'); // 23 is at most 1.53× "at least 15"
    expect(ratio(iv(12, Infinity), iv(17, Infinity))).toBe('no ratio: one figure is open-ended');
    expect(ratio(iv(15, 20), iv(5, 5))).toBe('3.0–4.0×');
    expect(ratio(iv(400, 400, 400, true), iv(100, 100))).toBe('≈4.0×'); // "about 400" is never exact
    expect(ratio(iv(481, 481), iv(13, 13))).toBe('37×'); // exact division, no ≈
    expect(ratio(iv(641, 641), iv(1, 1))).toBe('641×');
    expect(ratio(iv(30, 30), iv(29, 29))).toBe('≈1.0×');
  });

  it('no ratio when both figures are zero', () => {
    expect(ratioBetween({ side: 'afghanistan', interval: iv(0, 0) }, { side: 'pakistan', interval: iv(0, 0) })).toBeUndefined();
  });

  it('intervals follow the qualifier', () => {
    const index = tinyIndex();
    expect(intervalOf(index.claims.get('c-200')!)).toEqual({ low: 200, high: Infinity, stated: 200, approximate: false });
    expect(intervalOf(index.claims.get('c-58')!)).toEqual({ low: 58, high: 58, stated: 58, approximate: false });
    expect(intervalOf(index.claims.get('c-strike-denied')!)).toBeUndefined();
    expect(amountOf(index.claims.get('c-200')!)).toBe('over 200');
    expect(amountOf(index.claims.get('c-strike-denied')!)).toBe('denies');
  });
});

describe('comparison groups and divergence over time (tiny pack)', () => {
  const index = tinyIndex();
  const clash = index.claimsByEvent.get('e-clash')!;

  it('groups figures by unit and subject, merging the sides’ two names for the Afghan fighters with a caveat', () => {
    const groups = comparisonGroups(index, clash);
    expect(groups.map((g) => [g.label, g.sides, g.claims.map((c) => c.id)])).toEqual([
      ['Afghan forces / Taliban and TTP fighters killed', ['afghanistan', 'pakistan'], ['c-200', 'c-9']],
      ['Pakistani soldiers killed', ['afghanistan', 'pakistan'], ['c-23', 'c-early-15', 'c-58']],
      ['Afghan civilians killed', ['independent'], ['c-civ']],
      ['Pakistani soldiers wounded', ['pakistan'], ['c-wounded']],
      ['Pakistani posts captured', ['afghanistan'], ['c-posts']],
    ]);
    expect(groupCaveat(groups[0]!)).toMatch(/describe these people differently \(Afghan forces \/ Taliban and TTP fighters\)/);
    expect(groupCaveat(groups[1]!)).toBeUndefined();
  });

  it("follows a revision: Kabul's early “at least 15” gives way to 58, and the gap moves with it", () => {
    const soldiers = comparisonGroups(index, clash).find((g) => g.label === 'Pakistani soldiers killed');
    const steps = divergenceSeries(index, soldiers!);
    expect(steps.map((s) => s.claim.id)).toEqual(['c-23', 'c-early-15', 'c-58']);
    expect(steps.map((s) => s.figures.map((f) => f.headline?.id ?? null))).toEqual([
      [null, 'c-23'],
      ['c-early-15', 'c-23'],
      ['c-58', 'c-23'],
    ]);
    expect(steps.map((s) => s.ratios.map(formatRatio))).toEqual([[], ['up to 1.6×'], ['≈2.5×']]);
    expect(steps[2]!.replaced?.id).toBe('c-early-15');
    // The replaced figure is gone, not kept as a second figure from that side.
    expect(steps[2]!.figures[0]!.others).toEqual([]);
  });

  it('a figure revised downwards replaces the higher one it supersedes', () => {
    const revised = tinyIndex([
      claim('high', 'e-clash', 'kabul-govt', '2025-10-12', { value: 40, qualifier: 'exact', unit: 'killed' }, 'pakistani-soldiers', {
        supersededBy: 'low',
      }),
      claim('low', 'e-clash', 'kabul-govt', '2025-10-13', { value: 30, qualifier: 'exact', unit: 'killed' }, 'pakistani-soldiers'),
      claim('pak', 'e-clash', 'pak-press', '2025-10-12', { value: 10, qualifier: 'exact', unit: 'killed' }, 'pakistani-soldiers'),
    ]);
    const steps = divergenceSeries(revised, comparisonGroups(revised, revised.claimsByEvent.get('e-clash')!)[0]!);
    expect(steps.map((s) => [s.claim.id, s.figures[0]!.headline?.id, s.ratios.map(formatRatio).join()])).toEqual([
      ['high', 'high', ''],
      ['pak', 'high', '4.0×'],
      ['low', 'low', '3.0×'],
    ]);
  });

  it('a denial stands against a figure, with no ratio', () => {
    const groups = comparisonGroups(index, index.claimsByEvent.get('e-strike')!);
    expect(groups).toHaveLength(1);
    const [step] = divergenceSeries(index, groups[0]!).slice(-1);
    expect(step!.figures.map((f) => [f.side, f.headline?.id, f.denial?.id])).toEqual([
      ['afghanistan', 'c-strike-10', undefined],
      ['pakistan', undefined, 'c-strike-denied'],
    ]);
    expect(step!.ratios).toEqual([]);
  });

  it('key disagreements: only events marked so, only comparisons with two sides', () => {
    const all = keyDisagreements(
      index,
      sortedEvents(index).map((e) => e.id),
    );
    expect(all.map((d) => `${d.eventId}:${d.group.label}`)).toEqual([
      'e-clash:Afghan forces / Taliban and TTP fighters killed',
      'e-clash:Pakistani soldiers killed',
      'e-strike:Afghan civilians killed',
    ]);
    // The claimant filter keeps comparisons the claimant is part of, with the other side still there.
    expect(buildDivergence(index, parseHash('#view=divergence&claimant=pak-press-chief')).map((d) => d.eventId)).toEqual(['e-strike']);
    expect(buildDivergence(index, parseHash('#view=divergence&kind=civilian-deaths')).map((d) => d.eventId)).toEqual(['e-strike']);
    expect(buildDivergence(index, parseHash('#view=divergence&place=north')).map((d) => d.eventId)).toEqual(['e-clash', 'e-clash']);
  });

  it('chart rows keep SIDE_ORDER, then the order the claims were made', () => {
    const rows = chartRows(
      index,
      clash.filter((c) => c.figure?.unit === 'killed'),
    );
    expect(rows.map((r) => [r.side, r.id, r.amount, r.status ?? ''])).toEqual([
      ['afghanistan', 'c-9', '9', ''],
      ['afghanistan', 'c-early-15', 'at least 15', 'revised later'],
      ['afghanistan', 'c-58', '58', ''],
      ['pakistan', 'c-200', 'over 200', ''],
      ['pakistan', 'c-23', '23', ''],
      ['independent', 'c-civ', '1', ''],
    ]);
  });
});

describe('divergence in the real pack', () => {
  const index = realIndex();
  const all = buildDivergence(index, parseHash('#view=divergence'));
  const find = (eventId: string, label: string) => all.find((d) => d.eventId === eventId && d.group.label === label)!;

  it('11/12 October: Kabul 58 against ISPR 23, about 2.5 times, after the early “at least 15”', () => {
    const d = find('oct12-border-clashes', 'Pakistani soldiers killed');
    expect(d.latest.figures.map((f) => [f.side, f.headline?.figure?.value])).toEqual([
      ['afghanistan', 58],
      ['pakistan', 23],
    ]);
    expect(d.latest.ratios.map(formatRatio)).toEqual(['≈2.5×']);
    expect(d.steps.map((s) => s.claim.id)).toContain('oct12-iea-pak-soldiers-killed-15');
    expect(d.steps.findIndex((s) => s.claim.id === 'oct12-iea-pak-soldiers-killed-15')).toBeLessThan(
      d.steps.findIndex((s) => s.claim.id === 'oct12-iea-pak-soldiers-killed-58'),
    );
  });

  it("Tarar's running tally widens the gap step by step against Kabul's 13", () => {
    const d = find('feb27-operation-ghazab-lil-haq', 'Afghan forces / Taliban and TTP fighters killed');
    const gaps = d.steps.filter((s) => s.ratios.length).map((s) => s.ratios[0]!);
    expect(gaps.every((r) => r.higher === 'pakistan')).toBe(true);
    const values = gaps.map((r) => r.low);
    expect(values.slice(1).every((v, i) => v >= values[i]!)).toBe(true);
    expect(formatRatio(gaps.at(-1)!)).toBe('≈49.3×'); // 641 / 13
  });

  it('every comparison is between at least two sides and in an event marked as a key disagreement', () => {
    expect(all.length).toBeGreaterThan(5);
    for (const d of all) {
      expect(d.group.sides.length).toBeGreaterThanOrEqual(2);
      expect(index.events.get(d.eventId)?.disagreement).toBe(true);
    }
  });
});
