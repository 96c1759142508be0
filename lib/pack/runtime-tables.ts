/**
 * A runtime pack in two halves: the gate's (aliases, the pattern, the gate's vocabulary: in the content script that
 * runs on every page) and the tables (claims and their indexes: in annotate.js). Joined in the page, they are the
 * pack `compilePack` wrote; `joinRuntime(gatePackOf(p), tablesOf(p))` equals `p` (tests/unit/pack/runtime-tables.test.ts).
 */
import type { GatePack, RuntimeClaim, RuntimeEntity, RuntimePack, RuntimeTables, ShippedClaim } from './runtime-types';
import { claimIndexes } from './claim-indexes';

export function tablesOf(pack: RuntimePack): RuntimeTables {
  // The claims' indexes and the claimants' labels are derived again at the join (lib/pack/claim-indexes.ts).
  const {
    aliases: _a,
    aliasIndex: _i,
    pattern: _p,
    gate: _g,
    claims,
    claimsByValue: _v,
    claimsByEntity: _e,
    claimants: _c,
    ...tables
  } = pack;
  return {
    ...tables,
    // Of the pack's meta only what names it: the rest is the gate's half's, as are the entities' ids and parties.
    meta: { id: tables.meta.id, version: tables.meta.version },
    // The entities' ids and parties are the gate's half's (the same pack, in the same order): joined again at load.
    entities: tables.entities.map(({ id: _id, party: _party, ...entity }) => entity),
    claims: claims.map(({ event, claimantId: _c, side: _s, ...claim }): ShippedClaim =>
      claim.eventIndex >= 0 ? claim : { ...claim, event },
    ),
  };
}

/** The claim as compiled: its event's and claimant's ids, and the side of the claimant (or of the one it speaks for). */
function fullClaim(tables: RuntimeTables, entities: readonly RuntimeEntity[], claim: ShippedClaim): RuntimeClaim {
  const claimant = entities[claim.claimant]!;
  const side = claimant.side ?? (claimant.speaksFor !== undefined ? entities[claimant.speaksFor]!.side : undefined);
  return {
    ...claim,
    event: claim.event ?? tables.events[claim.eventIndex]!.id,
    claimantId: claimant.id,
    ...(side ? { side } : {}),
  };
}

/** The gate's half must be of the same pack and version as the tables: a page gated with another pack is refused. */
export function joinRuntime(gate: GatePack, tables: RuntimeTables): RuntimePack {
  if (gate.meta.id !== tables.meta.id || gate.meta.version !== tables.meta.version)
    throw new Error(
      `ClaimLens: the page was gated with ${gate.meta.id}@${gate.meta.version}, not ${tables.meta.id}@${tables.meta.version}`,
    );
  if (gate.entities.length !== tables.entities.length)
    throw new Error(`ClaimLens: the gate's half of ${gate.meta.id}@${gate.meta.version} does not match its tables`);
  const { aliases, aliasIndex, pattern } = gate;
  const entities: RuntimeEntity[] = tables.entities.map((entity, i) => ({ ...gate.entities[i]!, ...entity }));
  const claims = tables.claims.map((c) => fullClaim(tables, entities, c));
  // Tables stored by an earlier version may still carry these: the derived ones, spread after, win.
  return {
    ...tables,
    meta: gate.meta,
    entities,
    claims,
    ...claimIndexes(claims, entities, tables.events),
    aliases,
    aliasIndex,
    pattern,
    ...(gate.gate ? { gate: gate.gate } : {}),
  };
}
