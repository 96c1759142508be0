/**
 * A runtime pack in two halves: the gate's (aliases, the pattern, the gate's vocabulary: in the content script that
 * runs on every page) and the tables (claims and their indexes: in annotate.js). Joined in the page, they are the
 * pack `compilePack` wrote; `joinRuntime(gatePackOf(p), tablesOf(p))` equals `p` (tests/unit/pack/runtime-tables.test.ts).
 */
import type { GatePack, RuntimePack, RuntimeTables } from './runtime-types';

export function tablesOf(pack: RuntimePack): RuntimeTables {
  const { aliases: _a, aliasIndex: _i, pattern: _p, gate: _g, ...tables } = pack;
  return tables;
}

/** The gate's half must be of the same pack and version as the tables: a page gated with another pack is refused. */
export function joinRuntime(gate: GatePack, tables: RuntimeTables): RuntimePack {
  if (gate.meta.id !== tables.meta.id || gate.meta.version !== tables.meta.version)
    throw new Error(
      `ClaimLens: the page was gated with ${gate.meta.id}@${gate.meta.version}, not ${tables.meta.id}@${tables.meta.version}`,
    );
  const { aliases, aliasIndex, pattern } = gate;
  return { ...tables, aliases, aliasIndex, pattern, ...(gate.gate ? { gate: gate.gate } : {}) };
}
