import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../lib/pack/compile';
import { validatePack } from '../../../lib/pack/validate';

const json: unknown = JSON.parse(readFileSync(new URL('../../fixtures/packs/tiny-volcano.json', import.meta.url), 'utf8'));

describe('a pack on another topic', () => {
  it('validates and compiles with nothing about the border conflict in it', () => {
    const result = validatePack(json, 'tiny-volcano.json');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const compiled = compilePack(result.pack);
    expect(compiled.meta.id).toBe('tiny-volcano');
    expect(compiled.claims.map((c) => c.side)).toEqual([
      'afghanistan',
      'afghanistan',
      'pakistan',
      'independent',
      'pakistan',
      'afghanistan',
    ]);
    expect(Object.keys(compiled.aliasIndex)).toEqual(expect.arrayContaining(['mount keldur', 'keldur']));
  });

  it('has two competing claimants and one independent on its disputed event', () => {
    const pack = json as { entities: { id: string; side?: string }[]; claims: { event: string; claimant: string }[] };
    const side = new Map(pack.entities.map((e) => [e.id, e.side]));
    const sides = pack.claims.filter((c) => c.event === 'may12-eruption').map((c) => side.get(c.claimant));
    expect(new Set(sides)).toEqual(new Set(['afghanistan', 'pakistan', 'independent']));
  });
});
