/** The gate pack's shipped form (lib/pack/gate-format.ts) loses nothing the gate reads. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack, gatePackOf } from '../../../lib/pack/compile';
import { keysOf, packGate, unpackGate } from '../../../lib/pack/gate-format';
import { buildPattern } from '../../../lib/text/pattern';
import { gatePack } from '../../../lib/pack/bundled-gate';
import type { Pack } from '../../../lib/pack/schema';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const pack = JSON.parse(readFileSync(path.join(ROOT, 'data/afpak-2025-26.json'), 'utf8')) as Pack;

describe('compact gate pack', () => {
  const gate = gatePackOf(compilePack(pack));

  it('unpacks to exactly the gate pack it was made from', () => {
    expect(unpackGate(JSON.parse(JSON.stringify(packGate(gate))))).toEqual(gate);
  });

  it('is what the content script bundles (after npm run data -- compile)', () => {
    expect(gatePack).toEqual(gate);
  });

  it('is smaller than the object form', () => {
    expect(JSON.stringify(packGate(gate)).length).toBeLessThan(JSON.stringify(gate).length * 0.7);
  });

  it('refuses a gate pack whose key table holds a key that is not an alias or a figure verb', () => {
    expect(() => packGate({ ...gate, aliasIndex: { ...gate.aliasIndex, 'not an alias': 3 } })).toThrow(/aliasIndex/);
  });
});

describe('keysOf', () => {
  it('reads back exactly the keys a pattern was built from, escaped characters and separators included', () => {
    const keys = ['pak afghan border', 'pakistan', 'pak', 'a.b', 'c+d', 'طورخم', 'طور', 'x(y)'];
    expect(keysOf(buildPattern(keys)).sort()).toEqual([...keys].sort());
  });

  it('reads the shipped pack’s keys back from its pattern', () => {
    const runtime = compilePack(pack);
    expect(keysOf(runtime.pattern).sort()).toEqual(Object.keys(runtime.aliasIndex).sort());
  });
});
