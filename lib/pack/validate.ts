/**
 * Validates a topic pack: first the valibot schema, then what a schema cannot say — ids that must be
 * unique, references that must resolve, aliases that two entities must not share without a rule, and dates
 * that must make sense together. Every error carries the file and a JSON path, so `npm run data -- check`
 * can point at the exact field.
 */
import * as v from 'valibot';
import { Pack, type Claim, type Source } from './schema';
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
  const { released, coverage } = pack.meta;

  if (windowEnd && windowEnd < windowStart) err(['meta', 'window', 'end'], `is before the window start ${windowStart}`);
  if (released < windowStart) err(['meta', 'released'], `is before the window start ${windowStart}`);
  if (coverage.end < coverage.start) err(['meta', 'coverage', 'end'], `is before the coverage start ${coverage.start}`);
  if (released < coverage.end) err(['meta', 'released'], `${released} is before the coverage end ${coverage.end}`);
  // Coverage is what the card calls "data through ...": it must be the events' own first and last day, so the
  // pack never looks fresher (or staler) than what it holds.
  if (pack.events.length) {
    const first = pack.events.reduce((min, e) => (e.date < min ? e.date : min), pack.events[0]!.date);
    const last = pack.events.reduce((max, e) => ((e.endDate ?? e.date) > max ? (e.endDate ?? e.date) : max), pack.events[0]!.date);
    if (coverage.start !== first) err(['meta', 'coverage', 'start'], `${coverage.start} is not the first event date ${first}`);
    if (coverage.end !== last) err(['meta', 'coverage', 'end'], `${coverage.end} is not the last event date ${last}`);
  }

  // ---- entities and their names
  pack.entities.forEach((entity, ei) => {
    if (entity.speaksFor !== undefined) {
      if (entity.speaksFor === entity.id) err(['entities', ei, 'speaksFor'], 'an entity cannot speak for itself');
      else if (!entities.has(entity.speaksFor)) err(['entities', ei, 'speaksFor'], `unknown entity "${entity.speaksFor}"`);
    }
    if (entity.shortName !== undefined && entity.side === undefined)
      err(['entities', ei, 'side'], 'an entity with a shortName needs a side');
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
    if (event.date > released) err(['events', vi, 'date'], `${event.date} is after meta.released ${released}`);
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
      else {
        // A revision replaces the same count from the same side (a minister's early toll → the military's own);
        // a figure from the other side or an independent body is a different claim, never a revision.
        const later = pack.claims[claims.get(claim.supersededBy)!]!;
        if (sideOfEntity(pack, claim.claimant) !== sideOfEntity(pack, later.claimant))
          err(['claims', ci, 'supersededBy'], `"${later.id}" is by a claimant on another side (${later.claimant})`);
        else if (claim.figure && later.figure && (claim.figure.unit !== later.figure.unit || claim.subject !== later.subject))
          err(['claims', ci, 'supersededBy'], `"${later.id}" counts something else (${later.figure.unit} of ${later.subject})`);
        else if (later.date < claim.date) err(['claims', ci, 'supersededBy'], `"${later.id}" was said earlier (${later.date})`);
      }
    }
    if ((claim.kind ?? 'figure') === 'figure' && !claim.figure)
      err(['claims', ci, 'figure'], 'a figure claim needs a figure (or set kind to denial or statement)');
    // Usually a typo in the year: nothing in the pack can be claimed before the window opens or after the release.
    if (claim.date < windowStart) err(['claims', ci, 'date'], `${claim.date} is before the pack window (${windowStart})`);
    if (claim.date > released) err(['claims', ci, 'date'], `${claim.date} is after meta.released ${released}`);
    const event = eventIndex === undefined ? undefined : pack.events[eventIndex]!;
    if (event && claim.date < event.date) err(['claims', ci, 'date'], `${claim.date} is before its event "${event.id}" (${event.date})`);
    claim.sources.forEach((source, si) => {
      if (source.published && source.published > released)
        err(['claims', ci, 'sources', si, 'published'], `${source.published} is after meta.released ${released}`);
    });

    // The days counted: the card prints them next to the figure, so a figure without them cannot be compared.
    if (claim.figure && !claim.period) err(['claims', ci, 'period'], 'a claim with a figure needs the period it counts');
    if (claim.period) {
      const { start, end } = claim.period;
      if (end < start) err(['claims', ci, 'period', 'end'], `is before the period start ${start}`);
      if (end > claim.date) err(['claims', ci, 'period', 'end'], `${end} is after the claim was made (${claim.date})`);
      if (event) {
        const eventEnd = event.endDate ?? event.date;
        if (start < event.date || end > eventEnd)
          err(['claims', ci, 'period'], `${start} – ${end} is outside its event "${event.id}" (${event.date} – ${eventEnd})`);
      }
    }
    if (claim.area !== undefined) {
      const area = entityById(claim.area);
      if (!area) err(['claims', ci, 'area'], `unknown entity "${claim.area}"`);
      else if (area.kind !== 'place' && area.kind !== 'border')
        err(['claims', ci, 'area'], `"${claim.area}" is a ${area.kind}, not a place`);
    }

    verificationErrors(claim, released, (keys, message) => err(['claims', ci, ...keys], message));
    const rubric = confidenceError(claim);
    if (rubric) err(['claims', ci, 'confidence'], rubric);
  });
  unlinkedRevisions(pack).forEach(({ index, other }) =>
    err(
      ['claims', index, 'supersededBy'],
      `"${other}" is a later count of the same thing by the same claimant; link them with supersededBy`,
    ),
  );
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
      if (status.from > released)
        err(['context', 'crossings', xi, 'status', si, 'from'], `${status.from} is after meta.released ${released}`);
    });
  });

  return errors;
}

