/**
 * Validates a topic pack: first the valibot schema, then what a schema cannot say — ids that must be
 * unique, references that must resolve, aliases that two entities must not share without a rule, and dates
 * that must make sense together. Every error carries the file and a JSON path, so `npm run data -- check`
 * can point at the exact field.
 */
import * as v from 'valibot';
import { Pack } from './schema';
import { aliasKey } from './compile';

export interface PackError {
  file: string;
  /** JSON path from the root of the pack: `$.claims[3].sources[0].url`. */
  path: string;
  message: string;
}

export type ValidateResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

type PathKey = string | number;

export function formatPath(keys: readonly PathKey[]): string {
  let out = '$';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Valibot's default messages name the check, not the problem; reword the common ones for people editing JSON. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' || issue.type === 'object') {
    if (issue.expected === 'never') return 'unknown field (not in the schema)';
    if (issue.received === 'undefined') return 'is required';
    return `must be an object (got ${issue.received})`;
  }
  if (issue.type === 'picklist') return `must be one of ${issue.expected?.replace(/^\(|\)$/g, '')} (got ${issue.received})`;
  if (issue.kind === 'schema') return `must be ${issue.expected === 'Array' ? 'an array' : `a ${issue.expected}`} (got ${issue.received})`;
  return issue.message;
}

function schemaErrors(issues: readonly v.BaseIssue<unknown>[], file: string): PackError[] {
  return issues.map((issue) => {
    // Like v.getDotPath ("claims.3.event"), but keeping the array/object distinction: "$.claims[3].event".
    const keys = (issue.path ?? []).map((item) => item.key as PathKey);
    return { file, path: formatPath(keys), message: describeIssue(issue) };
  });
}

