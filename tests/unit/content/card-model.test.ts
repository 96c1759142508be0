import { describe, expect, it } from 'vitest';
import packJson from '@/data/afpak-2025-26.json';
import type { Pack } from '@/lib/pack/schema';
import { badgeLabelOf, buildCardModel, describeFigure, indexPack, pickEventForEntity, sideOf, SIDE_ORDER } from '@/lib/content/card-model';

const index = indexPack(packJson as unknown as Pack);

describe('card model', () => {
  it('follows speaksFor to the side and the badge label (Mujahid → the Islamic Emirate)', () => {
    expect(sideOf(index, 'zabihullah-mujahid')).toBe('afghanistan');
    expect(badgeLabelOf(index, 'zabihullah-mujahid')).toBe('Islamic Emirate claim');
    expect(sideOf(index, 'ispr')).toBe('pakistan');
    expect(badgeLabelOf(index, 'ispr')).toBe('ISPR claim');
    expect(sideOf(index, 'unama')).toBe('independent');
  });

  it('puts the sides in one fixed order, and the figure comparable to the article first in every column', () => {
    const model = buildCardModel(index, {
      claimId: 'oct12-iea-pak-soldiers-killed-58',
      articleFigureText: '58 Pakistani soldiers',
      why: 'test',
    })!;
    expect(model.columns.map((c) => c.side)).toEqual(SIDE_ORDER);
    expect(model.columns[0]!.claims[0]).toMatchObject({
      id: 'oct12-iea-pak-soldiers-killed-58',
      figure: '58 killed',
      matchesArticle: true,
    });
    // The same rule lifts Pakistan's own count of its dead to the top of its column: 58 against 23.
    expect(model.columns[1]!.claims[0]).toMatchObject({
      id: 'oct12-ispr-pak-soldiers-killed-23',
      figure: '23 killed',
      matchesArticle: false,
    });
    expect(model.articleFigure).toMatchObject({ text: '58 Pakistani soldiers', claimant: 'Zabihullah Mujahid' });
    // Every claim is attributed, never a bare figure.
    for (const column of model.columns)
      for (const claim of column.claims)
        expect(claim.text).toMatch(/\b(says?|said|reports?|counts?|claims?|puts|gives|denies|announces?|according)\b/i);
  });

  it('drops the columns the reader switched off, and only those', () => {
    const model = buildCardModel(index, { claimId: 'oct12-ispr-pak-soldiers-killed-23', why: '', hiddenSides: ['independent'] })!;
    expect(model.columns.map((c) => c.side)).toEqual(['afghanistan', 'pakistan']);
  });

  it('words figures honestly: ranges, lower bounds and denials', () => {
    const claims = (packJson as unknown as Pack).claims;
    const byQualifier = (q: string) => claims.find((c) => c.figure?.qualifier === q)!;
    expect(describeFigure(byQualifier('range'))).toMatch(/^[\d,]+–[\d,]+ /);
    expect(describeFigure(byQualifier('over'))).toMatch(/^over \d+ /);
    const denial = claims.find((c) => c.kind === 'denial')!;
    expect(describeFigure(denial)).toBe('denies');
  });

  it('picks, for a topic badge, the latest disagreement on or before the page date that involves the entity', () => {
    const event = pickEventForEntity(index, 'spin-boldak', '2025-10-20');
    expect(event!.date <= '2025-10-20').toBe(true);
    expect(event?.places).toContain('spin-boldak');
    expect(event?.disagreement).toBe(true);
  });

  it('gives the crossing status on the event date', () => {
    const model = buildCardModel(index, { claimId: 'oct12-iea-pak-soldiers-killed-58', why: '' })!;
    const torkham = model.crossings.find((c) => c.name === 'Torkham');
    expect(torkham).toBeDefined();
    expect(torkham!.since <= model.event.endDate!).toBe(true);
  });
});
