/**
 * The card's presentation of the dataset (issue #11) and the fact-checker features (issue #16) in the card
 * model: one noun for every claimant, columns that compare like with like, notes, freshness, the claims as they
 * stood on the article's date, revision history and the misattribution flag.
 */
import { describe, expect, it } from 'vitest';
import packJson from '@/data/afpak-2025-26.json';
import type { Pack } from '@/lib/pack/schema';
import { badgeLabelOf, buildCardModel, countsOf, indexPack, shortNameOf, sideOf } from '@/lib/content/card-model';
import { coverageOf } from '@/lib/pack/as-of';

const pack = packJson as unknown as Pack;
const index = indexPack(pack);
const claimants = [...new Set(pack.claims.map((c) => c.claimant))];

describe('one noun for every claimant', () => {
  it('badge labels of any two sides differ only in the claimant’s name', () => {
    const bySide = new Map<string, string[]>();
    for (const id of claimants) {
      const side = sideOf(index, id)!;
      bySide.set(side, [...(bySide.get(side) ?? []), id]);
    }
    expect([...bySide.keys()].sort()).toEqual(['afghanistan', 'independent', 'pakistan']);
    for (const id of claimants) {
      const label = badgeLabelOf(index, id);
      const name = shortNameOf(index, id);
      expect(label.replace(name, '<name>'), id).toBe('<name> claim');
    }
  });
});

describe('comparable columns', () => {
  const model = buildCardModel(index, {
    claimId: 'oct12-iea-pak-soldiers-killed-58',
    articleFigureText: '58 Pakistani soldiers',
    pageDate: '2025-10-13',
    why: '',
  })!;

  it('each figure says what it counts and over which days', () => {
    const iea = model.columns[0]!.claims.find((c) => c.id === 'oct12-iea-pak-soldiers-killed-58')!;
    expect(iea.counts).toBe('58 Pakistani soldiers killed · 11 Oct 2025 – 12 Oct 2025');
    const ispr = model.columns[1]!.claims[0]!;
    expect(ispr.counts).toMatch(/^23 Pakistani soldiers killed · /);
  });

  it('compares the article’s figure only with claims about the same thing, and says when a side has none', () => {
    for (const column of model.columns)
      for (const claim of column.claims) expect(claim.counts, claim.id).toMatch(/Pakistani soldiers killed/);
    const independent = model.columns[2]!;
    expect(independent.claims).toEqual([]);
    expect(independent.missing).toBe('No independent count of military deaths.');
    // The other subjects of a side are kept, folded away, not dropped.
    expect(model.columns[0]!.other.some((c) => c.id === 'oct12-iea-afghan-forces-killed-9')).toBe(true);
  });

  it('shows a claim’s note', () => {
    // The Islamic Emirate's earlier "at least 15" carries a note, and is about the same thing as the 58.
    const early = model.columns[0]!.claims.find((c) => c.id === 'oct12-iea-pak-soldiers-killed-15')!;
    expect(early.note).toBe(pack.claims.find((c) => c.id === 'oct12-iea-pak-soldiers-killed-15')!.note);
    const nine = model.columns[0]!.other.find((c) => c.id === 'oct12-iea-afghan-forces-killed-9')!;
    expect(nine.note).toBeTruthy();
    expect(nine.counts).toMatch(/^9 Afghan forces killed/);
  });

  it('words qualifiers after the count: "(at least)"', () => {
    const atLeast = pack.claims.find((c) => c.id === 'oct16-unama-spin-boldak-civilians-killed-17')!;
    expect(countsOf(atLeast)).toBe('17 Afghan civilians killed (at least)');
  });
});

