/**
 * Data packs a user imports in the options page (one JSON file, the schema of `data/`, as `npm run data -- pack`
 * writes it): checked with precise errors and refused whole if any part is wrong, compared with the pack in use
 * (what it adds, corrects and removes, by event and claim), compiled here, and stored in ONE storage write so a
 * page never sees half of it. Which pack a page uses is decided by `choosePack`: a newer bundled version of the
 * same pack (after an extension update) wins over an older import.
 *
 * Pure apart from the storage functions, which take the storage area as an argument.
 */
import type { Claim, Event, Pack } from './schema';
import { validatePack, type PackError } from './validate';
import { compilePack, gatePackOf, type RuntimePack } from './compile';
import { choosePack, IMPORTED_GATE_KEY, IMPORTED_PACK_KEY, type PackMetaLike, type StoredGate } from './import-keys';

export {
  activeGate,
  choosePack,
  compareVersions,
  IMPORTED_GATE_KEY,
  IMPORTED_PACK_KEY,
  readActiveImport,
  readImportedInfo,
  type PackMetaLike,
  type StoredGate,
} from './import-keys';

/** A pack file larger than this is refused before parsing: the bundled pack is about a tenth of it. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;

export type PackCheck = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** Where JSON.parse stopped, as "line L, column C", from the offset V8 and SpiderMonkey put in their messages. */
function parseErrorAt(text: string, message: string): string {
  const pos = /position (\d+)/.exec(message);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  if (!pos) return '';
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  return `line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}

/** Checks a pack file's text: size, JSON, then the whole schema and every cross-reference (lib/pack/validate.ts). */
export function checkPackText(text: string, file = 'imported pack'): PackCheck {
  if (text.length > MAX_PACK_BYTES)
    return { ok: false, errors: [{ file, path: '$', message: `is ${text.length} bytes; a pack may be at most ${MAX_PACK_BYTES}` }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = parseErrorAt(text, message);
    return { ok: false, errors: [{ file, path: '$', message: `is not valid JSON${at ? ` (${at})` : ''}: ${message}` }] };
  }
  const result = validatePack(json, file);
  return result.ok ? { ok: true, pack: result.pack } : { ok: false, errors: result.errors };
}

export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

export interface ClaimChange {
  id: string;
  /** "ISPR · 23 killed": enough to recognise the claim in a list. */
  summary: string;
  changes?: FieldChange[];
}

export interface EventDiff {
  id: string;
  title: string;
  status: 'added' | 'removed' | 'corrected' | 'claims';
  changes?: FieldChange[];
  added: ClaimChange[];
  corrected: ClaimChange[];
  removed: ClaimChange[];
}

export interface PackDiff {
  from: { id: string; version: string };
  to: { id: string; version: string };
  counts: {
    eventsAdded: number;
    eventsRemoved: number;
    eventsCorrected: number;
    claimsAdded: number;
    claimsCorrected: number;
    claimsRemoved: number;
  };
  /** Events with any change, in date order. */
  events: EventDiff[];
}

function figureText(c: Claim): string {
  const f = c.figure;
  if (!f) return c.kind ?? 'statement';
  const amount = f.qualifier === 'range' ? `${f.min}–${f.max}` : `${f.qualifier === 'exact' ? '' : `${f.qualifier} `}${f.value}`;
  return `${amount} ${f.unit}`;
}

function summary(c: Claim): string {
  return `${c.claimant} · ${figureText(c)} · ${c.date}`;
}

const show = (value: unknown): string => (value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** The fields a reader cares about, each compared as a short text. */
const CLAIM_FIELDS: [string, (c: Claim) => unknown][] = [
  ['figure', (c) => (c.figure ? figureText(c) : undefined)],
  ['subject', (c) => c.subject],
  ['claimant', (c) => c.claimant],
  ['date', (c) => c.date],
  ['event', (c) => c.event],
  ['period', (c) => (c.period ? `${c.period.start} – ${c.period.end}` : undefined)],
  ['area', (c) => c.area],
  ['confidence', (c) => c.confidence],
  ['supersededBy', (c) => c.supersededBy],
  ['text', (c) => c.text],
  ['note', (c) => c.note],
  ['sources', (c) => c.sources.map((s) => s.url).join(' ')],
];
const EVENT_FIELDS: [string, (e: Event) => unknown][] = [
  ['date', (e) => e.date],
  ['endDate', (e) => e.endDate],
  ['title', (e) => e.title],
  ['summary', (e) => e.summary],
  ['places', (e) => e.places.join(', ')],
];

function fieldChanges<T>(fields: [string, (x: T) => unknown][], a: T, b: T): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, get] of fields) {
    const from = show(get(a));
    const to = show(get(b));
    if (from !== to) out.push({ field, from, to });
  }
  return out;
}

/** What `next` adds, corrects and removes against `current`, by event and claim (claim ids are stable across versions). */
export function diffPacks(current: Pack, next: Pack): PackDiff {
  const events = new Map<string, EventDiff>();
  const currentEvents = new Map(current.events.map((e) => [e.id, e]));
  const nextEvents = new Map(next.events.map((e) => [e.id, e]));
  const entry = (id: string, status: EventDiff['status']): EventDiff => {
    let d = events.get(id);
    if (!d) {
      const e = nextEvents.get(id) ?? currentEvents.get(id);
      d = { id, title: e?.title ?? id, status, added: [], corrected: [], removed: [] };
      events.set(id, d);
    }
    return d;
  };
  for (const e of next.events) {
    const old = currentEvents.get(e.id);
    if (!old) entry(e.id, 'added');
    else {
      const changes = fieldChanges(EVENT_FIELDS, old, e);
      if (changes.length) entry(e.id, 'corrected').changes = changes;
    }
  }
  for (const e of current.events) if (!nextEvents.has(e.id)) entry(e.id, 'removed');

  const currentClaims = new Map(current.claims.map((c) => [c.id, c]));
  const nextClaims = new Map(next.claims.map((c) => [c.id, c]));
  for (const c of next.claims) {
    const old = currentClaims.get(c.id);
    if (!old) entry(c.event, 'claims').added.push({ id: c.id, summary: summary(c) });
    else {
      const changes = fieldChanges(CLAIM_FIELDS, old, c);
      if (changes.length) entry(c.event, 'claims').corrected.push({ id: c.id, summary: summary(c), changes });
    }
  }
  for (const c of current.claims) if (!nextClaims.has(c.id)) entry(c.event, 'claims').removed.push({ id: c.id, summary: summary(c) });

  const dateOf = (id: string) => (nextEvents.get(id) ?? currentEvents.get(id))?.date ?? '';
  const list = [...events.values()].sort((a, b) => dateOf(a.id).localeCompare(dateOf(b.id)) || a.id.localeCompare(b.id));
  const sum = (pick: (d: EventDiff) => number) => list.reduce((n, d) => n + pick(d), 0);
  return {
    from: { id: current.meta.id, version: current.meta.version },
    to: { id: next.meta.id, version: next.meta.version },
    counts: {
      eventsAdded: list.filter((d) => d.status === 'added').length,
      eventsRemoved: list.filter((d) => d.status === 'removed').length,
      eventsCorrected: list.filter((d) => d.status === 'corrected').length,
      claimsAdded: sum((d) => d.added.length),
      claimsCorrected: sum((d) => d.corrected.length),
      claimsRemoved: sum((d) => d.removed.length),
    },
    events: list,
  };
}

export interface ImportedInfo {
  id: string;
  title: string;
  version: string;
  coverage: { start: string; end: string };
  released?: string;
  counts: { entities: number; events: number; claims: number };
  importedAt: string;
}

/** What stage two and the card read: the validated pack and its compiled tables. */
export interface StoredPack {
  info: ImportedInfo;
  pack: Pack;
  runtime: RuntimePack;
}

export function infoOf(pack: Pack, importedAt: string): ImportedInfo {
  return {
    id: pack.meta.id,
    title: pack.meta.title,
    version: pack.meta.version,
    coverage: { ...pack.meta.coverage },
    ...(pack.meta.released ? { released: pack.meta.released } : {}),
    counts: { entities: pack.entities.length, events: pack.events.length, claims: pack.claims.length },
    importedAt,
  };
}

/** Compiled once, here: a page never compiles a pack. */
export function compileImport(pack: Pack, importedAt = new Date().toISOString()): { full: StoredPack; gate: StoredGate } {
  const runtime = compilePack(pack);
  const info = infoOf(pack, importedAt);
  return { full: { info, pack, runtime }, gate: { info: { id: info.id, version: info.version }, gate: gatePackOf(runtime) } };
}

export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Both parts in one write: storage applies a single set() whole, so no page reads a new gate with an old pack. */
export async function applyImport(area: StorageArea, pack: Pack, importedAt?: string): Promise<ImportedInfo> {
  const { full, gate } = compileImport(pack, importedAt);
  await area.set({ [IMPORTED_PACK_KEY]: full, [IMPORTED_GATE_KEY]: gate });
  return full.info;
}

/** Back to the bundled pack: both parts in one call. */
export async function removeImport(area: StorageArea): Promise<void> {
  await area.remove([IMPORTED_PACK_KEY, IMPORTED_GATE_KEY]);
}
