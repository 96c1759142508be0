/**
 * The speaker reader and the misattribution flag on the fixture set in tests/fixtures/attribution/ (sentences
 * written for ClaimLens in English, Urdu, Dari and Pashto). Each sentence goes through stage two's own path
 * (mentions → strength → figures), with the bundled pack.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../lib/pack/compile';
import { validatePack } from '../../../lib/pack/validate';
import { findFigures, findMentions, prepareText, resolveStrength } from '../../../lib/engine';
import { readSpeaker, speaksForSameParty } from '../../../lib/engine/attribution';

const root = path.resolve(import.meta.dirname, '../../..');
const validated = validatePack(JSON.parse(readFileSync(path.join(root, 'data/afpak-2025-26.json'), 'utf8')));
if (!validated.ok) throw new Error('the bundled pack does not validate');
const pack = compilePack(validated.pack);

interface Sentence {
  id: string;
  lang: 'en' | 'ur' | 'fa' | 'ps';
  kind: 'correct' | 'misattributed' | 'unreadable';
  date: string;
  text: string;
  expect: { value: number; claimId?: string; attributedTo: string | null; misattributed: boolean | null };
}
const { sentences } = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/attribution/sentences.json'), 'utf8')) as {
  sentences: Sentence[];
};

function figureFor(s: Sentence) {
  const blocks = [{ text: s.text, kind: 'body' as const }];
  const prepared = prepareText(blocks);
  const mentions = findMentions(pack, prepared);
  resolveStrength(pack, mentions);
  return findFigures(pack, blocks, { published: s.date }, prepared, mentions).find((f) => f.value === s.expect.value);
}

const entity = (id: string) => pack.entities.findIndex((e) => e.id === id);

describe('attribution fixtures', () => {
  it('has at least 40 sentences in four languages, each kind in each language', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(40);
    for (const lang of ['en', 'ur', 'fa', 'ps'])
      for (const kind of ['correct', 'misattributed', 'unreadable'])
        expect(
          sentences.some((s) => s.lang === lang && s.kind === kind),
          `${lang} ${kind}`,
        ).toBe(true);
  });

  const results = sentences.map((s) => {
    const f = figureFor(s);
    return { s, f, got: { attributedTo: f?.attributedTo ?? null, misattributed: f?.misattributed ?? null, claimId: f?.claimId } };
  });

  it.each(results.map((r) => [r.s.id, r] as const))('%s', (_id, { s, got }) => {
    expect({ attributedTo: got.attributedTo, misattributed: got.misattributed }).toEqual({
      attributedTo: s.expect.attributedTo,
      misattributed: s.expect.misattributed,
    });
    if (s.expect.claimId) expect(got.claimId).toBe(s.expect.claimId);
  });

  it('flags with precision ≥ 0.95 and never flags a correct attribution', () => {
    const flagged = results.filter((r) => r.got.misattributed === true);
    const truePositives = flagged.filter((r) => r.s.kind === 'misattributed').length;
    const actual = results.filter((r) => r.s.kind === 'misattributed').length;
    const precision = flagged.length ? truePositives / flagged.length : 1;
    const recall = truePositives / actual;
    const read = results.filter((r) => r.got.attributedTo !== null);
    const readRight = read.filter((r) => r.got.attributedTo === r.s.expect.attributedTo).length;
    console.log(
      `attribution: ${sentences.length} sentences; flag precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} ` +
        `(${truePositives}/${flagged.length} flagged, ${actual} misattributed); speaker read on ${read.length}, right on ${readRight}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(results.filter((r) => r.s.kind === 'correct' && r.got.misattributed === true)).toEqual([]);
    expect(results.filter((r) => r.s.kind === 'unreadable' && r.got.misattributed !== null)).toEqual([]);
  });
});

describe('readSpeaker', () => {
  const ispr = entity('ispr');
  const unama = entity('unama');
  const mujahid = entity('zabihullah-mujahid');

  it('reads "X said" before the figure and "…, X said" after it', () => {
    const s = 'ISPR said 23 soldiers were killed.';
    expect(readSpeaker(pack, s, { start: 10, end: 33 }, [{ entity: ispr, start: 0, end: 4 }])).toBe(ispr);
    const t = '23 soldiers were killed, ISPR said.';
    expect(readSpeaker(pack, t, { start: 0, end: 23 }, [{ entity: ispr, start: 25, end: 29 }])).toBe(ispr);
  });

  it('reads nothing when two parties speak, or a clause turns between speaker and figure', () => {
    const two = 'ISPR said 23 soldiers died, and UNAMA said 23 soldiers died.';
    expect(
      readSpeaker(pack, two, { start: 10, end: 26 }, [
        { entity: ispr, start: 0, end: 4 },
        { entity: unama, start: 32, end: 37 },
      ]),
    ).toBe(ispr);
    const both = 'ISPR and UNAMA said 23 soldiers died.';
    expect(
      readSpeaker(pack, both, { start: 20, end: 36 }, [
        { entity: ispr, start: 0, end: 4 },
        { entity: unama, start: 9, end: 14 },
      ]),
    ).toBeNull();
    const turned = 'UNAMA said talks must go on, but 23 soldiers died.';
    expect(readSpeaker(pack, turned, { start: 33, end: 49 }, [{ entity: unama, start: 0, end: 5 }])).toBeNull();
  });

  it('reads nothing without a speech word', () => {
    expect(readSpeaker(pack, 'ISPR: 23 soldiers died.', { start: 6, end: 22 }, [{ entity: ispr, start: 0, end: 4 }])).toBeNull();
    expect(
      readSpeaker(pack, 'Zabihullah Mujahid and 23 soldiers.', { start: 23, end: 34 }, [{ entity: mujahid, start: 0, end: 18 }]),
    ).toBeNull();
  });
});

describe('speaksForSameParty', () => {
  const id = entity;
  it('one chain, one state, or the UN family', () => {
    expect(speaksForSameParty(pack, id('zabihullah-mujahid'), id('islamic-emirate'))).toBe(true);
    expect(speaksForSameParty(pack, id('ahmed-sharif-chaudhry'), id('ispr'))).toBe(true);
    expect(speaksForSameParty(pack, id('attaullah-tarar'), id('ispr'))).toBe(true);
    expect(speaksForSameParty(pack, id('united-nations'), id('unama'))).toBe(true);
  });
  it('not across sides, and not between independent bodies outside the UN', () => {
    expect(speaksForSameParty(pack, id('united-nations'), id('zabihullah-mujahid'))).toBe(false);
    expect(speaksForSameParty(pack, id('ispr'), id('islamic-emirate'))).toBe(false);
    expect(speaksForSameParty(pack, id('united-nations'), id('emergency-hospital-kabul'))).toBe(false);
  });
});
