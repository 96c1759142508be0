import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeVerification } from '../../../lib/pack/merge-verification';
import { validatePack } from '../../../lib/pack/validate';
import type { Pack } from '../../../lib/pack/schema';

const volcano = (): Pack => JSON.parse(readFileSync(new URL('../../fixtures/packs/tiny-volcano.json', import.meta.url), 'utf8'));
const checked = (status: string, extra: Record<string, unknown> = {}) => ({
  checked: '2026-06-01',
  status,
  sources: { value: ['https://example.com/news/lumen-council-40'] },
  changes: [],
  ...extra,
});

describe('mergeVerification', () => {
  it('sets figure fields, replaces the verification and keeps the claim id', () => {
    const result = mergeVerification(volcano(), [
      {
        claimId: 'may13-council-killed-40',
        verification: checked('corrected', { changes: [{ field: 'qualifier', from: 'over', to: 'about', why: 'The page says about.' }] }),
        set: { qualifier: 'about', 'figure.value': 40 },
        drop: null,
      },
    ]);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const claim = result.pack.claims.find((c) => c.id === 'may13-council-killed-40')!;
    expect(claim.figure).toEqual({ value: 40, qualifier: 'about', unit: 'killed' });
    expect(claim.verification.status).toBe('corrected');
    expect(result).toMatchObject({ applied: 1, added: 0, dropped: 0 });
    expect(validatePack(result.pack)).toMatchObject({ ok: true });
  });

  it('takes a period given beside set, and deletes a field set to null', () => {
    const pack = volcano();
    pack.claims[0]!.supersededBy = 'may13-council-killed-40';
    const result = mergeVerification(pack, [
      {
        claimId: 'may13-civil-defence-killed-12',
        verification: checked('confirmed', { sources: { value: ['https://example.org/keldur/civil-defence-12'] } }),
        period: { start: '2026-05-12', end: '2026-05-12' },
        set: { supersededBy: null },
      },
    ]);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.pack.claims[0]!.supersededBy).toBeUndefined();
    expect(result.pack.claims[0]!.period).toEqual({ start: '2026-05-12', end: '2026-05-12' });
  });

  it('drops a claim and re-links whatever pointed at it to what it pointed at', () => {
    const pack = volcano();
    pack.claims[0]!.supersededBy = 'may13-civil-defence-wounded-30';
    pack.claims[1]!.supersededBy = 'may15-relief-killed-27';
    const result = mergeVerification(pack, [{ claimId: 'may13-civil-defence-wounded-30', drop: 'No source shows it.' }]);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.pack.claims.map((c) => c.id)).not.toContain('may13-civil-defence-wounded-30');
    expect(result.pack.claims[0]!.supersededBy).toBe('may15-relief-killed-27');
    expect(result.dropped).toBe(1);
  });

  it('adds new claims, and refuses one that reuses an id', () => {
    const added = { ...volcano().claims[2]!, id: 'may14-council-killed-41' };
    const ok = mergeVerification(volcano(), [{ add: added }]);
    expect(ok).toMatchObject({ ok: true, added: 1 });
    const clash = mergeVerification(volcano(), [{ add: volcano().claims[2]! }]);
    expect(clash).toEqual({
      ok: false,
      problems: ['$[0].add.id: a claim "may13-council-killed-40" already exists; new claims get new ids'],
    });
  });

  it('reports unknown claims, a missing verification and input that is not an array', () => {
    expect(mergeVerification(volcano(), [{ claimId: 'nope', verification: checked('confirmed') }])).toEqual({
      ok: false,
      problems: ['$[0].claimId: unknown claim "nope"'],
    });
    expect(mergeVerification(volcano(), [{ claimId: 'may13-council-killed-40', set: null }])).toEqual({
      ok: false,
      problems: ['$[0].verification: is required'],
    });
    expect(mergeVerification(volcano(), {})).toEqual({ ok: false, problems: ['$: must be an array of entries'] });
  });

  it('does not change the pack it was given', () => {
    const pack = volcano();
    const before = JSON.stringify(pack);
    mergeVerification(pack, [{ claimId: 'may13-council-killed-40', verification: checked('confirmed'), set: { value: 99 } }]);
    expect(JSON.stringify(pack)).toBe(before);
  });
});
