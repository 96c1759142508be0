/**
 * Applies a verification file to a pack. Several people check claims at once, each writing what they found
 * to one JSON array; this merges it without anyone editing the pack by hand:
 *
 *   { "claimId": "...", "verification": {...}, "set": { field: value, ... } | null, "drop": "reason" | null }
 *   { "add": <a whole new claim> }
 *
 * `set` replaces claim fields. `value`, `qualifier`, `unit`, `min` and `max` go into the figure, and a dotted
 * key (`figure.value`) reaches one level down. `period` and `area` may also sit beside `set`. A dropped claim
 * leaves no dangling `supersededBy`: whatever pointed at it points at what it pointed at, or at nothing.
 * The result is not validated here; the caller validates it before writing.
 */
import type { Claim, Pack } from './schema';

export interface VerificationEntry {
  claimId?: string;
  verification?: unknown;
  set?: Record<string, unknown> | null;
  drop?: string | null;
  add?: Claim;
  period?: unknown;
  area?: unknown;
}

export type MergeResult = { ok: true; pack: Pack; applied: number; added: number; dropped: number } | { ok: false; problems: string[] };

const FIGURE_KEYS = new Set(['value', 'qualifier', 'unit', 'min', 'max']);

function applySet(claim: Record<string, unknown>, set: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(set)) {
    const [head, sub] = key.split('.', 2) as [string, string | undefined];
    if (sub !== undefined) {
      const inner = { ...((claim[head] as Record<string, unknown> | undefined) ?? {}) };
      if (value === null) delete inner[sub];
      else inner[sub] = value;
      claim[head] = inner;
    } else if (FIGURE_KEYS.has(key)) {
      const figure = { ...((claim.figure as Record<string, unknown> | undefined) ?? {}) };
      if (value === null) delete figure[key];
      else figure[key] = value;
      claim.figure = figure;
    } else if (value === null) delete claim[key];
    else claim[key] = value;
  }
}

export function mergeVerification(pack: Pack, entries: unknown): MergeResult {
  if (!Array.isArray(entries)) return { ok: false, problems: ['$: must be an array of entries'] };
  const problems: string[] = [];
  const claims: Record<string, unknown>[] = pack.claims.map((c) => structuredClone(c) as unknown as Record<string, unknown>);
  const byId = new Map(claims.map((c) => [c.id as string, c]));
  const drops = new Set<string>();
  let applied = 0;
  let added = 0;

  (entries as VerificationEntry[]).forEach((entry, i) => {
    if (!entry || typeof entry !== 'object') {
      problems.push(`$[${i}]: must be an object`);
      return;
    }
    if (entry.add !== undefined) {
      const id = (entry.add as { id?: unknown }).id;
      if (typeof id !== 'string') problems.push(`$[${i}].add.id: is required`);
      else if (byId.has(id)) problems.push(`$[${i}].add.id: a claim "${id}" already exists; new claims get new ids`);
      else {
        const claim = structuredClone(entry.add) as unknown as Record<string, unknown>;
        claims.push(claim);
        byId.set(id, claim);
        added++;
      }
      return;
    }
    const claim = typeof entry.claimId === 'string' ? byId.get(entry.claimId) : undefined;
    if (!claim) {
      problems.push(`$[${i}].claimId: unknown claim "${String(entry.claimId)}"`);
      return;
    }
    if (entry.drop) {
      drops.add(entry.claimId!);
      return;
    }
    if (entry.verification === undefined) {
      problems.push(`$[${i}].verification: is required`);
      return;
    }
    const set = { ...(entry.set ?? {}) };
    if (entry.period !== undefined) set.period ??= entry.period;
    if (entry.area !== undefined) set.area ??= entry.area;
    applySet(claim, set);
    claim.verification = entry.verification;
    applied++;
  });
  if (problems.length) return { ok: false, problems };

  // Re-link chains around dropped claims before removing them.
  const next = (id: string | undefined): string | undefined => {
    const seen = new Set<string>();
    while (id !== undefined && drops.has(id) && !seen.has(id)) {
      seen.add(id);
      id = byId.get(id)?.supersededBy as string | undefined;
    }
    return id !== undefined && drops.has(id) ? undefined : id;
  };
  const kept = claims.filter((c) => !drops.has(c.id as string));
  for (const claim of kept) {
    if (claim.supersededBy === undefined) continue;
    const target = next(claim.supersededBy as string);
    if (target === undefined) delete claim.supersededBy;
    else claim.supersededBy = target;
  }
  return { ok: true, pack: { ...pack, claims: kept as unknown as Claim[] }, applied, added, dropped: drops.size };
}
