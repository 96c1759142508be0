import { describe, expect, it } from 'vitest';
import { coverageOf, daysBetween, historyValues, knownRevision, newerThanData, orderAsOf, revisionChain, timingOf } from '@/lib/pack/as-of';

const claims = [
  { id: 'c-later', date: '2026-03-05' },
  { id: 'b-same', date: '2026-03-02' },
  { id: 'a-before', date: '2026-02-27' },
  { id: 'd-before', date: '2026-02-27' },
];

describe('as of a date', () => {
  it('counts whole days across months and years', () => {
    expect(daysBetween('2025-12-31', '2026-01-02')).toBe(2);
    expect(daysBetween('2026-03-02T23:59:00Z', '2026-03-01')).toBe(-1);
  });

  it('marks before, same day and after, with the days between', () => {
    expect(timingOf('2026-02-27', '2026-03-02')).toEqual({ timing: 'before', days: -3 });
    expect(timingOf('2026-03-02', '2026-03-02')).toEqual({ timing: 'same-day', days: 0 });
    expect(timingOf('2026-03-05', '2026-03-02')).toEqual({ timing: 'after', days: 3 });
  });

  it('orders known-before, same day, then later, oldest first and by id on a tie, whatever the input order', () => {
    const expected = ['a-before', 'd-before', 'b-same', 'c-later'];
    expect(orderAsOf(claims, '2026-03-02').map((c) => c.id)).toEqual(expected);
    expect(orderAsOf([...claims].reverse(), '2026-03-02').map((c) => c.id)).toEqual(expected);
  });
});

describe('revisions', () => {
  const chain = [
    { id: 'r3', date: '2026-03-08', supersededBy: undefined, figure: { value: 23, qualifier: 'exact' as const, unit: 'killed' as const } },
    { id: 'r1', date: '2026-03-01', supersededBy: 'r2', figure: { value: 11, qualifier: 'exact' as const, unit: 'killed' as const } },
    { id: 'other', date: '2026-03-01', supersededBy: undefined },
    {
      id: 'r2',
      date: '2026-03-03',
      supersededBy: 'r3',
      figure: { min: 15, max: 20, qualifier: 'range' as const, unit: 'killed' as const },
    },
  ];
  it('walks the chain from any member, oldest first', () => {
    for (const id of ['r1', 'r2', 'r3']) expect(revisionChain(chain, id).map((c) => c.id)).toEqual(['r1', 'r2', 'r3']);
    expect(revisionChain(chain, 'other').map((c) => c.id)).toEqual(['other']);
  });
  it('writes the history as values with arrows, nothing for a single claim', () => {
    expect(historyValues(revisionChain(chain, 'r3'))).toBe('11 → 15–20 → 23');
    expect(historyValues(revisionChain(chain, 'other'))).toBe('');
  });
  it('knows which revision a reader saw on a date', () => {
    expect(knownRevision(chain, 'r3', '2026-03-04')?.id).toBe('r2');
    expect(knownRevision(chain, 'r3', '2026-02-01')).toBeUndefined();
  });
  it('survives a cycle in bad data', () => {
    const cyclic = [
      { id: 'x', supersededBy: 'y' },
      { id: 'y', supersededBy: 'x' },
    ];
    expect(revisionChain(cyclic, 'x').length).toBe(2);
  });
});

describe('coverage', () => {
  const pack = {
    meta: { window: { start: '2025-10-01' } },
    events: [{ date: '2025-10-11', endDate: '2025-10-12' }, { date: '2026-04-08' }, { date: '2026-03-01', endDate: '2026-03-04' }],
  };
  it('ends at the last event when the pack does not say, and at meta.coverage when it does', () => {
    expect(coverageOf(pack as never)).toEqual({ start: '2025-10-01', end: '2026-04-08' });
    const stated = { ...pack, meta: { ...pack.meta, coverage: { start: '2025-10-08', end: '2026-04-09' } } };
    expect(coverageOf(stated as never)).toEqual({ start: '2025-10-08', end: '2026-04-09' });
  });
  it('an article after the coverage end is newer than the data; on the end day it is not', () => {
    expect(newerThanData(pack as never, '2026-04-09')).toBe(true);
    expect(newerThanData(pack as never, '2026-04-08T10:00:00Z')).toBe(false);
    expect(newerThanData(pack as never, undefined)).toBe(false);
  });
});
