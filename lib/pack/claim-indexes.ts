/**
 * The claims' indexes and the claimants' badge labels, derived from the claims, entities and events. compilePack writes
 * them into the runtime pack; annotate.js does not ship them (they were about 2 KB of its gzip size) and derives them
 * when it joins its tables to the gate's half (lib/pack/runtime-tables.ts), from the same claims in the same order.
 */
import type { RuntimeClaim, RuntimeEntity, RuntimeEvent, RuntimePack } from './runtime-types';

type ClaimForIndex = Pick<RuntimeClaim, 'claimant' | 'eventIndex' | 'value' | 'min' | 'max'>;

export function claimIndexes(
  claims: readonly ClaimForIndex[],
  entities: readonly RuntimeEntity[],
  events: readonly Pick<RuntimeEvent, 'places'>[],
): Pick<RuntimePack, 'claimsByValue' | 'claimsByEntity' | 'claimants'> {
  const claimsByValue: Record<string, number[]> = {};
  const claimsByEntity: Record<string, number[]> = {};
  const claimants: RuntimePack['claimants'] = {};
  const push = (index: Record<string, number[]>, key: string, value: number): void => {
    const list = (index[key] ??= []);
    if (!list.includes(value)) list.push(value);
  };
  claims.forEach((claim, ci) => {
    for (const v of [claim.value, claim.min, claim.max]) if (v !== undefined) push(claimsByValue, String(v), ci);
    const e = entities[claim.claimant]!;
    push(claimsByEntity, e.id, ci);
    if (e.speaksFor !== undefined) push(claimsByEntity, entities[e.speaksFor]!.id, ci);
    const ev = claim.eventIndex >= 0 ? events[claim.eventIndex] : undefined;
    for (const place of ev?.places ?? []) push(claimsByEntity, entities[place]!.id, ci);
    const spoken = e.speaksFor !== undefined ? entities[e.speaksFor] : undefined;
    const side = e.side ?? spoken?.side;
    claimants[e.id] ??= { label: e.shortName ?? spoken?.shortName ?? e.name, ...(side ? { side } : {}) };
  });
  return { claimsByValue, claimsByEntity, claimants };
}
