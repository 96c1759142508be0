/**
 * Importing a data pack: valid, invalid in each way (refused whole, with the JSON path), the preview diff, the
 * one-write apply, the newer-bundled rule, and the revert.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  activeGate,
  applyImport,
  checkPackText,
  choosePack,
  compareVersions,
  diffPacks,
  IMPORTED_GATE_KEY,
  IMPORTED_PACK_KEY,
  readActiveImport,
  readImportedInfo,
  removeImport,
  type StorageArea,
} from '@/lib/pack/import';
import { compilePack, gatePackOf } from '@/lib/pack/compile';
import type { Pack } from '@/lib/pack/schema';

const root = path.resolve(import.meta.dirname, '../../..');
const bundledText = readFileSync(path.join(root, 'data/afpak-2025-26.json'), 'utf8');
const bundled = () => JSON.parse(bundledText) as Pack;

/** The bundled pack, one version up, with one extra claim on the night of 11–12 October. */
function withExtraClaim(): Pack {
  const pack = bundled();
  pack.meta.version = '1.3.0';
  const base = pack.claims.find((c) => c.id === 'oct12-ispr-pak-soldiers-killed-23')!;
  pack.claims.push({
    ...base,
    id: 'oct12-test-extra-claim',
    figure: { value: 24, qualifier: 'exact', unit: 'killed' },
    text: 'ISPR says 24 soldiers were killed (a test claim).',
  });
  return pack;
}

function memoryArea(): StorageArea & { data: Record<string, unknown>; sets: number } {
  const area = {
    data: {} as Record<string, unknown>,
    sets: 0,
    async get(keys: string | string[]) {
      const out: Record<string, unknown> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) if (k in area.data) out[k] = structuredClone(area.data[k]);
      return out;
    },
    async set(items: Record<string, unknown>) {
      area.sets++;
      Object.assign(area.data, structuredClone(items));
    },
    async remove(keys: string | string[]) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete area.data[k];
    },
  };
  return area;
}

describe('checking a pack file', () => {
  it('accepts a valid pack (the bundled one, as `npm run data -- pack` writes it)', () => {
    const result = checkPackText(JSON.stringify(withExtraClaim()));
    expect(result.ok).toBe(true);
  });

  const invalid: [string, (p: Pack) => void, RegExp, RegExp][] = [
    ['a missing field', (p) => delete (p.claims[3] as Partial<Pack['claims'][number]>).subject, /^\$\.claims\[3\]\.subject$/, /required/],
    ['a wrong type', (p) => ((p.claims[0]!.figure as { value: unknown }).value = 'many'), /^\$\.claims\[0\]\.figure\.value$/, /number/],
    ['an unknown field', (p) => ((p.events[1] as Record<string, unknown>).colour = 'red'), /^\$\.events\[1\]\.colour$/, /unknown field/],
    ['a bad date', (p) => (p.claims[5]!.date = '2026-02-30'), /^\$\.claims\[5\]\.date$/, /calendar date/],
    ['a dangling reference', (p) => (p.claims[7]!.event = 'no-such-event'), /^\$\.claims\[7\]\.event$/, /unknown event/],
    ['a duplicate id', (p) => (p.claims[9]!.id = p.claims[8]!.id), /^\$\.claims\[9\]\.id$/, /duplicate id/],
    ['a javascript: URL', (p) => (p.claims[4]!.sources[0]!.url = 'javascript:alert(1)'), /^\$\.claims\[4\]\.sources\[0\]\.url$/, /URL/],
  ];
  it.each(invalid)('refuses %s, whole, naming the JSON path', (_name, breakIt, pathRe, messageRe) => {
    const pack = bundled();
    breakIt(pack);
    const result = checkPackText(JSON.stringify(pack));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(
      result.errors.some((e) => pathRe.test(e.path) && messageRe.test(e.message)),
      JSON.stringify(result.errors.slice(0, 3)),
    ).toBe(true);
  });

  it('refuses text that is not JSON, saying where', () => {
    const result = checkPackText('{\n  "meta": {,\n}');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({ path: '$', message: expect.stringMatching(/not valid JSON \(line 2, column \d+\)/) });
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = checkPackText(' '.repeat(8 * 1024 * 1024 + 1));
    expect(result.ok).toBe(false);
  });
});