/** The side a claimant speaks for: its own, else that of the entity it speaks for. */
function sideOfEntity(pack: Pack, id: string): string | undefined {
  const byId = new Map(pack.entities.map((e) => [e.id, e]));
  const seen = new Set<string>();
  for (let e = byId.get(id); e && !seen.has(e.id); e = e.speaksFor ? byId.get(e.speaksFor) : undefined) {
    if (e.side) return e.side;
    seen.add(e.id);
  }
  return undefined;
}

/** Claim fields a verification change may name ("column" is the side, changed through the claimant). */
export const CHANGE_FIELDS = [
  'value',
  'qualifier',
  'unit',
  'subject',
  'claimant',
  'column',
  'date',
  'event',
  'period',
  'area',
  'kind',
  'confidence',
  'text',
  'note',
  'sources',
  'supersededBy',
] as const;

/** Changes to these fields make a claim "corrected": they alter what the card says. */
export const FACT_FIELDS = ['value', 'qualifier', 'unit', 'subject', 'claimant', 'column', 'date', 'event', 'area', 'kind'] as const;

function verificationErrors(claim: Claim, released: string, err: (keys: PathKey[], message: string) => void): void {
  const check = claim.verification;
  const cited = new Set(claim.sources.map((s) => s.url));
  for (const [field, urls] of Object.entries(check.sources))
    (urls ?? []).forEach((url, ui) => {
      if (!cited.has(url)) err(['verification', 'sources', field, ui], `${url} is not among the claim's sources`);
    });
  if (check.checked < claim.date) err(['verification', 'checked'], `${check.checked} is before the claim was made (${claim.date})`);
  if (check.checked > released) err(['verification', 'checked'], `${check.checked} is after meta.released ${released}`);
  check.changes.forEach((change, i) => {
    if (!(CHANGE_FIELDS as readonly string[]).includes(change.field))
      err(['verification', 'changes', i, 'field'], `must be one of ${CHANGE_FIELDS.join(', ')} (got ${change.field})`);
  });
  if (check.status === 'corrected' && !check.changes.length) err(['verification', 'changes'], 'a corrected claim lists its changes');
  // "Corrected" means a fact the card shows was wrong; adding a source or regrading is not a correction.
  const factChange = check.changes.findIndex((c) => (FACT_FIELDS as readonly string[]).includes(c.field));
  if ((check.status === 'confirmed' || check.status === 'added') && factChange >= 0)
    err(
      ['verification', 'changes', factChange, 'field'],
      `a claim whose ${check.changes[factChange]!.field} changed is "corrected", not "${check.status}"`,
    );
  if (check.status === 'corrected' && factChange < 0 && check.changes.length)
    err(['verification', 'status'], 'only sources, grade or wording changed: the claim is "confirmed", not "corrected"');
  // A checked figure names the page that shows it; a statement, the page that shows who said it.
  if (check.status !== 'unverified') {
    const field = claim.figure ? 'value' : 'claimant';
    if (!check.sources[field]?.length)
      err(['verification', 'sources', field], `a ${check.status} claim names the source that shows its ${field}`);
  }
}

