import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../lib/pack/validate';
import type { Claim, Pack, Side } from '../../../lib/pack/schema';

const FILE = new URL('../../../data/afpak-2025-26.json', import.meta.url);
const json: unknown = JSON.parse(readFileSync(FILE, 'utf8'));

function loadPack(): Pack {
  const result = validatePack(json, 'data/afpak-2025-26.json');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.pack;
}

const pack = loadPack();
const entity = new Map(pack.entities.map((e) => [e.id, e]));
const claimsOf = (eventId: string) => pack.claims.filter((c) => c.event === eventId);
const sideOf = (claim: Claim): Side | undefined => entity.get(claim.claimant)?.side;

function find(eventId: string, side: Side, match: (c: Claim) => boolean): Claim[] {
  return claimsOf(eventId).filter((c) => sideOf(c) === side && match(c));
}

const figure =
  (unit: string, subject: string, value: number, qualifier?: string) =>
  (c: Claim): boolean =>
    c.figure?.unit === unit &&
    c.subject === subject &&
    c.figure.value === value &&
    (qualifier === undefined || c.figure.qualifier === qualifier);

describe('bundled pack: schema and references', () => {
  it('validates against the schema and the semantic checks', () => {
    expect(validatePack(json, 'data/afpak-2025-26.json')).toMatchObject({ ok: true });
    expect(pack.meta).toMatchObject({ id: 'afpak-2025-26', version: '1.2.8', window: { start: '2025-10-01' } });
    // Freshness is the events' own span, not the release date.
    const ends = pack.events.map((e) => e.endDate ?? e.date).sort();
    expect(pack.meta.coverage).toEqual({ start: pack.events.map((e) => e.date).sort()[0], end: ends[ends.length - 1] });
    expect(pack.meta.released >= pack.meta.coverage.end).toBe(true);
    expect('updated' in pack.meta).toBe(false);
    expect(pack.meta.window.end).toBeUndefined();
    expect(pack.meta.languages).toEqual(expect.arrayContaining(['en', 'ur', 'ps', 'fa', 'ar']));
  });

  it('has unique ids in every collection', () => {
    for (const items of [pack.entities, pack.events, pack.claims, pack.phases, pack.context.notes]) {
      const ids = items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('resolves every reference', () => {
    const events = new Set(pack.events.map((e) => e.id));
    const claims = new Set(pack.claims.map((c) => c.id));
    const phases = new Set(pack.phases.map((p) => p.id));
    for (const c of pack.claims) {
      expect(events, c.id).toContain(c.event);
      expect(entity.has(c.claimant), c.id).toBe(true);
      if (c.supersededBy) expect(claims, c.id).toContain(c.supersededBy);
    }
    for (const e of pack.events) {
      expect(phases, e.id).toContain(e.phase);
      for (const place of e.places) expect(entity.has(place), `${e.id} → ${place}`).toBe(true);
    }
    for (const e of pack.entities) {
      if (e.speaksFor) expect(entity.has(e.speaksFor), e.id).toBe(true);
      for (const n of e.names) for (const id of n.strongWith ?? []) expect(entity.has(id), `${e.id}: ${n.text}`).toBe(true);
    }
    for (const x of pack.context.crossings) expect(entity.get(x.entity)?.kind).toBe('crossing');
    for (const r of pack.aliasRules ?? []) expect(entity.has(r.prefer)).toBe(true);
  });

  it('gives every claim a claimant with a side, a date in the window and sources with outlet and http(s) URL', () => {
    for (const c of pack.claims) {
      expect(sideOf(c), c.id).toBeDefined();
      expect(entity.get(c.claimant)?.shortName, c.id).toBeTruthy();
      expect(c.date >= pack.meta.window.start && c.date <= pack.meta.released, c.id).toBe(true);
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const s of c.sources) {
        expect(s.outlet.trim(), c.id).not.toBe('');
        expect(s.url, c.id).toMatch(/^https?:\/\/[^/\s]+/);
      }
    }
  });

  it('words every claim as attributed, and states its figure in the text', () => {
    for (const c of pack.claims) {
      expect(c.text, c.id).toMatch(/\b(says?|reports?|writes|denies|calls|condemns)\b/);
      if (!c.figure) continue;
      const values = c.figure.qualifier === 'range' ? [c.figure.min!, c.figure.max!] : [c.figure.value!];
      for (const v of values) expect(c.text, c.id).toContain(v.toLocaleString('en-US'));
    }
  });

  it('marks the claimants the card needs', () => {
    expect(entity.get('islamic-emirate')).toMatchObject({ side: 'afghanistan', shortName: 'Islamic Emirate' });
    expect(entity.get('zabihullah-mujahid')).toMatchObject({ side: 'afghanistan', speaksFor: 'islamic-emirate' });
    expect(entity.get('ispr')).toMatchObject({ side: 'pakistan', shortName: 'ISPR' });
    expect(entity.get('pakistan-government')).toMatchObject({ side: 'pakistan', shortName: 'Pakistan government' });
    expect(entity.get('unama')).toMatchObject({ side: 'independent', shortName: 'UNAMA' });
  });

  it('names claimants, not verdicts: no short name carries a noun of its own or a loaded name', () => {
    for (const e of pack.entities) {
      if (e.shortName === undefined) continue;
      // The UI adds the one noun ("claim"); a short name that brings "figure" or "report" would break the symmetry.
      expect(e.shortName, e.id).not.toMatch(/\b(claims?|figures?|reports?|statements?)\b/i);
      expect(e.shortName, e.id).not.toMatch(/taliban/i);
    }
    // A spokesman carries the short name of the body he speaks for.
    for (const e of pack.entities)
      if (e.side && e.kind === 'official' && e.speaksFor && entity.get(e.speaksFor)?.shortName)
        expect(e.shortName, e.id).toBe(entity.get(e.speaksFor)!.shortName);
  });

  it('records a check for every claim, and gives every figure the days it counts', () => {
    for (const c of pack.claims) {
      expect(c.verification, c.id).toBeDefined();
      if (c.figure) expect(c.period, c.id).toBeDefined();
    }
  });

  it('keeps topic names strong and everyday names weak', () => {
    const strength = (id: string, text: string) => entity.get(id)?.names.find((n) => n.text === text);
    for (const [id, text] of [
      ['durand-line', 'Durand Line'],
      ['torkham', 'Torkham'],
      ['chaman-crossing', 'Bab-e-Dosti'],
      ['spin-boldak', 'Spin Boldak'],
      ['operation-ghazab-lil-haq', 'Ghazab lil-Haq'],
      ['islamic-emirate', 'Afghan Taliban regime'],
    ]) {
      expect(strength(id!, text!)?.strength, text).toBe('strong');
    }
    for (const [id, text] of [
      ['taliban', 'Taliban'],
      ['kabul', 'Kabul'],
      ['pakistan', 'Pakistan'],
      ['mohsin-naqvi', 'Mohsin Naqvi'],
      ['ttp', 'TTP'],
      ['qatar', 'Qatar'],
    ]) {
      expect(strength(id!, text!)?.strength, text).toBe('weak');
    }
    // ISPR on its own is ordinary Pakistani news; next to an Afghan entity it is this conflict.
    expect(strength('ispr', 'ISPR')).toMatchObject({
      strength: 'weak',
      strongWith: expect.arrayContaining(['afghanistan', 'islamic-emirate']),
    });
    // The Emirate's spokesman also speaks on girls' schools and aid: strong only next to the Pakistani side.
    expect(strength('zabihullah-mujahid', 'Zabihullah Mujahid')).toMatchObject({
      strength: 'weak',
      strongWith: expect.arrayContaining(['pakistan', 'ispr', 'durand-line']),
    });
  });
});

describe('bundled pack: balance', () => {
  it('has a claim from each side on every event marked as a disagreement', () => {
    const disputed = pack.events.filter((e) => e.disagreement);
    expect(disputed.length).toBeGreaterThanOrEqual(8);
    for (const e of disputed) {
      const sides = new Set(claimsOf(e.id).map(sideOf));
      expect(sides, e.id).toContain('afghanistan');
      expect(sides, e.id).toContain('pakistan');
    }
  });

  it('11/12 Oct: the Islamic Emirate says 58 soldiers killed, ISPR says 23', () => {
    expect(find('oct12-border-clashes', 'afghanistan', figure('killed', 'pakistani-soldiers', 58))).toHaveLength(1);
    expect(find('oct12-border-clashes', 'pakistan', figure('killed', 'pakistani-soldiers', 23))).toHaveLength(1);
    expect(find('oct12-border-clashes', 'afghanistan', figure('wounded', 'pakistani-soldiers', 30))).toHaveLength(1);
    expect(find('oct12-border-clashes', 'pakistan', figure('wounded', 'pakistani-soldiers', 29))).toHaveLength(1);
  });

  it('11/12 Oct: 9 Afghan fighters killed per Kabul, more than 200 per ISPR', () => {
    expect(find('oct12-border-clashes', 'afghanistan', figure('killed', 'afghan-forces', 9))).toHaveLength(1);
    expect(find('oct12-border-clashes', 'pakistan', figure('killed', 'taliban-and-ttp', 200, 'over'))).toHaveLength(1);
  });

  it('11/12 Oct: 25 posts captured per Kabul, 21 per ISPR', () => {
    expect(find('oct12-border-clashes', 'afghanistan', figure('posts-captured', 'pakistani-posts', 25))).toHaveLength(1);
    expect(find('oct12-border-clashes', 'pakistan', figure('posts-captured', 'afghan-posts', 21))).toHaveLength(1);
  });

  it('15 Oct Spin Boldak: more than 12 civilians (Kabul), 15–20 fighters (ISPR), 17 and 346 (UNAMA)', () => {
    const e = 'oct15-spin-boldak-clash';
    expect(find(e, 'afghanistan', figure('killed', 'afghan-civilians', 12, 'over'))).toHaveLength(1);
    expect(find(e, 'pakistan', (c) => c.figure?.qualifier === 'range' && c.figure.min === 15 && c.figure.max === 20)).toHaveLength(1);
    expect(find(e, 'independent', figure('killed', 'afghan-civilians', 17, 'at-least'))).toHaveLength(1);
    expect(find(e, 'independent', figure('wounded', 'afghan-civilians', 346))).toHaveLength(1);
  });

  it('17 Oct Paktika: 8 killed per the Afghan cricket board, at least 70 militants per Pakistan', () => {
    expect(find('oct17-paktika-strikes', 'afghanistan', figure('killed', 'afghan-civilians', 8))).toHaveLength(1);
    expect(find('oct17-paktika-strikes', 'pakistan', figure('killed', 'militants', 70, 'at-least'))).toHaveLength(1);
  });

  it('25 Nov Khost: 10 civilians killed per Kabul, denied by ISPR', () => {
    expect(find('nov25-khost-strike', 'afghanistan', figure('killed', 'afghan-civilians', 10))).toHaveLength(1);
    expect(find('nov25-khost-strike', 'pakistan', (c) => c.kind === 'denial')).toHaveLength(1);
  });

  it('Feb–Mar 2026: Pakistan says 641 killed; Fitrat gives the Afghan side’s count', () => {
    const e = 'feb27-operation-ghazab-lil-haq';
    expect(find(e, 'pakistan', figure('killed', 'afghan-forces', 641))).toHaveLength(1);
    const fitrat = find(e, 'afghanistan', (c) => c.claimant === 'hamdullah-fitrat' && c.figure?.unit === 'killed');
    expect(fitrat.map((c) => `${c.subject}:${c.figure?.value}`).sort()).toEqual([
      'afghan-civilians:52',
      'afghan-forces:13',
      'pakistani-civilians:1',
      'pakistani-soldiers:12',
    ]);
  });

  it('16 Mar Kabul clinic: 408 killed per Kabul, denied by Pakistan', () => {
    expect(find('mar16-kabul-clinic-strike', 'afghanistan', figure('killed', 'people', 408))).toHaveLength(1);
    expect(find('mar16-kabul-clinic-strike', 'pakistan', (c) => c.kind === 'denial')).toHaveLength(1);
  });

  it('chains running tallies with supersededBy and leaves the latest unsuperseded', () => {
    const byId = new Map(pack.claims.map((c) => [c.id, c]));
    let claim = byId.get('feb27-tarar-afghan-forces-killed-36');
    const values: number[] = [];
    while (claim) {
      values.push(claim.figure!.value!);
      claim = claim.supersededBy ? byId.get(claim.supersededBy) : undefined;
    }
    expect(values).toEqual([36, 133, 297, 352, 415, 435, 481, 583, 641]);
    expect(byId.get('oct12-iea-pak-soldiers-killed-15')?.supersededBy).toBe('oct12-iea-pak-soldiers-killed-58');
  });
});

describe('bundled pack: the seed story', () => {
  it('covers every item the original story names', () => {
    const claimIds = new Set(pack.claims.map((c) => c.id));
    for (const id of [
      'oct12-iea-pak-soldiers-killed-58',
      'oct12-iea-pak-soldiers-wounded-30',
      'oct12-iea-posts-captured-25',
      'oct12-ispr-pak-soldiers-killed-23',
      'oct12-ispr-taliban-killed-200',
      'oct12-naqvi-condemns-unprovoked-firing',
      'oct12-saudi-urges-restraint',
      'oct12-qatar-urges-restraint',
      'oct27-transporters-trucks-stranded-4000-5000',
    ]) {
      expect(claimIds, id).toContain(id);
    }
    const events = new Map(pack.events.map((e) => [e.id, e]));
    expect(events.get('oct09-kabul-strikes')?.places).toContain('kabul');
    expect(events.get('oct10-paktika-market-strike')?.places).toContain('paktika');
    expect(events.get('oct12-crossings-closed')?.places).toEqual(expect.arrayContaining(['torkham', 'chaman-crossing']));
    const status = (id: string) => pack.context.crossings.find((x) => x.entity === id)?.status.find((s) => s.from === '2025-10-12')?.status;
    expect(status('torkham')).toBe('closed');
    expect(status('chaman-crossing')).toBe('closed');
  });

  it('gives the Durand Line length as a spread, not one number', () => {
    const note = pack.context.notes.find((n) => n.id === 'durand-line-length');
    expect(note?.text).toMatch(/2,600/);
    expect(note?.text).toMatch(/2,430/);
    expect(note?.text).toMatch(/2,670/);
  });
});

describe('bundled pack: the 1.1 re-verification', () => {
  const byId = new Map(pack.claims.map((c) => [c.id, c]));
  const claim = (id: string) => {
    const c = byId.get(id);
    if (!c) throw new Error(`no claim ${id}`);
    return c;
  };

  it('says how far the data reaches, apart from when it was released', () => {
    expect(pack.meta.coverage).toEqual({ start: '2025-10-01', end: '2026-04-07' });
    expect(pack.meta.released).toBe('2026-12-05');
  });

  it('keeps UNAMA’s 35 / 422 as a nationwide count for 15 October, not a Spin Boldak figure replacing 17 / 346', () => {
    for (const id of ['feb08-unama-spin-boldak-civilians-killed-35', 'feb08-unama-spin-boldak-civilians-wounded-422']) {
      expect(claim(id)).toMatchObject({
        event: 'q4-2025-civilian-harm',
        area: 'afghanistan',
        period: { start: '2025-10-15', end: '2025-10-15' },
        figure: { qualifier: 'at-least' },
      });
    }
    for (const id of ['oct16-unama-spin-boldak-civilians-killed-17', 'oct16-unama-spin-boldak-civilians-wounded-346']) {
      expect(claim(id)).toMatchObject({ event: 'oct15-spin-boldak-clash', figure: { qualifier: 'at-least' } });
      expect(claim(id).supersededBy).toBeUndefined();
    }
  });

  it('gives UN and UNAMA casualty counts as floors where the UN wrote "at least"', () => {
    for (const id of [
      'oct16-unama-afghan-civilians-killed-1',
      'oct16-unama-afghan-civilians-wounded-15',
      'feb08-unama-q4-civilians-killed-70',
      'feb24-unama-nangarhar-civilians-killed-13',
      'mar03-un-afghan-civilians-killed-34',
      'mar03-un-afghan-civilians-killed-42',
      'mar06-unama-afghan-civilians-killed-56',
      'mar17-un-afghan-civilians-killed-76',
      'nov26-unama-khost-kunar-civilians-killed-10',
    ])
      expect(claim(id).figure?.qualifier, id).toBe('at-least');
  });

  it('puts a figure in the column of whoever gave it, not of the outlet that relayed it', () => {
    // No news organisation is a claimant of a figure in the independent column.
    const media = new Set(pack.entities.filter((e) => e.kind === 'media').map((e) => e.id));
    expect(pack.claims.filter((c) => c.figure && media.has(c.claimant) && sideOf(c) === 'independent').map((c) => c.id)).toEqual([]);
    expect(sideOf(claim('oct17-reuters-mir-ali-pak-soldiers-killed-7'))).toBe('pakistan');
    expect(claim('oct18-tolo-paktika-killed-17').claimant).toBe('afghan-local-officials');
  });

  it('shows no civilian count beside one night’s military deaths on 11–12 October', () => {
    expect(find('oct12-border-clashes', 'independent', (c) => c.figure !== undefined)).toEqual([]);
    expect(claim('oct16-unama-afghan-civilians-killed-1')).toMatchObject({
      event: 'q4-2025-civilian-harm',
      period: { start: '2025-10-10' },
    });
  });

  it('adds the missing counts: DG ISPR on 27 February, UNAMA on Khost, Kabul’s civilian tally in March', () => {
    // Beside Kabul's 55 for the same night, instead of the minister's early 2.
    expect(find('feb26-afghan-offensive', 'pakistan', figure('killed', 'pakistani-soldiers', 12))).toHaveLength(1);
    // Fitrat's "up to 55" of the 26th and the defence ministry's own 55 of the 27th (1.2.7).
    expect(find('feb26-afghan-offensive', 'afghanistan', figure('killed', 'pakistani-soldiers', 55))).toHaveLength(2);
    expect(claim('nov26-unama-khost-kunar-civilians-killed-10')).toMatchObject({ event: 'nov25-khost-strike', claimant: 'unama' });
    expect(claim('mar03-fitrat-afghan-civilians-killed-110')).toMatchObject({ event: 'q1-2026-civilian-harm', area: 'afghanistan' });
    for (const id of ['nov26-unama-khost-kunar-civilians-killed-10', 'mar03-fitrat-afghan-civilians-killed-110'])
      expect(claim(id).verification.status).toBe('added');
  });

  it('records, for every corrected claim, what changed and why', () => {
    const corrected = pack.claims.filter((c) => c.verification.status === 'corrected');
    expect(corrected.length).toBeGreaterThan(20);
    for (const c of corrected) {
      expect(c.verification.changes.length, c.id).toBeGreaterThan(0);
      for (const change of c.verification.changes) expect(change.why.length, c.id).toBeGreaterThan(10);
    }
  });
});