describe('the preview diff', () => {
  it('lists an added, a corrected and a removed claim under their events, and an added event', () => {
    const next = withExtraClaim();
    const corrected = next.claims.find((c) => c.id === 'oct12-iea-pak-soldiers-killed-58')!;
    corrected.figure = { value: 58, qualifier: 'at-least', unit: 'killed' };
    const removedIndex = next.claims.findIndex((c) => c.id === 'oct16-unama-afghan-civilians-wounded-15');
    const [removed] = next.claims.splice(removedIndex, 1);
    next.events.push({ ...next.events[0]!, id: 'apr-test-event', date: '2026-04-01', endDate: undefined, title: 'A test event' });
    const diff = diffPacks(bundled(), next);
    expect(diff.from.version).toBe(bundled().meta.version);
    expect(diff.to.version).toBe('1.3.0');
    expect(diff.counts).toEqual({
      eventsAdded: 1,
      eventsRemoved: 0,
      eventsCorrected: 0,
      claimsAdded: 1,
      claimsCorrected: 1,
      claimsRemoved: 1,
    });
    const night = diff.events.find((e) => e.id === 'oct12-border-clashes')!;
    expect(night.added.map((c) => c.id)).toEqual(['oct12-test-extra-claim']);
    expect(night.corrected[0]).toMatchObject({
      id: 'oct12-iea-pak-soldiers-killed-58',
      changes: [{ field: 'figure', from: '58 killed', to: 'at-least 58 killed' }],
    });
    expect(diff.events.find((e) => e.id === removed!.event)!.removed.map((c) => c.id)).toEqual([removed!.id]);
    expect(diff.events.find((e) => e.id === 'apr-test-event')!.status).toBe('added');
  });

  it('is empty against itself', () => {
    expect(diffPacks(bundled(), bundled()).events).toEqual([]);
  });
});

describe('which pack is used', () => {
  it('compares versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.1.0', '1.1.0')).toBe(0);
  });
  it('the import, unless a newer bundled version of the same pack has shipped since', () => {
    expect(choosePack({ id: 'a', version: '1.1.0' }, undefined)).toBe('bundled');
    expect(choosePack({ id: 'a', version: '1.1.0' }, { id: 'a', version: '1.2.0' })).toBe('imported');
    expect(choosePack({ id: 'a', version: '1.1.0' }, { id: 'a', version: '1.1.0' })).toBe('imported');
    expect(choosePack({ id: 'a', version: '1.3.0' }, { id: 'a', version: '1.2.0' })).toBe('bundled-newer');
    expect(choosePack({ id: 'a', version: '9.0.0' }, { id: 'b', version: '1.0.0' })).toBe('imported');
  });
});

describe('apply and revert', () => {
  const bundledGate = gatePackOf(compilePack(bundled()));

  it('writes the compiled pack and its gate in one storage write, and stage one and two read them', async () => {
    const area = memoryArea();
    const info = await applyImport(area, withExtraClaim(), '2026-12-03T12:00:00Z');
    expect(area.sets).toBe(1);
    expect(Object.keys(area.data).sort()).toEqual([IMPORTED_PACK_KEY, IMPORTED_GATE_KEY].sort());
    expect(info).toMatchObject({ version: '1.3.0', counts: { claims: bundled().claims.length + 1 } });
    const stored = await readActiveImport(area, bundledGate.meta);
    expect(stored?.runtime.claims.some((c) => c.id === 'oct12-test-extra-claim')).toBe(true);
    expect(activeGate(bundledGate, area.data[IMPORTED_GATE_KEY]).meta.version).toBe('1.3.0');
  });

  it('a newer bundled version wins over the stored import', async () => {
    const area = memoryArea();
    const older = withExtraClaim();
    older.meta.version = '1.0.5';
    await applyImport(area, older);
    expect(await readActiveImport(area, bundledGate.meta)).toBeUndefined();
    expect(activeGate(bundledGate, area.data[IMPORTED_GATE_KEY])).toBe(bundledGate);
    expect((await readImportedInfo(area))?.version).toBe('1.0.5');
  });

  it('removing it returns to the bundled pack', async () => {
    const area = memoryArea();
    await applyImport(area, withExtraClaim());
    await removeImport(area);
    expect(area.data).toEqual({});
    expect(await readActiveImport(area, bundledGate.meta)).toBeUndefined();
    expect(activeGate(bundledGate, undefined)).toBe(bundledGate);
  });
});