/** Pages that copy one wire are one outlet: the `via` if given, else the outlet, plus the host. */
function outletKey(source: Source): string {
  return (source.via ?? source.outlet).trim().toLowerCase();
}
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^(www|en|m|amp)\./, '');
}

/** Counts the independent outlets among a claim's sources (the claimant's own channel is not an outlet). */
export function independentOutlets(sources: readonly Source[]): number {
  const keys = new Set<string>();
  const hosts = new Set<string>();
  let count = 0;
  for (const source of sources) {
    if (source.own) continue;
    const key = outletKey(source);
    const host = hostOf(source.url);
    if (keys.has(key) || hosts.has(host)) continue;
    keys.add(key);
    hosts.add(host);
    count++;
  }
  return count;
}

/**
 * The part of the rubric (data/README.md) a program can check: H needs two independent outlets, or the
 * claimant's own channel plus one outlet.
 */
export function confidenceError(claim: Claim): string | undefined {
  if (claim.confidence !== 'H') return undefined;
  const outlets = independentOutlets(claim.sources);
  const own = claim.sources.some((s) => s.own);
  if (!(outlets >= 2 || (own && outlets >= 1)))
    return `H needs two independent outlets, or the claimant's own channel plus one outlet (has ${outlets} outlet${outlets === 1 ? '' : 's'}${own ? ' and its own channel' : ''})`;
  return undefined;
}

/** Claims by one claimant that count the same thing over the same days, said on different days, and are not chained. */
function unlinkedRevisions(pack: Pack): { index: number; other: string }[] {
  const next = new Map(pack.claims.filter((c) => c.supersededBy).map((c) => [c.id, c.supersededBy!]));
  const chainOf = (id: string) => {
    const ids = new Set([id]);
    for (let n = next.get(id); n !== undefined && !ids.has(n); n = next.get(n)) ids.add(n);
    return ids;
  };
  const groups = new Map<string, number[]>();
  pack.claims.forEach((claim, i) => {
    if (!claim.figure || !claim.period) return;
    const key = [
      claim.claimant,
      claim.event,
      claim.figure.unit,
      claim.subject,
      claim.area ?? '',
      claim.period.start,
      claim.period.end,
    ].join('|');
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const out: { index: number; other: string }[] = [];
  for (const list of groups.values()) {
    const byDate = [...list].sort((a, b) => pack.claims[a]!.date.localeCompare(pack.claims[b]!.date));
    for (let k = 0; k + 1 < byDate.length; k++) {
      const earlier = pack.claims[byDate[k]!]!;
      const later = pack.claims[byDate[k + 1]!]!;
      if (earlier.date === later.date) continue;
      if (!chainOf(earlier.id).has(later.id)) out.push({ index: byDate[k]!, other: later.id });
    }
  }
  return out;
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