describe('freshness', () => {
  const end = coverageOf(pack).end;
  it('says how far the data goes, from the events, not the release date', () => {
    const lastEvent = pack.events
      .map((e) => e.endDate ?? e.date)
      .sort()
      .at(-1)!;
    expect(end).toBe((pack.meta as { coverage?: { end: string } }).coverage?.end ?? lastEvent);
    const model = buildCardModel(index, { claimId: 'oct12-iea-pak-soldiers-killed-58', why: '', pageDate: '2025-10-13' })!;
    expect(model.freshness).toEqual({ through: end, articleNewer: false, published: '2025-10-13' });
  });
  it('marks an article published after the coverage as newer than the data', () => {
    const after = new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const model = buildCardModel(index, { entityId: 'torkham', why: '', pageDate: after })!;
    expect(model.freshness.articleNewer).toBe(true);
    const onEnd = buildCardModel(index, { entityId: 'torkham', why: '', pageDate: end })!;
    expect(onEnd.freshness.articleNewer).toBe(false);
  });
});

describe('the claims as they stood on the article’s date', () => {
  // Tarar's running count: 415 on 1 March, revised on 2 March and later.
  const request = { claimId: 'mar01-tarar-afghan-forces-killed-415', articleFigureText: '415', pageDate: '2026-03-01', why: '' };

  it('marks each claim before, the same day, or after the article, and puts later ones after known ones', () => {
    const model = buildCardModel(index, request)!;
    const pakistan = model.columns.find((c) => c.side === 'pakistan')!;
    const c415 = pakistan.claims.find((c) => c.id === 'mar01-tarar-afghan-forces-killed-415')!;
    expect(c415.timing).toMatchObject({ timing: 'same-day', days: 0, text: 'said the day this article was published' });
    const c641 = pakistan.claims.find((c) => c.id === 'mar11-tarar-afghan-forces-killed-641')!;
    expect(c641.timing).toMatchObject({ timing: 'after', days: 10, text: 'said 10 days after this article' });
    // On 1 March, 415 was Tarar's latest count: it leads; the counts said later follow it; counts it had replaced come last.
    expect(pakistan.claims[0]!.id).toBe('mar01-tarar-afghan-forces-killed-415');
    const ids = pakistan.claims.map((c) => c.id);
    expect(ids.indexOf('mar11-tarar-afghan-forces-killed-641')).toBeLessThan(ids.indexOf('feb27-tarar-afghan-forces-killed-36'));
  });

  it('gives a revised claim its history in one line', () => {
    const model = buildCardModel(index, request)!;
    const c415 = model.columns.find((c) => c.side === 'pakistan')!.claims.find((c) => c.id === request.claimId)!;
    expect(c415.history).toMatch(/^[^:]+: 36 → 133 → .*415 → .*641$/);
  });

  it('with "only known then", hides later claims and ends the history at the last count known', () => {
    const model = buildCardModel(index, { ...request, onlyKnownThen: true })!;
    const pakistan = model.columns.find((c) => c.side === 'pakistan')!;
    const all = [...pakistan.claims, ...pakistan.other];
    expect(all.every((c) => c.date <= '2026-03-01')).toBe(true);
    const c415 = all.find((c) => c.id === request.claimId)!;
    expect(c415.superseded).toBe(false);
  });
});

describe('misattribution flag', () => {
  it('names the figure’s owner and date and says the speaker has no such count', () => {
    const model = buildCardModel(index, {
      claimId: 'oct12-iea-pak-soldiers-killed-58',
      articleFigureText: '58 Pakistani soldiers',
      pageDate: '2025-10-13',
      attributedTo: 'united-nations',
      misattributed: true,
      why: '',
    })!;
    expect(model.misattribution).toMatchObject({ value: '58', ownerDate: '2025-10-12', speaker: 'UN', what: 'military deaths' });
    expect(model.misattribution!.speakerCount).toBeUndefined();
  });
  it('gives the speaker’s own count when it has one', () => {
    const model = buildCardModel(index, {
      claimId: 'oct12-iea-pak-soldiers-killed-58',
      pageDate: '2025-10-13',
      attributedTo: 'ispr',
      misattributed: true,
      why: '',
    })!;
    expect(model.misattribution!.speakerCount).toBe('23 Pakistani soldiers killed');
  });
  it('shows nothing for a correct attribution or none', () => {
    for (const misattributed of [false, null])
      expect(
        buildCardModel(index, { claimId: 'oct12-iea-pak-soldiers-killed-58', attributedTo: 'zabihullah-mujahid', misattributed, why: '' })!
          .misattribution,
      ).toBeUndefined();
  });
});
