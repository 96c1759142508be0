import { describe, expect, it } from 'vitest';
import { beforeWindow, resolveStrength, RELEVANT_SCORE } from '../../../lib/engine/gate';
import { findMentions, prepareText } from '../../../lib/engine/mentions';
import { scanDocument } from '../../../lib/engine/scan';
import type { TextBlock } from '../../../lib/engine/types';
import { miniRuntime } from './mini-pack';

const rt = miniRuntime();
const page = (headline: string, ...paragraphs: string[]): TextBlock[] => [
  { text: headline, kind: 'headline' },
  ...paragraphs.map((text) => ({ text, kind: 'body' as const })),
];

describe('gate', () => {
  it('finds a conflict report relevant, with evidence for the UI', () => {
    const r = scanDocument(
      page(
        'Afghan and Pakistani forces clash at Torkham',
        'Heavy fire was exchanged along the Durand Line overnight, Afghan officials in Kabul said.',
        'Zabihullah Mujahid said 58 Pakistani soldiers were killed.',
      ),
      { published: '2025-10-12' },
      rt,
    );
    expect(r.relevant).toBe(true);
    expect(r.reason).toBe('relevant');
    expect(r.score).toBeGreaterThanOrEqual(RELEVANT_SCORE);
    expect(r.evidence[0]).toMatchObject({ entityId: 'torkham', strength: 'strong', where: 'headline', block: 0 });
    expect(r.evidence.map((e) => e.entityId)).toEqual(
      expect.arrayContaining(['durand-line', 'mujahid', 'kabul', 'pakistan', 'afghanistan']),
    );
    expect(r.mentions.length).toBeGreaterThan(5);
    expect(r.figures.map((f) => f.claimId)).toEqual(['c-58']);
  });

  it('stays silent on a page that names only weak, everyday actors', () => {
    const r = scanDocument(
      page(
        'Taliban keep girls out of secondary school',
        'The Taliban authorities in Kabul said schools for girls in Afghanistan would stay shut.',
        'Pakistan urged a rethink.',
      ),
      { published: '2025-11-02' },
      rt,
    );
    expect(r).toMatchObject({ relevant: false, reason: 'no-strong-evidence', mentions: [], figures: [] });
    expect(r.score).toBeGreaterThan(0);
  });

  it('treats a page published before the window as an earlier episode, whatever it names', () => {
    const blocks = page('Clashes at Torkham on the Durand Line', 'Zabihullah Mujahid said 58 Pakistani soldiers were killed at Torkham.');
    expect(scanDocument(blocks, { published: '2024-12-24' }, rt)).toMatchObject({ relevant: false, reason: 'before-window', mentions: [] });
    expect(scanDocument(blocks, { published: '2024-12-24T10:00:00+05:00' }, rt).reason).toBe('before-window');
    expect(beforeWindow({}, rt)).toBe(false);
    expect(scanDocument(blocks, {}, rt).relevant).toBe(true);
  });

  it('exits early on a page with no alias at all', () => {
    const r = scanDocument(page('Markets rally', 'Shares rose on Tuesday.'), {}, rt);
    expect(r).toEqual({ relevant: false, score: 0, evidence: [], reason: 'no-mention', mentions: [], figures: [] });
  });

  it('makes a weak name strong only next to its strongWith partner', () => {
    const withPartner = findMentions(rt, prepareText(page('ISPR statement', 'The ISPR spoke about Afghanistan.')));
    resolveStrength(rt, withPartner);
    expect(withPartner.find((m) => m.entityId === 'ispr')!.strong).toBe(true);
    const alone = findMentions(rt, prepareText(page('ISPR statement', 'The ISPR spoke about India.')));
    resolveStrength(rt, alone);
    expect(alone.find((m) => m.entityId === 'ispr')!.strong).toBe(false);
  });

  it('needs more than one strong name mentioned in passing', () => {
    const r = scanDocument(
      page('Cricket: a report from the stadium', 'The team flew home through Torkham after the match.'),
      { published: '2025-11-01' },
      rt,
    );
    expect(r.relevant).toBe(false);
    expect(r.reason).toBe('low-score');
  });

  it('counts a figure matched to a claim as evidence', () => {
    const r = scanDocument(
      page('Casualty claims', 'Zabihullah Mujahid said 58 Pakistani soldiers were killed.'),
      { published: '2025-10-12' },
      rt,
    );
    expect(r.relevant).toBe(true);
    expect(r.figures).toHaveLength(1);
  });
});