export function semanticErrors(pack: Pack, file: string): PackError[] {
  const errors: PackError[] = [];
  const err = (keys: PathKey[], message: string) => errors.push({ file, path: formatPath(keys), message });

  const uniqueIds = <T extends { id: string }>(items: readonly T[], where: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        err([...where.split('.'), i, 'id'], `duplicate id "${item.id}" (also at ${formatPath([...where.split('.'), first])})`);
      else seen.set(item.id, i);
    });
    return seen;
  };
  const entities = uniqueIds(pack.entities, 'entities');
  const phases = uniqueIds(pack.phases, 'phases');
  const events = uniqueIds(pack.events, 'events');
  const claims = uniqueIds(pack.claims, 'claims');
  uniqueIds(pack.context.notes, 'context.notes');

  const entityById = (id: string) => {
    const i = entities.get(id);
    return i === undefined ? undefined : pack.entities[i];
  };
  const languages = new Set<string>(pack.meta.languages);
  const { start: windowStart, end: windowEnd } = pack.meta.window;
  const updated = pack.meta.updated;

  if (windowEnd && windowEnd < windowStart) err(['meta', 'window', 'end'], `is before the window start ${windowStart}`);
  if (updated < windowStart) err(['meta', 'updated'], `is before the window start ${windowStart}`);

  // ---- entities and their names
  pack.entities.forEach((entity, ei) => {
    if (entity.speaksFor !== undefined) {
      if (entity.speaksFor === entity.id) err(['entities', ei, 'speaksFor'], 'an entity cannot speak for itself');
      else if (!entities.has(entity.speaksFor)) err(['entities', ei, 'speaksFor'], `unknown entity "${entity.speaksFor}"`);
    }
    if (entity.badgeLabel !== undefined && entity.side === undefined)
      err(['entities', ei, 'side'], 'an entity with a badgeLabel needs a side');
    entity.names.forEach((name, ni) => {
      if (!languages.has(name.lang)) err(['entities', ei, 'names', ni, 'lang'], `"${name.lang}" is not in meta.languages`);
      // The engine reads strongWith as "this weak name turns strong next to...": on a strong name it would do nothing.
      if (name.strongWith?.length && name.strength === 'strong')
        err(['entities', ei, 'names', ni, 'strength'], 'a name with strongWith must be weak');
      name.strongWith?.forEach((id, si) => {
        if (!entities.has(id)) err(['entities', ei, 'names', ni, 'strongWith', si], `unknown entity "${id}"`);
      });
      if (!aliasKey(name.text)) err(['entities', ei, 'names', ni, 'text'], 'normalises to nothing (only punctuation or marks)');
    });
  });

  // ---- aliases shared by two entities need a rule saying which one wins
  const owners = new Map<string, { entity: string; at: PathKey[] }[]>();
  pack.entities.forEach((entity, ei) =>
    entity.names.forEach((name, ni) => {
      const key = aliasKey(name.text);
      if (!key) return;
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.entity === entity.id)) list.push({ entity: entity.id, at: ['entities', ei, 'names', ni, 'text'] });
      owners.set(key, list);
    }),
  );
  const rules = new Map<string, number>();
  (pack.aliasRules ?? []).forEach((rule, ri) => {
    const key = aliasKey(rule.alias);
    if (rules.has(key)) err(['aliasRules', ri, 'alias'], `a second rule for "${rule.alias}"`);
    rules.set(key, ri);
    if (!entities.has(rule.prefer)) {
      err(['aliasRules', ri, 'prefer'], `unknown entity "${rule.prefer}"`);
      return;
    }
    const list = owners.get(key) ?? [];
    if (!list.some((o) => o.entity === rule.prefer))
      err(['aliasRules', ri, 'prefer'], `entity "${rule.prefer}" has no name "${rule.alias}"`);
    else if (list.length < 2) err(['aliasRules', ri, 'alias'], `"${rule.alias}" belongs to one entity only; the rule is not needed`);
  });
  for (const [key, list] of owners) {
    if (list.length < 2 || rules.has(key)) continue;
    const [, second] = list;
    err(second!.at, `alias "${key}" maps to ${list.map((o) => `"${o.entity}"`).join(' and ')}; add an aliasRules entry or remove one`);
  }

  // ---- phases and events
  pack.phases.forEach((phase, pi) => {
    if (phase.end && phase.end < phase.start) err(['phases', pi, 'end'], `is before the phase start ${phase.start}`);
  });
  pack.events.forEach((event, vi) => {
    const phaseIndex = phases.get(event.phase);
    if (phaseIndex === undefined) err(['events', vi, 'phase'], `unknown phase "${event.phase}"`);
    else {
      const phase = pack.phases[phaseIndex]!;
      if (event.date < phase.start || (phase.end && event.date > phase.end))
        err(['events', vi, 'date'], `${event.date} is outside phase "${phase.id}" (${phase.start} – ${phase.end ?? 'open'})`);
    }
    if (event.endDate && event.endDate < event.date) err(['events', vi, 'endDate'], `is before the event date ${event.date}`);
    if (event.date < windowStart || (windowEnd && event.date > windowEnd))
      err(['events', vi, 'date'], `${event.date} is outside the pack window`);
    if (event.date > updated) err(['events', vi, 'date'], `${event.date} is after meta.updated ${updated}`);
    event.places.forEach((id, pi) => {
      if (!entities.has(id)) err(['events', vi, 'places', pi], `unknown entity "${id}"`);
    });
  });

  // ---- claims
  pack.claims.forEach((claim, ci) => {
    const eventIndex = events.get(claim.event);
    if (eventIndex === undefined) err(['claims', ci, 'event'], `unknown event "${claim.event}"`);
    const claimant = entityById(claim.claimant);
    if (!claimant) err(['claims', ci, 'claimant'], `unknown entity "${claim.claimant}"`);
    else if (!claimant.side) err(['claims', ci, 'claimant'], `claimant "${claim.claimant}" has no side`);
    if (claim.supersededBy !== undefined) {
      if (claim.supersededBy === claim.id) err(['claims', ci, 'supersededBy'], 'a claim cannot supersede itself');
      else if (!claims.has(claim.supersededBy)) err(['claims', ci, 'supersededBy'], `unknown claim "${claim.supersededBy}"`);
    }
    if ((claim.kind ?? 'figure') === 'figure' && !claim.figure)
      err(['claims', ci, 'figure'], 'a figure claim needs a figure (or set kind to denial or statement)');
    // Usually a typo in the year: nothing in the pack can be claimed before the window opens or after the last update.
    if (claim.date < windowStart) err(['claims', ci, 'date'], `${claim.date} is before the pack window (${windowStart})`);
    if (claim.date > updated) err(['claims', ci, 'date'], `${claim.date} is after meta.updated ${updated}`);
    if (eventIndex !== undefined) {
      const event = pack.events[eventIndex]!;
      if (claim.date < event.date) err(['claims', ci, 'date'], `${claim.date} is before its event "${event.id}" (${event.date})`);
    }
    claim.sources.forEach((source, si) => {
      if (source.published && source.published > updated)
        err(['claims', ci, 'sources', si, 'published'], `${source.published} is after meta.updated ${updated}`);
    });
  });
  // A chain of supersededBy must end: A → B → A would hide both figures.
  const next = new Map(pack.claims.filter((c) => c.supersededBy).map((c) => [c.id, c.supersededBy!]));
  pack.claims.forEach((claim, ci) => {
    const seen = new Set([claim.id]);
    for (let id = next.get(claim.id); id !== undefined; id = next.get(id)) {
      if (seen.has(id)) {
        err(['claims', ci, 'supersededBy'], 'supersededBy forms a cycle');
        break;
      }
      seen.add(id);
    }
  });

  // ---- context
  const crossingSeen = new Set<string>();
  pack.context.crossings.forEach((crossing, xi) => {
    const entity = entityById(crossing.entity);
    if (!entity) err(['context', 'crossings', xi, 'entity'], `unknown entity "${crossing.entity}"`);
    else if (entity.kind !== 'crossing')
      err(['context', 'crossings', xi, 'entity'], `"${crossing.entity}" is a ${entity.kind}, not a crossing`);
    if (crossingSeen.has(crossing.entity)) err(['context', 'crossings', xi, 'entity'], `a second status list for "${crossing.entity}"`);
    crossingSeen.add(crossing.entity);
    crossing.status.forEach((status, si) => {
      const previous = crossing.status[si - 1];
      if (previous && status.from < previous.from)
        err(['context', 'crossings', xi, 'status', si, 'from'], `is before the previous entry (${previous.from}); keep oldest first`);
      if (status.from > updated) err(['context', 'crossings', xi, 'status', si, 'from'], `${status.from} is after meta.updated ${updated}`);
    });
  });

  return errors;
}

export function validatePack(json: unknown, file = '<pack>'): ValidateResult {
  const parsed = v.safeParse(Pack, json);
  if (!parsed.success) return { ok: false, errors: schemaErrors(parsed.issues, file) };
  const errors = semanticErrors(parsed.output, file);
  return errors.length ? { ok: false, errors } : { ok: true, pack: parsed.output };
}

export function formatError(error: PackError): string {
  return `${error.file}: ${error.path}: ${error.message}`;
}
