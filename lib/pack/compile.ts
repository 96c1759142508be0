/**
 * Compiles a validated topic pack into the runtime tables the engine reads: normalised aliases, the one
 * combined pattern for the matcher, claims indexed by value and by entity. The result is plain JSON, written
 * at build time (`npm run data -- compile`), so that the content script prepares nothing at page load.
 */
import type { Pack, Side } from './schema';
import { normalizeText, scriptOf, type Script } from '../text/normalize';
import { ANCHOR, buildPattern } from '../text/pattern';
import { figureAnchorKeys } from '../engine/figures';

export { ANCHOR, buildPattern };

export const RUNTIME_FORMAT = 1;

export interface RuntimeEntity {
  id: string;
  kind: string;
  /** A display name: the first English name, else the first name. */
  name: string;
  side?: Side;
  /** The claimant's short name; the UI adds the one noun used for every side ("<shortName> claim"). */
  shortName?: string;
  /** Index of the entity this one speaks for (Mujahid → the Islamic Emirate). */
  speaksFor?: number;
}

export interface RuntimeAlias {
  /** Normalised text, separators collapsed to one space. */
  key: string;
  entity: number;
  strong: boolean;
  /** Entity indices that make this weak alias strong when one of them is also on the page. */
  strongWith?: number[];
  script: Script;
  /** Set for case-sensitive aliases: the text the original must equal ("IEA", not "iea"). */
  exact?: string;
  /** Shorter aliases that are prefixes of this one, longest first: tried when this one fails its boundary. */
  prefixes?: number[];
}

export interface RuntimeClaim {
  id: string;
  event: string;
  eventIndex: number;
  claimant: number;
  claimantId: string;
  /** The side of the claimant (or of the entity it speaks for). */
  side?: Side;
  date: string;
  kind: 'figure' | 'denial' | 'statement';
  value?: number;
  min?: number;
  max?: number;
  qualifier?: string;
  unit?: string;
  subject: string;
  confidence: 'H' | 'M' | 'L';
  superseded?: boolean;
  /** Set when the count covers a wider place than its event (UNAMA's nationwide tally): the entity id. */
  area?: string;
}

export interface RuntimeEvent {
  id: string;
  date: string;
  endDate?: string;
  places: number[];
}

export interface RuntimePack {
  format: typeof RUNTIME_FORMAT;
  meta: {
    id: string;
    title: string;
    version: string;
    /** First and last event date: "data through" `coverage.end`. */
    coverage: { start: string; end: string };
    /** When this version of the pack was published. */
    released: string;
    window: { start: string; end?: string };
    languages: string[];
  };
  entities: RuntimeEntity[];
  aliases: RuntimeAlias[];
  /** Alias key → alias index, or ANCHOR for a figure's verb ("killed", "ہلاک") that rides along in the pattern. */
  aliasIndex: Record<string, number>;
  /**
   * Source of the combined pattern (flags `gu`), run once over normalised text: every alias, and the verbs
   * that figures hang on, so that the figure reader needs no pass of its own.
   */
  pattern: string;
  claims: RuntimeClaim[];
  /** Figure value (exact, bound, or either end of a range) → claim indices. */
  claimsByValue: Record<string, number[]>;
  /** Entity id → claims it made, speaks for, or whose event happened there. */
  claimsByEntity: Record<string, number[]>;
  events: RuntimeEvent[];
  /** Claimant entity id → the label of its badge and its side. */
  claimants: Record<string, { label: string; side?: Side }>;
}

/**
 * What the first stage (the gate) reads: the aliases and the pattern, but not the claims. About half the size
 * of the whole (7 KB gzipped for the bundled pack), for a content script whose start-up must stay small.
 */
export type GatePack = Pick<RuntimePack, 'format' | 'meta' | 'aliases' | 'aliasIndex' | 'pattern'> & {
  entities: Pick<RuntimeEntity, 'id'>[];
};

export function gatePackOf(pack: RuntimePack): GatePack {
  const { format, meta, aliases, aliasIndex, pattern } = pack;
  return { format, meta, aliases, aliasIndex, pattern, entities: pack.entities.map(({ id }) => ({ id })) };
}

/** Spaces and hyphens are interchangeable inside a name: "Tehreek-e-Taliban" = "Tehreek e Taliban". */
export function aliasKey(text: string): string {
  return normalizeText(text)
    .replace(/[\s-]+/g, ' ')
    .trim();
}

function exactForm(text: string): string {
  return text.replace(/[\s\-\u2010-\u2015]+/g, ' ').trim();
}

function displayName(entity: Pack['entities'][number]): string {
  return (entity.names.find((n) => n.lang === 'en') ?? entity.names[0]!).text;
}

function push(index: Record<string, number[]>, key: string, value: number): void {
  const list = (index[key] ??= []);
  if (!list.includes(value)) list.push(value);
}

