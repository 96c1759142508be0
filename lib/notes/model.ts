/**
 * What a note is. One record per note in the `notes` store; the target is kept as W3C Web
 * Annotation selectors so export is a mapping, not a translation.
 */
import * as v from 'valibot';
import type { TextPositionSelector, TextQuoteSelector } from './anchor';
import { canonicalUrl, siteOf } from './url';

/** Version of one note record's shape; bump with a migration in db.ts. */
export const NOTE_SCHEMA = 1;

/** Generous for a reader, small enough that one hostile record cannot fill the store. */
export const LIMITS = {
  text: 20_000,
  title: 1_000,
  url: 4_096,
  exact: 10_000,
  context: 256,
  tag: 64,
  tags: 32,
  id: 128,
  claimId: 128,
} as const;

export interface Note {
  id: string;
  schema: typeof NOTE_SCHEMA;
  /** Canonical page address (lib/notes/url.ts). */
  url: string;
  site: string;
  title: string;
  text: string;
  tags: string[];
  /** Absent for a note on a claim with no text selected. */
  quote?: TextQuoteSelector;
  position?: TextPositionSelector;
  claimId?: string;
  claimant?: string;
  /** ms since epoch */
  created: number;
  updated: number;
  /** Set when the last visit to the page could not place the quote. */
  orphan: boolean;
  /** Same page, same quote, same claim, same text: one note (lib/notes/model.ts fingerprint()). */
  fingerprint: string;
}

const boundedString = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const nonEmptyBounded = (max: number) =>
  v.pipe(v.string(), v.minLength(1, 'is empty'), v.maxLength(max, `is longer than ${max} characters`));
export const NoteId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9._:-]{1,128}$/, 'is not a valid note id'));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));

export const QuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: nonEmptyBounded(LIMITS.exact),
  prefix: v.optional(boundedString(LIMITS.context), ''),
  suffix: v.optional(boundedString(LIMITS.context), ''),
});

export const PositionSelectorSchema = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((p) => p.start <= p.end, 'start is after end'),
);

export const TagsSchema = v.pipe(v.array(nonEmptyBounded(LIMITS.tag)), v.maxLength(LIMITS.tags, `has more than ${LIMITS.tags} tags`));
export const NoteTextSchema = boundedString(LIMITS.text);
export const HttpUrlSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url, `is longer than ${LIMITS.url} characters`),
  v.check((u) => canonicalUrl(u) !== null, 'is not an http(s) address'),
);
export const ClaimIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,127}$/, 'is not a claim id'));

/** Tags as a reader means them: trimmed, no leading #, no repeats (case-insensitive), none empty. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ').slice(0, LIMITS.tag);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length >= LIMITS.tags) break;
  }
  return out;
}

/** "Same target and same text", as a short stable string for a unique index. */
export function fingerprint(n: Pick<Note, 'url' | 'quote' | 'claimId' | 'text'>): string {
  const key = [n.url, n.quote?.exact ?? '', n.quote?.prefix ?? '', n.quote?.suffix ?? '', n.claimId ?? '', n.text.trim()].join('\u0000');
  return hash53(key, 1).toString(36) + '.' + hash53(key, 2).toString(36);
}

/** cyrb53: two of them give ~106 bits, plenty to tell apart a person's notes. */
function hash53(str: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export interface NewNote {
  url: string;
  title: string;
  text: string;
  tags: readonly string[];
  quote?: TextQuoteSelector;
  position?: TextPositionSelector;
  claimId?: string;
  claimant?: string;
  id?: string;
  created?: number;
  updated?: number;
  orphan?: boolean;
}

/** A complete record from validated parts; throws if the address is not http(s). */
export function makeNote(input: NewNote, now = Date.now()): Note {
  const url = canonicalUrl(input.url);
  if (!url) throw new Error('a note needs an http(s) page address');
  const base = {
    url,
    text: input.text.slice(0, LIMITS.text),
    quote: input.quote
      ? { type: 'TextQuoteSelector' as const, exact: input.quote.exact, prefix: input.quote.prefix, suffix: input.quote.suffix }
      : undefined,
    claimId: input.claimId,
  };
  const note: Note = {
    id: input.id ?? crypto.randomUUID(),
    schema: NOTE_SCHEMA,
    url,
    site: siteOf(url),
    title: input.title.trim().slice(0, LIMITS.title),
    text: base.text,
    tags: cleanTags(input.tags),
    created: input.created ?? now,
    updated: input.updated ?? input.created ?? now,
    orphan: input.orphan ?? false,
    fingerprint: fingerprint(base),
  };
  if (base.quote) note.quote = base.quote;
  if (input.position) note.position = { type: 'TextPositionSelector', start: input.position.start, end: input.position.end };
  if (input.claimId) note.claimId = input.claimId;
  if (input.claimant) note.claimant = input.claimant;
  return note;
}

/** A stored record as the schema expects it (used when a record crosses a message, e.g. undo). */
export const NoteRecordSchema = v.object({
  id: NoteId,
  schema: v.literal(NOTE_SCHEMA),
  url: HttpUrlSchema,
  site: boundedString(LIMITS.url),
  title: boundedString(LIMITS.title),
  text: NoteTextSchema,
  tags: TagsSchema,
  quote: v.optional(QuoteSelectorSchema),
  position: v.optional(PositionSelectorSchema),
  claimId: v.optional(ClaimIdSchema),
  claimant: v.optional(ClaimIdSchema),
  created: v.pipe(v.number(), v.integer(), v.minValue(0)),
  updated: v.pipe(v.number(), v.integer(), v.minValue(0)),
  orphan: v.boolean(),
  fingerprint: boundedString(64),
});
