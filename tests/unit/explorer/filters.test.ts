import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  claimantMatches,
  claimantOptions,
  dateBounds,
  placeOptions,
  type TimelineModel,
} from '../../../lib/explorer/filters';
import { figureKindOf } from '../../../lib/explorer/kinds';
import { parseHash } from '../../../lib/explorer/state';
import { SIDE_ORDER } from '../../../lib/content/card-model';
import { realIndex, tinyIndex } from './fixture';

const shown = (m: TimelineModel) =>
  m.phases.flatMap((p) => p.events.flatMap((e) => e.columns.flatMap((c) => c.claims.map((x) => x.claim.id))));
const events = (m: TimelineModel) => m.phases.flatMap((p) => p.events.map((e) => e.event.id));

describe('kind of figure', () => {
  it('comes from the unit and the subject together', () => {
    const k = (unit: string | undefined, subject: string, kind?: 'denial' | 'statement') =>
      figureKindOf({
        subject: subject as never,
        kind: kind ?? 'figure',
        figure: unit ? ({ unit, qualifier: 'exact', value: 1 } as never) : undefined,
      });
    expect(k('killed', 'pakistani-soldiers')).toBe('military-deaths');
    expect(k('killed', 'taliban-and-ttp')).toBe('military-deaths');
    expect(k('killed', 'afghan-civilians')).toBe('civilian-deaths');
    expect(k('killed', 'people')).toBe('other-deaths');
    expect(k('wounded', 'afghan-civilians')).toBe('wounded');
    expect(k('posts-captured', 'pakistani-posts')).toBe('posts');
    expect(k('posts-destroyed', 'afghan-posts')).toBe('posts');
    expect(k('tanks-destroyed', 'afghan-forces')).toBe('equipment');
    expect(k('vehicles', 'afghan-forces')).toBe('equipment');
    expect(k('vehicles', 'trucks')).toBe('displacement');
    expect(k('displaced', 'afghan-civilians')).toBe('displacement');
    expect(k(undefined, 'afghan-civilians', 'denial')).toBe('statements');
    expect(k(undefined, 'both-sides', 'statement')).toBe('statements');
  });
});

describe('timeline filters (tiny pack)', () => {
  const index = tinyIndex();

  it('with no filter shows every event, phases in date order, each event with the three columns in SIDE_ORDER', () => {
    const m = buildTimeline(index, parseHash(''));
    expect(m.phases.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(events(m)).toEqual(['e-clash', 'e-strike', 'e-later']);
    expect(m.shownClaims).toBe(m.totalClaims);
    for (const e of m.phases.flatMap((p) => p.events)) expect(e.columns.map((c) => c.side)).toEqual(SIDE_ORDER);
  });

  it('a claimant includes those who speak for it, and nobody else', () => {
    expect(claimantMatches(index, 'pak-press-chief', 'pak-press')).toBe(true);
    expect(claimantMatches(index, 'pak-press', 'pak-press-chief')).toBe(false);
    expect(claimantMatches(index, 'kabul-spokesman', 'pak-press')).toBe(false);
    const m = buildTimeline(index, parseHash('#claimant=pak-press'));
    expect(shown(m).sort()).toEqual(['c-200', 'c-23', 'c-strike-denied', 'c-wounded']);
    // An event with no claim from that claimant disappears; the others report what they hide.
    expect(events(m)).toEqual(['e-clash', 'e-strike']);
    expect(m.phases[0]!.events[0]!.hiddenClaims).toBe(5);
    expect(m.phases[0]!.events[0]!.columns[0]!.claims).toEqual([]);
  });

  it('kinds combine as "any of"', () => {
    expect(shown(buildTimeline(index, parseHash('#kind=wounded'))).sort()).toEqual(['c-wounded']);
    expect(shown(buildTimeline(index, parseHash('#kind=wounded,posts'))).sort()).toEqual(['c-posts', 'c-wounded']);
    expect(shown(buildTimeline(index, parseHash('#kind=civilian-deaths&claimant=kabul-govt'))).sort()).toEqual(['c-strike-10']);
  });

  it('place and date range filter events; a multi-day event overlapping the range stays', () => {
    expect(events(buildTimeline(index, parseHash('#place=south')))).toEqual(['e-strike', 'e-later']);
    expect(events(buildTimeline(index, parseHash('#from=2025-10-12&to=2025-11-01')))).toEqual(['e-clash']);
    expect(events(buildTimeline(index, parseHash('#to=2025-10-11')))).toEqual(['e-clash']);
    expect(events(buildTimeline(index, parseHash('#from=2025-10-13')))).toEqual(['e-strike', 'e-later']);
    expect(events(buildTimeline(index, parseHash('#from=2027-01-01')))).toEqual([]);
  });

  it('one event only, as the card links to it', () => {
    const m = buildTimeline(index, parseHash('#event=e-strike'));
    expect(events(m)).toEqual(['e-strike']);
    const columns = m.phases[0]!.events[0]!.columns;
    expect(columns.map((c) => c.claims.map((x) => x.figure))).toEqual([['10 killed'], ['denies'], []]);
  });

  it('links a revised figure both ways, and orders a revision after what it replaced', () => {
    const m = buildTimeline(index, parseHash('#event=e-clash&kind=military-deaths'));
    const afghan = m.phases[0]!.events[0]!.columns[0]!.claims;
    expect(afghan.map((c) => c.claim.id)).toEqual(['c-9', 'c-early-15', 'c-58']);
    expect(afghan[1]!.revisedTo).toMatchObject({ id: 'c-58', figure: '58 killed' });
    expect(afghan[2]!.revises).toMatchObject({ id: 'c-early-15', figure: 'at least 15 killed' });
  });

  it('offers claimants as a tree per side, with counts that include their spokesmen', () => {
    const groups = claimantOptions(index);
    expect(groups.map((g) => g.side)).toEqual(SIDE_ORDER);
    expect(groups[1]!.options).toEqual([
      { id: 'pak-govt', name: 'Pak Govt', depth: 0, count: 1 },
      { id: 'pak-press', name: 'Pak Press', depth: 0, count: 4 },
      { id: 'pak-press-chief', name: 'Pak Press Chief', depth: 1, count: 2 },
    ]);
    // The army has no side of its own: it never becomes an option, even though the press office speaks for it.
    expect(groups.flatMap((g) => g.options.map((o) => o.id))).not.toContain('army');
    expect(placeOptions(index)).toEqual([
      { id: 'north', name: 'North', events: 2 },
      { id: 'south', name: 'South', events: 2 },
    ]);
    expect(dateBounds(index)).toEqual({ min: '2025-10-01', max: '2026-02-01' });
  });
});

describe('timeline filters (the real pack)', () => {
  const index = realIndex();

  it('filtering to ISPR shows only ISPR and its director general', () => {
    const m = buildTimeline(index, parseHash('#claimant=ispr'));
    const claimants = new Set(
      m.phases.flatMap((p) => p.events.flatMap((e) => e.columns.flatMap((c) => c.claims.map((x) => x.claim.claimant)))),
    );
    expect([...claimants].sort()).toEqual(['ahmed-sharif-chaudhry', 'ispr']);
    expect(m.shownClaims).toBe(index.pack.claims.filter((c) => c.claimant === 'ispr' || c.claimant === 'ahmed-sharif-chaudhry').length);
  });

  it('every event is placed in a phase the pack defines', () => {
    const m = buildTimeline(index, parseHash(''));
    expect(m.shownEvents).toBe(index.pack.events.length);
    expect(m.phases.every((p) => index.pack.phases.some((ph) => ph.id === p.id))).toBe(true);
  });
});