export function compilePack(pack: Pack): RuntimePack {
  const entityIndex = new Map(pack.entities.map((e, i) => [e.id, i]));
  const entities: RuntimeEntity[] = pack.entities.map((e) => {
    const out: RuntimeEntity = { id: e.id, kind: e.kind, name: displayName(e) };
    if (e.side) out.side = e.side;
    if (e.shortName) out.shortName = e.shortName;
    if (e.speaksFor !== undefined && entityIndex.has(e.speaksFor)) out.speaksFor = entityIndex.get(e.speaksFor)!;
    return out;
  });
  const sideOf = (i: number): Side | undefined =>
    entities[i]!.side ?? (entities[i]!.speaksFor !== undefined ? entities[entities[i]!.speaksFor!]!.side : undefined);

  const preferred = new Map((pack.aliasRules ?? []).map((r) => [aliasKey(r.alias), r.prefer]));
  const aliases: RuntimeAlias[] = [];
  const aliasIndex: Record<string, number> = {};
  pack.entities.forEach((entity, ei) => {
    for (const name of entity.names) {
      const key = aliasKey(name.text);
      if (!key) continue;
      const strongWith = (name.strongWith ?? []).map((id) => entityIndex.get(id)).filter((i): i is number => i !== undefined);
      const existing = aliasIndex[key];
      if (existing !== undefined) {
        const alias = aliases[existing]!;
        if (alias.entity !== ei) {
          // A shared alias: the rule's entity wins; without a rule (validate rejects that) the first one stays.
          if (preferred.get(key) !== entity.id) continue;
          alias.entity = ei;
          alias.strong = name.strength === 'strong';
          delete alias.strongWith;
        } else {
          alias.strong ||= name.strength === 'strong';
        }
        if (strongWith.length) alias.strongWith = [...new Set([...(alias.strongWith ?? []), ...strongWith])];
        if (!name.caseSensitive) delete alias.exact;
        continue;
      }
      const alias: RuntimeAlias = { key, entity: ei, strong: name.strength === 'strong', script: scriptOf(name.text) };
      if (strongWith.length) alias.strongWith = strongWith;
      if (name.caseSensitive) alias.exact = exactForm(name.text);
      aliasIndex[key] = aliases.length;
      aliases.push(alias);
    }
  });
  for (const alias of aliases) {
    const prefixes = aliases
      .map((other, i) => ({ other, i }))
      .filter(({ other }) => other !== alias && other.key.length < alias.key.length && alias.key.startsWith(other.key))
      .sort((a, b) => b.other.key.length - a.other.key.length)
      .map(({ i }) => i);
    if (prefixes.length) alias.prefixes = prefixes;
  }

  const eventIndex = new Map(pack.events.map((e, i) => [e.id, i]));
  const events: RuntimeEvent[] = pack.events.map((e) => {
    const out: RuntimeEvent = {
      id: e.id,
      date: e.date,
      places: e.places.map((p) => entityIndex.get(p)).filter((i): i is number => i !== undefined),
    };
    if (e.endDate) out.endDate = e.endDate;
    return out;
  });

  const claims: RuntimeClaim[] = [];
  const claimsByValue: Record<string, number[]> = {};
  const claimsByEntity: Record<string, number[]> = {};
  const claimants: RuntimePack['claimants'] = {};
  for (const claim of pack.claims) {
    const claimant = entityIndex.get(claim.claimant);
    if (claimant === undefined) continue;
    const ci = claims.length;
    const out: RuntimeClaim = {
      id: claim.id,
      event: claim.event,
      eventIndex: eventIndex.get(claim.event) ?? -1,
      claimant,
      claimantId: claim.claimant,
      date: claim.date,
      kind: claim.kind ?? 'figure',
      subject: claim.subject,
      confidence: claim.confidence,
    };
    const side = sideOf(claimant);
    if (side) out.side = side;
    if (claim.area) out.area = claim.area;
    if (claim.supersededBy) out.superseded = true;
    const f = claim.figure;
    if (f) {
      out.qualifier = f.qualifier;
      out.unit = f.unit;
      if (f.value !== undefined) {
        out.value = f.value;
        push(claimsByValue, String(f.value), ci);
      }
      if (f.min !== undefined) {
        out.min = f.min;
        push(claimsByValue, String(f.min), ci);
      }
      if (f.max !== undefined) {
        out.max = f.max;
        push(claimsByValue, String(f.max), ci);
      }
    }
    claims.push(out);
    push(claimsByEntity, claim.claimant, ci);
    const speaksFor = entities[claimant]!.speaksFor;
    if (speaksFor !== undefined) push(claimsByEntity, entities[speaksFor]!.id, ci);
    const ev = out.eventIndex >= 0 ? events[out.eventIndex] : undefined;
    for (const place of ev?.places ?? []) push(claimsByEntity, entities[place]!.id, ci);
    const e = entities[claimant]!;
    claimants[claim.claimant] ??= {
      label: e.shortName ?? (e.speaksFor !== undefined ? entities[e.speaksFor]!.shortName : undefined) ?? e.name,
      ...(side ? { side } : {}),
    };
  }

  const anchors = figureAnchorKeys().filter((key) => aliasIndex[key] === undefined);
  for (const key of anchors) aliasIndex[key] = ANCHOR;

  const meta: RuntimePack['meta'] = {
    id: pack.meta.id,
    title: pack.meta.title,
    version: pack.meta.version,
    coverage: { start: pack.meta.coverage.start, end: pack.meta.coverage.end },
    released: pack.meta.released,
    window: pack.meta.window.end ? { start: pack.meta.window.start, end: pack.meta.window.end } : { start: pack.meta.window.start },
    languages: [...pack.meta.languages],
  };
  return {
    format: RUNTIME_FORMAT,
    meta,
    entities,
    aliases,
    aliasIndex,
    pattern: buildPattern([...aliases.map((a) => a.key), ...anchors]),
    claims,
    claimsByValue,
    claimsByEntity,
    events,
    claimants,
  };
}
