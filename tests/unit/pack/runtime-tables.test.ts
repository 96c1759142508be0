import { describe, expect, it } from 'vitest';
import { runtimePack } from '@/lib/pack/bundled-runtime';
import { runtimeTables } from '@/lib/pack/bundled-tables';
import { gatePack } from '@/lib/pack/bundled-gate';
import { gatePackOf } from '@/lib/pack/compile';
import { joinRuntime, tablesOf } from '@/lib/pack/runtime-tables';

describe('the runtime pack in two halves', () => {
  it('joins the gate shipped in the content script and the tables shipped in annotate.js back into the compiled pack', () => {
    expect(joinRuntime(gatePackOf(runtimePack), tablesOf(runtimePack))).toEqual(runtimePack);
    // The shipped halves: the compact gate as the content script unpacks it, and the tables file.
    expect(joinRuntime(gatePack, runtimeTables)).toEqual(runtimePack);
    expect(Object.keys(runtimeTables)).not.toContain('pattern');
  });

  it("ships no index of the claims in annotate.js's tables: the join derives them, the same as the compiler's", () => {
    for (const key of ['claimsByValue', 'claimsByEntity', 'claimants']) expect(Object.keys(runtimeTables)).not.toContain(key);
    // Nor the pack's meta beyond its name, nor the entities' ids and parties: the gate's half holds them.
    expect(runtimeTables.meta).toEqual({ id: gatePack.meta.id, version: gatePack.meta.version });
    expect(runtimeTables.entities.some((e) => 'id' in e || 'party' in e)).toBe(false);
    expect(() => joinRuntime({ ...gatePack, entities: gatePack.entities.slice(1) }, runtimeTables)).toThrow(/does not match its tables/);
    const joined = joinRuntime(gatePack, runtimeTables);
    const tarar = joined.claims.findIndex((c) => c.id === 'mar01-tarar-afghan-forces-killed-415');
    expect(joined.claimsByValue['415']).toContain(tarar);
    expect(joined.claimsByEntity['attaullah-tarar']).toContain(tarar);
    // A spokesman's claims are his side's too; a claim is found by the places of its event.
    const mujahid = joined.claims.findIndex((c) => c.claimantId === 'zabihullah-mujahid');
    expect(joined.claimsByEntity['islamic-emirate']).toContain(mujahid);
    expect(joined.claimants['attaullah-tarar']).toEqual({ label: expect.any(String), side: 'pakistan' });
  });

  it('refuses a gate of another pack or version (an imported pack the page was gated with)', () => {
    const other = { ...gatePack, meta: { ...gatePack.meta, version: '9.0.0' } };
    expect(() => joinRuntime(other, runtimeTables)).toThrow(/gated with afpak-2025-26@9\.0\.0/);
  });
});
