/** A small pack for engine tests, in the shape of the real one. Validated against the schema on load. */
import * as v from 'valibot';
import { Pack } from '../../../lib/pack/schema';
import { compilePack, type RuntimePack } from '../../../lib/pack/compile';

const src = [{ outlet: 'Test Wire', url: 'https://example.org/a' }];
const name = (text: string, strength: 'strong' | 'weak' = 'weak', extra: Record<string, unknown> = {}) => ({
  text,
  lang: /[\u0600-\u06FF]/.test(text) ? 'ur' : 'en',
  strength,
  ...extra,
});
const claim = (
  id: string,
  claimant: string,
  figure: Record<string, unknown> | undefined,
  subject: string,
  extra: Record<string, unknown> = {},
) => ({
  id,
  event: 'oct12-clashes',
  claimant,
  date: '2025-10-12',
  ...(figure ? { figure } : { kind: 'statement' }),
  subject,
  text: `${claimant} says something.`,
  sources: src,
  confidence: 'H',
  verification: { checked: '2026-01-01', status: 'unverified', sources: {}, changes: [] },
  ...extra,
});

export const MINI_PACK_JSON = {
  meta: {
    id: 'mini',
    title: 'Mini border pack',
    version: '1.0.0',
    coverage: { start: '2025-10-11', end: '2026-03-16' },
    released: '2026-01-01',
    window: { start: '2025-10-01' },
    languages: ['en', 'ur'],
    licence: 'test',
  },
  entities: [
    {
      id: 'durand-line',
      kind: 'border',
      description: 'A border.',
      names: [name('Durand Line', 'strong'), name('Durand'), name('ڈیورنڈ لائن', 'strong')],
    },
    {
      id: 'torkham',
      kind: 'crossing',
      description: 'A crossing.',
      names: [name('Torkham', 'strong'), name('طورخم', 'strong'), name('طور خم', 'strong')],
    },
    { id: 'pakistan', kind: 'place', description: 'A country.', names: [name('Pakistan'), name('Pakistani'), name('پاکستان')] },
    { id: 'afghanistan', kind: 'place', description: 'A country.', names: [name('Afghanistan'), name('Afghan'), name('افغانستان')] },
    { id: 'kabul', kind: 'place', description: 'A city.', names: [name('Kabul'), name('کابل')] },
    { id: 'kunar', kind: 'place', description: 'A province.', names: [name('Kunar')] },
    { id: 'taliban', kind: 'group', description: 'A group.', names: [name('Taliban'), name('طالبان')] },
    {
      id: 'iea',
      kind: 'government',
      description: 'A government.',
      side: 'afghanistan',
      shortName: 'Islamic Emirate',
      names: [name('Islamic Emirate'), name('IEA', 'weak', { caseSensitive: true })],
    },
    {
      id: 'mujahid',
      kind: 'official',
      description: 'A spokesman.',
      side: 'afghanistan',
      speaksFor: 'iea',
      names: [name('Zabihullah Mujahid', 'strong'), name('ذبیح الله مجاهد', 'strong')],
    },
    {
      id: 'ispr',
      kind: 'organisation',
      description: 'A media wing.',
      side: 'pakistan',
      shortName: 'ISPR',
      names: [
        name('ISPR', 'weak', { strongWith: ['afghanistan', 'taliban', 'kabul'] }),
        name('Inter-Services Public Relations', 'weak', { strongWith: ['afghanistan'] }),
      ],
    },
    {
      id: 'unama',
      kind: 'organisation',
      description: 'A UN mission.',
      side: 'independent',
      shortName: 'UNAMA',
      names: [name('UNAMA')],
    },
    { id: 'paktika', kind: 'place', description: 'A province.', names: [name('Paktika')] },
    { id: 'nangarhar', kind: 'place', description: 'A province.', names: [name('Nangarhar')] },
    { id: 'pak-gov', kind: 'government', description: 'A government.', side: 'pakistan', names: [name('Pakistani government')] },
    { id: 'health-spox', kind: 'official', description: 'A spokesman.', side: 'afghanistan', names: [name('Sharafat Zaman')] },
  ],
  phases: [{ id: 'phase-1', title: 'Phase one', start: '2025-10-01' }],
  events: [
    {
      id: 'oct12-clashes',
      date: '2025-10-11',
      endDate: '2025-10-12',
      phase: 'phase-1',
      title: 'Clashes',
      summary: 'Clashes.',
      places: ['durand-line'],
    },
    { id: 'oct15-kunar', date: '2025-10-15', phase: 'phase-1', title: 'Kunar', summary: 'Kunar.', places: ['kunar'] },
    { id: 'oct17-paktika', date: '2025-10-17', phase: 'phase-1', title: 'Paktika', summary: 'Paktika.', places: ['paktika'] },
    { id: 'feb22-strikes', date: '2026-02-22', phase: 'phase-1', title: 'Strikes', summary: 'Strikes.', places: ['nangarhar', 'paktika'] },
    { id: 'mar16-clinic', date: '2026-03-16', phase: 'phase-1', title: 'Clinic', summary: 'Clinic.', places: ['kabul'] },
  ],
  claims: [
    claim('c-58', 'mujahid', { value: 58, qualifier: 'exact', unit: 'killed' }, 'pakistani-soldiers'),
    claim('c-30', 'mujahid', { value: 30, qualifier: 'exact', unit: 'wounded' }, 'pakistani-soldiers'),
    claim('c-25-posts', 'mujahid', { value: 25, qualifier: 'exact', unit: 'posts-captured' }, 'pakistani-posts'),
    claim('c-15-early', 'iea', { value: 15, qualifier: 'at-least', unit: 'killed' }, 'pakistani-soldiers', { supersededBy: 'c-58' }),
    claim('c-23', 'ispr', { value: 23, qualifier: 'exact', unit: 'killed' }, 'pakistani-soldiers'),
    claim('c-200', 'ispr', { value: 200, qualifier: 'over', unit: 'killed' }, 'taliban-and-ttp'),
    claim('c-15-20', 'ispr', { min: 15, max: 20, qualifier: 'range', unit: 'killed' }, 'afghan-forces'),
    // Two claimants, one number, one subject: ambiguous unless the sentence names who speaks.
    claim('c-17-unama', 'unama', { value: 17, qualifier: 'at-least', unit: 'killed' }, 'afghan-civilians', {
      event: 'oct15-kunar',
      date: '2025-10-16',
    }),
    claim('c-17-iea', 'iea', { value: 17, qualifier: 'exact', unit: 'killed' }, 'afghan-civilians', {
      event: 'oct15-kunar',
      date: '2025-10-16',
    }),
    // Made after the pages that are dated 2025-10-12.
    claim('c-40-later', 'unama', { value: 40, qualifier: 'exact', unit: 'killed' }, 'afghan-civilians', {
      event: 'oct15-kunar',
      date: '2025-11-20',
    }),
    claim('c-statement', 'iea', undefined, 'both-sides'),
    // The same side's count of the same number, months apart: the page's own days decide.
    claim('c-70-oct', 'ispr', { value: 70, qualifier: 'at-least', unit: 'killed' }, 'militants', {
      event: 'oct17-paktika',
      date: '2025-10-18',
    }),
    claim('c-70-feb', 'pak-gov', { value: 70, qualifier: 'at-least', unit: 'killed' }, 'militants', {
      event: 'feb22-strikes',
      date: '2026-02-22',
    }),
    // An old count about Paktika, to be kept apart from a new one about Nangarhar.
    claim('c-12-paktika', 'unama', { value: 12, qualifier: 'exact', unit: 'killed' }, 'people', {
      event: 'oct17-paktika',
      date: '2025-10-18',
    }),
    // Two voices of one side with the same number: the one named decides.
    claim('c-400-health', 'health-spox', { value: 400, qualifier: 'about', unit: 'killed' }, 'people', {
      event: 'mar16-clinic',
      date: '2026-03-17',
    }),
    claim('c-400-mujahid', 'mujahid', { value: 400, qualifier: 'about', unit: 'killed' }, 'people', {
      event: 'mar16-clinic',
      date: '2026-03-17',
    }),
    // A single-digit toll: weeks later, naming its claimant is not enough to say which episode it is.
    claim('c-4-kunar', 'iea', { value: 4, qualifier: 'exact', unit: 'killed' }, 'afghan-civilians', {
      event: 'oct15-kunar',
      date: '2025-10-16',
    }),
    // One number, two claimants, two places of the same weeks: the place the sentence names decides.
    claim('c-9-kunar', 'unama', { value: 9, qualifier: 'exact', unit: 'killed' }, 'afghan-civilians', {
      event: 'oct15-kunar',
      date: '2025-10-16',
    }),
    claim('c-9-paktika', 'iea', { value: 9, qualifier: 'exact', unit: 'killed' }, 'afghan-civilians', {
      event: 'oct17-paktika',
      date: '2025-10-18',
    }),
    claim('c-80-exact', 'unama', { value: 80, qualifier: 'exact', unit: 'killed' }, 'afghan-civilians', {
      event: 'oct15-kunar',
      date: '2025-10-16',
    }),
  ],
  context: { notes: [], crossings: [] },
};

export const MINI_PACK: Pack = v.parse(Pack, MINI_PACK_JSON);

let compiled: RuntimePack | undefined;
export function miniRuntime(): RuntimePack {
  return (compiled ??= compilePack(MINI_PACK));
}
