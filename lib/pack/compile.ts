/**
 * Compiles a validated topic pack into the runtime tables the engine reads: normalised aliases, the one
 * combined pattern for the matcher, claims indexed by value and by entity. The result is plain JSON, written
 * at build time (`npm run data -- compile`), so that the content script prepares nothing at page load.
 */
import type { Pack, Side } from './schema';
import { normalizeText, scriptOf } from '../text/normalize';
import { ANCHOR, buildPattern, termCode } from '../text/pattern';
import { figureAnchorKeys } from '../engine/figure-lexicon';
import { claimIndexes } from './claim-indexes';
import {
  CONTEXT_WORD,
  RUNTIME_FORMAT,
  TOPIC_WORD,
  type GatePack,
  type RuntimeAlias,
  type RuntimeClaim,
  type RuntimeEntity,
  type RuntimeEvent,
  type RuntimePack,
} from './runtime-types';

export { ANCHOR, buildPattern };
// Callers that compile a pack often want its types too; they live in runtime-types.ts.
export { RUNTIME_FORMAT, type GatePack, type RuntimeAlias, type RuntimeClaim, type RuntimeEntity, type RuntimeEvent, type RuntimePack };

export function gatePackOf(pack: RuntimePack): GatePack {
  const { format, meta, aliases, aliasIndex, pattern, gate } = pack;
  const entities = pack.entities.map(({ id, party }) => (party === undefined ? { id } : { id, party }));
  return { format, meta, aliases, aliasIndex, pattern, entities, ...(gate ? { gate } : {}) };
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
  for (const claim of pack.claims) {
    const claimant = entityIndex.get(claim.claimant);
    if (claimant === undefined) continue;
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
      if (f.value !== undefined) out.value = f.value;
      if (f.min !== undefined) out.min = f.min;
      if (f.max !== undefined) out.max = f.max;
    }
    claims.push(out);
  }
  const { claimsByValue, claimsByEntity, claimants } = claimIndexes(claims, entities, events);

  const anchors = figureAnchorKeys().filter((key) => aliasIndex[key] === undefined);
  for (const key of anchors) aliasIndex[key] = ANCHOR;

  // The gate's topic words ride in the same pattern; a word that is already a name or a figure verb stays that.
  let gate: RuntimePack['gate'];
  const terms: string[] = [];
  if (pack.gate) {
    pack.gate.parties.forEach((ids, party) => {
      for (const id of ids) {
        const e = entityIndex.get(id);
        if (e !== undefined) entities[e]!.party = party as 0 | 1;
      }
    });
    const termRole: number[] = [];
    for (const term of pack.gate.terms) {
      const key = aliasKey(term.text);
      if (!key || aliasIndex[key] !== undefined) continue;
      aliasIndex[key] = termCode(terms.length);
      terms.push(key);
      termRole.push(term.party ?? (term.context ? CONTEXT_WORD : TOPIC_WORD));
    }
    gate = { terms, termRole, weights: { ...pack.gate.weights } };
  }

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
    pattern: buildPattern([...aliases.map((a) => a.key), ...anchors, ...terms]),
    claims,
    claimsByValue,
    claimsByEntity,
    events,
    claimants,
    ...(gate ? { gate } : {}),
  };
}

/**
 * The pack as the card reads it in the page (stage two): every text, source and date, but of each verification
 * record only when and how it was checked. The full records (which source confirms which field) stay in data/ and the
 * Explorer; in the page they would more than double what stage two parses.
 */
export function cardPackOf(pack: Pack): Pack {
  const { gate: _gate, ...rest } = pack as Pack & { gate?: unknown };
  return {
    ...rest,
    claims: pack.claims.map((c) => {
      const v = (c as { verification?: { checked: string; status: string } }).verification;
      return v ? ({ ...c, verification: { checked: v.checked, status: v.status } } as typeof c) : c;
    }),
  } as Pack;
}
