/** The real pack for the explorer's tests, validated on load, plus a tiny pack for the edge cases. */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { validatePack } from '../../../lib/pack/validate';
import { Pack } from '../../../lib/pack/schema';
import { indexPack, type PackIndex } from '../../../lib/content/card-model';

export function realIndex(): PackIndex {
  const json: unknown = JSON.parse(readFileSync(new URL('../../../data/afpak-2025-26.json', import.meta.url), 'utf8'));
  const result = validatePack(json, 'data/afpak-2025-26.json');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return indexPack(result.pack);
}

const src = (n: number) => [{ outlet: `Wire ${n}`, url: `https://wire.example/${n}`, published: '2025-10-12' }];
const ent = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'organisation',
  description: 'Test.',
  names: [{ text: id.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()), lang: 'en', strength: 'weak' }],
  ...extra,
});

let n = 0;
export const claim = (
  id: string,
  event: string,
  claimant: string,
  date: string,
  figure: Record<string, unknown> | undefined,
  subject: string,
  extra: Record<string, unknown> = {},
) => ({
  id,
  event,
  claimant,
  date,
  ...(figure ? { figure } : { kind: 'statement' }),
  subject,
  text: `${claimant} says something about ${id}.`,
  sources: src(++n),
  confidence: 'M',
  verification: { checked: '2026-01-01', status: 'unverified', sources: {}, changes: [] },
  ...extra,
});

/**
 * Two sides and an independent body; a spokesman under each side; an event with a revised figure, one with a
 * denial, one on another date and place.
 */
export function tinyIndex(claims: unknown[] = TINY_CLAIMS): PackIndex {
  const json = {
    meta: {
      id: 'tiny',
      title: 'Tiny',
      version: '2.3.4',
      coverage: { start: '2025-10-11', end: '2026-02-01' },
      released: '2026-01-01',
      window: { start: '2025-10-01' },
      languages: ['en'],
      licence: 'test',
    },
    entities: [
      ent('kabul-govt', { side: 'afghanistan', kind: 'government' }),
      ent('kabul-spokesman', { side: 'afghanistan', speaksFor: 'kabul-govt', kind: 'official' }),
      ent('army', { kind: 'force' }),
      ent('pak-press', { side: 'pakistan', speaksFor: 'army' }),
      ent('pak-press-chief', { side: 'pakistan', speaksFor: 'pak-press', kind: 'official' }),
      ent('pak-govt', { side: 'pakistan', kind: 'government' }),
      ent('monitor', { side: 'independent' }),
      ent('north', { kind: 'place' }),
      ent('south', { kind: 'place' }),
    ],
    phases: [
      { id: 'p2', title: 'Phase two', start: '2026-01-01' },
      { id: 'p1', title: 'Phase one', start: '2025-10-01', end: '2025-12-31' },
    ],
    events: [
      {
        id: 'e-clash',
        date: '2025-10-11',
        endDate: '2025-10-12',
        phase: 'p1',
        title: 'Clash',
        summary: 'A clash.',
        places: ['north'],
        disagreement: true,
      },
      { id: 'e-strike', date: '2025-11-20', phase: 'p1', title: 'Strike', summary: 'A strike.', places: ['south'], disagreement: true },
      { id: 'e-later', date: '2026-02-01', phase: 'p2', title: 'Later', summary: 'Later.', places: ['north', 'south'] },
    ],
    claims,
    context: { notes: [], crossings: [] },
  };
  return indexPack(v.parse(Pack, json));
}

export const TINY_CLAIMS = [
  claim('c-early-15', 'e-clash', 'kabul-govt', '2025-10-12', { value: 15, qualifier: 'at-least', unit: 'killed' }, 'pakistani-soldiers', {
    supersededBy: 'c-58',
  }),
  claim('c-58', 'e-clash', 'kabul-spokesman', '2025-10-12', { value: 58, qualifier: 'exact', unit: 'killed' }, 'pakistani-soldiers'),
  claim('c-23', 'e-clash', 'pak-press', '2025-10-12', { value: 23, qualifier: 'exact', unit: 'killed' }, 'pakistani-soldiers'),
  claim('c-200', 'e-clash', 'pak-press', '2025-10-12', { value: 200, qualifier: 'over', unit: 'killed' }, 'taliban-and-ttp'),
  claim('c-9', 'e-clash', 'kabul-spokesman', '2025-10-12', { value: 9, qualifier: 'exact', unit: 'killed' }, 'afghan-forces'),
  claim('c-wounded', 'e-clash', 'pak-press-chief', '2025-10-12', { value: 29, qualifier: 'exact', unit: 'wounded' }, 'pakistani-soldiers'),
  claim(
    'c-posts',
    'e-clash',
    'kabul-spokesman',
    '2025-10-12',
    { value: 25, qualifier: 'exact', unit: 'posts-captured' },
    'pakistani-posts',
  ),
  claim('c-civ', 'e-clash', 'monitor', '2025-10-16', { value: 1, qualifier: 'exact', unit: 'killed' }, 'afghan-civilians'),
  claim('c-strike-10', 'e-strike', 'kabul-spokesman', '2025-11-20', { value: 10, qualifier: 'exact', unit: 'killed' }, 'afghan-civilians'),
  claim('c-strike-denied', 'e-strike', 'pak-press-chief', '2025-11-20', undefined, 'afghan-civilians', { kind: 'denial' }),
  claim('c-later', 'e-later', 'pak-govt', '2026-02-01', undefined, 'both-sides'),
];
