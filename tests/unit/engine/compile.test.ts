import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../lib/pack/validate';
import { aliasKey, ANCHOR, buildPattern, compilePack, gatePackOf } from '../../../lib/pack/compile';
import { findMentions, prepareText } from '../../../lib/engine/mentions';
import { findFigureCandidates } from '../../../lib/engine/figures';
import { gatePage } from '../../../lib/engine/gate';
import { MINI_PACK } from './mini-pack';

describe('compilePack', () => {
  const rt = compilePack(MINI_PACK);

  it('is plain JSON: a round trip through JSON changes nothing', () => {
    expect(JSON.parse(JSON.stringify(rt))).toEqual(rt);
  });

  it('keys aliases by normalised text with spaces and hyphens collapsed', () => {
    expect(aliasKey('Inter-Services  Public Relations')).toBe('inter services public relations');
    const idx = rt.aliasIndex['inter services public relations']!;
    expect(rt.entities[rt.aliases[idx]!.entity]!.id).toBe('ispr');
    expect(rt.aliases[idx]!.strongWith?.map((e) => rt.entities[e]!.id)).toEqual(['afghanistan']);
    expect(rt.aliases[rt.aliasIndex['طورخم']!]!.script).toBe('arabic');
    expect(rt.aliases[rt.aliasIndex['iea']!]!.exact).toBe('IEA');
  });

  it('lists shorter aliases that prefix a longer one, longest first', () => {
    const line = rt.aliases[rt.aliasIndex['durand line']!]!;
    expect(line.prefixes?.map((p) => rt.aliases[p]!.key)).toEqual(['durand']);
  });

  it('indexes claims by every value they carry and by claimant, speaker and event place', () => {
    const ids = (list: number[] | undefined) => (list ?? []).map((i) => rt.claims[i]!.id).sort();
    expect(ids(rt.claimsByValue['58'])).toEqual(['c-58']);
    expect(ids(rt.claimsByValue['15'])).toEqual(['c-15-20', 'c-15-early']);
    expect(ids(rt.claimsByValue['20'])).toEqual(['c-15-20']);
    expect(ids(rt.claimsByEntity['iea'])).toContain('c-58'); // Mujahid speaks for the IEA
    expect(ids(rt.claimsByEntity['kunar'])).toEqual(['c-17-iea', 'c-17-unama', 'c-4-kunar', 'c-40-later', 'c-80-exact', 'c-9-kunar']);
    const c58 = rt.claims.find((c) => c.id === 'c-58')!;
    expect(c58).toMatchObject({ side: 'afghanistan', value: 58, unit: 'killed', subject: 'pakistani-soldiers' });
    expect(rt.claims.find((c) => c.id === 'c-15-early')!.superseded).toBe(true);
    expect(rt.claimants['ispr']).toEqual({ label: 'ISPR', side: 'pakistan' });
    expect(rt.claimants['mujahid']!.label).toBe('Islamic Emirate'); // from the body it speaks for
  });

  it('builds one trie pattern in which longer aliases win', () => {
    const source = buildPattern(['pak', 'pakistan', 'paktika', 'kabul river', 'kabul']);
    expect(source).toBe('(?:kabul(?:[\\s\\-]+river|)|pak(?:istan|tika|))');
    const re = new RegExp(source, 'gu');
    expect('in pakistan, kabul  river'.match(re)).toEqual(['pakistan', 'kabul  river']);
    expect(new RegExp(rt.pattern, 'gu').test('the durand line')).toBe(true);
  });

  it('escapes regex syntax in aliases', () => {
    const re = new RegExp(buildPattern(['u.n.', 'a+b (x)']), 'gu');
    expect('u.n. and a+b (x)'.match(re)).toEqual(['u.n.', 'a+b (x)']);
    expect('unx'.match(re)).toBeNull();
  });

  it('gives the gate a subset without claims that decides the same', () => {
    const gp = gatePackOf(rt);
    expect(Object.keys(gp).sort()).toEqual(['aliasIndex', 'aliases', 'entities', 'format', 'meta', 'pattern']);
    // Size is measured on the pack that ships: a mini pack is mostly the figure verbs that every pack's pattern carries.
    const bundledFile = path.resolve(import.meta.dirname, '../../../data/afpak-2025-26.json');
    const bundled = validatePack(JSON.parse(readFileSync(bundledFile, 'utf8')), bundledFile);
    if (!bundled.ok) throw new Error('the bundled pack does not validate');
    const shipped = compilePack(bundled.pack);
    expect(JSON.stringify(gatePackOf(shipped)).length).toBeLessThan(JSON.stringify(shipped).length / 2);
    const blocks = [{ text: 'Fighting at Torkham on the Durand Line, Zabihullah Mujahid said.', kind: 'body' as const }];
    const full = gatePage(blocks, {}, rt);
    const subset = gatePage(blocks, {}, gp);
    expect(subset.gate).toEqual(full.gate);
    expect(subset.gate.relevant).toBe(true);
  });

  it('carries the figure verbs in the same pattern, so the figure reader needs no pass of its own', () => {
    expect(rt.aliasIndex['killed']).toBe(ANCHOR);
    expect(rt.aliasIndex[aliasKey('ہلاک')]).toBe(ANCHOR);
    const prepared = prepareText([
      { text: 'Zabihullah Mujahid said 58 Pakistani soldiers were killed and 30 wounded at Torkham.', kind: 'body' },
    ]);
    const mentions = findMentions(rt, prepared);
    expect(mentions.map((m) => m.entityId)).toEqual(['mujahid', 'pakistan', 'torkham']);
    const t = prepared.norm.text;
    expect(prepared.anchors!.map((a, i) => (i % 2 ? '' : t.slice(a, prepared.anchors![i + 1])))).toContain('killed');
    expect(findFigureCandidates(t, prepared.anchors)).toEqual(findFigureCandidates(t));
    expect(findFigureCandidates(t, prepared.anchors).map((c) => c.value)).toEqual([58, 30]);
  });
});
