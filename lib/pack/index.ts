/**
 * The pack's lookup layer: ids to entities, events and claims, claims by event, and what a claimant inherits from
 * the entity it speaks for. One index per pack, built once; the card, the badges and the Explorer read through it.
 */
import type { Claim, Entity, Event, Pack, Side } from './schema';

export interface PackIndex {
  pack: Pack;
  entities: Map<string, Entity>;
  events: Map<string, Event>;
  claims: Map<string, Claim>;
  claimsByEvent: Map<string, Claim[]>;
}

export function indexPack(pack: Pack): PackIndex {
  const claimsByEvent = new Map<string, Claim[]>();
  for (const claim of pack.claims) {
    const list = claimsByEvent.get(claim.event) ?? [];
    list.push(claim);
    claimsByEvent.set(claim.event, list);
  }
  return {
    pack,
    entities: new Map(pack.entities.map((e) => [e.id, e])),
    events: new Map(pack.events.map((e) => [e.id, e])),
    claims: new Map(pack.claims.map((c) => [c.id, c])),
    claimsByEvent,
  };
}

export function entityName(index: PackIndex, id: string): string {
  return index.entities.get(id)?.names.find((n) => n.lang === 'en')?.text ?? id;
}

/** The first value `pick` finds on the entity or on those it speaks for (Mujahid → Islamic Emirate). */
export function inheritedFrom<T>(index: PackIndex, entityId: string, pick: (entity: Entity) => T | undefined): T | undefined {
  const seen = new Set<string>();
  let entity = index.entities.get(entityId);
  while (entity && !seen.has(entity.id)) {
    const value = pick(entity);
    if (value !== undefined) return value;
    seen.add(entity.id);
    entity = entity.speaksFor ? index.entities.get(entity.speaksFor) : undefined;
  }
  return undefined;
}

/** The side a claimant speaks for. */
export function sideOf(index: PackIndex, entityId: string): Side | undefined {
  return inheritedFrom(index, entityId, (e) => e.side);
}
