/**
 * Export and import. JSON export is a W3C Web Annotation collection (JSON-LD) inside a versioned
 * ClaimLens envelope; Markdown export is for reading. Import takes only ClaimLens JSON: the file as
 * a whole is checked first (a foreign or malformed file is refused outright), then each record on its
 * own, so one bad record is reported by number instead of sinking a whole backup.
 */
import * as v from 'valibot';
import { t } from '../i18n';
import { formatNumber } from '../numbers';
import { inert } from './inert-text';
import { ClaimIdSchema, HttpUrlSchema, LIMITS, makeNote, PositionSelectorSchema, QuoteSelectorSchema, type Note } from './model';

export const EXPORT_FORMAT = 'claimlens-notes';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
export const MAX_IMPORT_RECORDS = 100_000;
/** Keys that, copied carelessly, rewrite an object's prototype. No ClaimLens file contains them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body: { type: 'TextualBody'; value: string; purpose: 'commenting' | 'tagging'; format?: 'text/plain' }[];
  target: { source: string; selector: ({ type: string } & Record<string, unknown>)[] };
  claimlens: { title: string; claimId?: string; claimant?: string; orphan: boolean };
}

function annotationId(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? `urn:uuid:${id}` : `urn:claimlens:note:${id}`;
}

export function toAnnotation(note: Note): WebAnnotation {
  const body: WebAnnotation['body'] = [];
  if (note.text) body.push({ type: 'TextualBody', value: note.text, format: 'text/plain', purpose: 'commenting' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const selector: WebAnnotation['target']['selector'] = [];
  if (note.quote) selector.push({ ...note.quote });
  if (note.position) selector.push({ ...note.position });
  const ext: WebAnnotation['claimlens'] = { title: note.title, orphan: note.orphan };
  if (note.claimId) ext.claimId = note.claimId;
  if (note.claimant) ext.claimant = note.claimant;
  return {
    id: annotationId(note.id),
    type: 'Annotation',
    motivation: note.text ? 'commenting' : 'highlighting',
    created: new Date(note.created).toISOString(),
    modified: new Date(note.updated).toISOString(),
    body,
    target: { source: note.url, selector },
    claimlens: ext,
  };
}

export function exportJson(notes: readonly Note[], generatorVersion: string, now = new Date()): string {
  const items = [...notes].sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1)).map(toAnnotation);
  const envelope = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'ClaimLens notes',
    generator: { type: 'Software', name: `ClaimLens ${generatorVersion}` },
    generated: now.toISOString(),
    claimlens: { format: EXPORT_FORMAT, version: EXPORT_VERSION },
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(envelope, null, 2);
}

/** Pages in order of their newest note; notes newest first. Shared with the popup's grouping. */
export function groupByPage(notes: readonly Note[]): { url: string; title: string; notes: Note[] }[] {
  const groups = new Map<string, { url: string; title: string; notes: Note[]; newest: number }>();
  for (const note of notes) {
    let g = groups.get(note.url);
    if (!g) groups.set(note.url, (g = { url: note.url, title: note.title, notes: [], newest: 0 }));
    g.notes.push(note);
    if (note.updated >= g.newest) {
      g.newest = note.updated;
      if (note.title) g.title = note.title;
    }
  }
  const out = [...groups.values()].sort((a, b) => b.newest - a.newest);
  for (const g of out) g.notes.sort((a, b) => b.updated - a.updated);
  return out.map(({ url, title, notes }) => ({ url, title, notes }));
}

/**
 * Markdown that renders every character of a note, a tag or a title as text: no raw HTML, no link, image,
 * emphasis or entity (`&#x202E;` would bring back a bidi override), and no bidi control. Every ASCII
 * punctuation mark Markdown gives a meaning to is backslash-escaped, which CommonMark defines as literal.
 */
export const mdText = (s: string) => inert(s).replace(/([\\`*_{}[\]()<>#|!&~])/g, '\\$1');
/** The same, for a line's start: "-", "+", "=" and "1." would open a list or a heading. */
const mdLine = (s: string) =>
  mdText(s)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');

export function exportMarkdown(notes: readonly Note[], now = new Date()): string {
  const groups = groupByPage(notes);
  const lines = [
    `# ClaimLens notes`,
    '',
    `Exported ${now.toISOString().slice(0, 10)}: ${notes.length} notes on ${groups.length} pages.`,
    '',
  ];
  for (const group of groups) {
    lines.push(`## [${mdText(group.title || group.url)}](<${group.url.replace(/[<>\s]/g, encodeURIComponent)}>)`, '');
    for (const note of group.notes) {
      if (note.quote) {
        for (const line of note.quote.exact.trim().split(/\r?\n/)) lines.push(`> ${mdLine(line.trim())}`);
        lines.push('');
      }
      if (note.text)
        lines.push(
          ...note.text
            .trim()
            .split(/\r?\n/)
            .map((line) => mdLine(line.trim())),
          '',
        );
      const meta = [new Date(note.updated).toISOString().slice(0, 10)];
      if (note.tags.length) meta.push(note.tags.map((t) => `#${mdText(t.replace(/\s+/g, '-'))}`).join(' '));
      if (note.claimId) meta.push(`claim: ${note.claimId}`);
      if (note.orphan) meta.push('not found on the page at the last visit');
      lines.push(`*${meta.join(' · ')}*`, '', '---', '');
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Import

export type ImportPlan =
  | { ok: false; error: string }
  | { ok: true; records: { record: number; note: Note }[]; invalid: { record: number; reason: string }[]; total: number };

const isoDate = v.pipe(
  v.string('is not a date'),
  v.maxLength(40, 'is not a date'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a date'),
);

const Body = v.object({
  type: v.optional(v.string()),
  value: v.pipe(v.string('is not text'), v.maxLength(LIMITS.text, `is longer than ${LIMITS.text} characters`)),
  purpose: v.optional(v.string()),
  format: v.optional(v.string()),
});

const Selector = v.object({ type: v.string('has no type') });

const AnnotationSchema = v.object({
  id: v.pipe(v.string('is not text'), v.regex(/^urn:(uuid|claimlens:note):[A-Za-z0-9._:-]{1,128}$/, 'is not a ClaimLens note id')),
  type: v.literal('Annotation', 'is not "Annotation"'),
  created: isoDate,
  modified: v.optional(isoDate),
  body: v.optional(v.union([Body, v.pipe(v.array(Body), v.maxLength(LIMITS.tags + 1, 'has too many parts'))], 'is not a note body')),
  target: v.object({
    source: HttpUrlSchema,
    selector: v.optional(
      v.union([Selector, v.pipe(v.array(Selector), v.maxLength(8, 'has too many selectors'))], 'is not a selector list'),
    ),
  }),
  claimlens: v.optional(
    v.object({
      title: v.optional(v.pipe(v.string('is not text'), v.maxLength(LIMITS.title, `is longer than ${LIMITS.title} characters`))),
      claimId: v.optional(ClaimIdSchema),
      claimant: v.optional(ClaimIdSchema),
      orphan: v.optional(v.boolean()),
    }),
  ),
});

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The first forbidden key anywhere inside, or null. Depth is bounded by JSON.parse having succeeded. */
function forbiddenKey(x: unknown, depth = 0): string | null {
  if (depth > 32 || typeof x !== 'object' || x === null) return null;
  for (const key of Object.keys(x)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const found = forbiddenKey((x as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return null;
}

const FIELD_NAMES: Record<string, string> = {
  id: 'id',
  type: 'type',
  created: 'creation date',
  target: 'target',
  'target.source': 'target page address',
  'target.selector': 'selector',
  body: 'body',
  'body.value': 'note text',
  'claimlens.title': 'title',
  'claimlens.claimId': 'claim id',
  'claimlens.claimant': 'claimant',
};

function explain(issue: v.BaseIssue<unknown>): string {
  const path = (v.getDotPath(issue) ?? '').replace(/\.\d+/g, '');
  const name = FIELD_NAMES[path] ?? path;
  if (issue.input === undefined) return `has no ${name || 'value'}`;
  return name ? `${name} ${issue.message}` : issue.message;
}

function oneRecord(raw: unknown): { note: Note } | { reason: string } {
  if (!isPlainObject(raw)) return { reason: 'is not an object' };
  const bad = forbiddenKey(raw);
  if (bad) return { reason: `has a forbidden key "${bad}"` };
  const parsed = v.safeParse(AnnotationSchema, raw);
  if (!parsed.success) return { reason: explain(parsed.issues[0]) };
  const a = parsed.output;
  const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  const text = bodies
    .filter((b) => (b.purpose ?? 'commenting') === 'commenting')
    .map((b) => b.value)
    .join('\n\n');
  if (text.length > LIMITS.text) return { reason: `note text is longer than ${LIMITS.text} characters` };
  const tagBodies = bodies.filter((b) => b.purpose === 'tagging');
  if (tagBodies.length > LIMITS.tags) return { reason: `has more than ${LIMITS.tags} tags` };
  const tags = tagBodies.map((b) => b.value);
  if (tags.some((t) => t.length > LIMITS.tag)) return { reason: `has a tag longer than ${LIMITS.tag} characters` };

  const selectors = a.target.selector === undefined ? [] : Array.isArray(a.target.selector) ? a.target.selector : [a.target.selector];
  const rawQuote = (raw.target as { selector?: unknown }).selector;
  const rawList = Array.isArray(rawQuote) ? rawQuote : rawQuote === undefined ? [] : [rawQuote];
  let quote: v.InferOutput<typeof QuoteSelectorSchema> | undefined;
  let position: v.InferOutput<typeof PositionSelectorSchema> | undefined;
  for (let i = 0; i < selectors.length; i++) {
    const type = selectors[i]!.type;
    if (type === 'TextQuoteSelector') {
      const q = v.safeParse(QuoteSelectorSchema, rawList[i]);
      if (!q.success) return { reason: `quote selector: ${explain(q.issues[0])}` };
      quote = q.output;
    } else if (type === 'TextPositionSelector') {
      const p = v.safeParse(PositionSelectorSchema, rawList[i]);
      if (!p.success) return { reason: `position selector: ${explain(p.issues[0])}` };
      position = p.output;
    }
  }
  const ext = a.claimlens ?? {};
  if (!quote && !ext.claimId) return { reason: 'has no quote selector and no claim' };
  if (!quote && !text) return { reason: 'has neither a quote nor a note text' };
  const created = Date.parse(a.created);
  const updated = a.modified ? Date.parse(a.modified) : created;
  const note = makeNote({
    id: a.id.replace(/^urn:(uuid|claimlens:note):/, ''),
    url: a.target.source,
    title: ext.title ?? '',
    text,
    tags,
    quote,
    position: quote ? position : undefined,
    claimId: ext.claimId,
    claimant: ext.claimant,
    created,
    updated: Math.max(created, updated),
    orphan: ext.orphan ?? false,
  });
  return { note };
}

/** Check a whole file; no store is touched here. */
export function planImport(fileText: string): ImportPlan {
  if (fileText.length > MAX_IMPORT_BYTES) return { ok: false, error: t('importTooLarge', formatNumber(MAX_IMPORT_BYTES / 1024 / 1024)) };
  let root: unknown;
  try {
    root = JSON.parse(fileText);
  } catch {
    return { ok: false, error: t('importNotJson') };
  }
  if (!isPlainObject(root)) return { ok: false, error: t('importNotExport') };
  for (const key of Object.keys(root)) {
    if (FORBIDDEN_KEYS.has(key)) return { ok: false, error: t('importForbiddenKey', key) };
  }
  const ext = root.claimlens;
  if (!isPlainObject(ext) || ext.format !== EXPORT_FORMAT || root.type !== 'AnnotationCollection') {
    return { ok: false, error: t('importNotExport') };
  }
  if (typeof ext.version !== 'number' || !Number.isInteger(ext.version) || ext.version < 1) {
    return { ok: false, error: t('importNoVersion') };
  }
  if (ext.version > EXPORT_VERSION) {
    return {
      ok: false,
      error: t('importNewerFormat', formatNumber(ext.version)),
    };
  }
  const page = root.first;
  const items = isPlainObject(page) ? page.items : undefined;
  if (!Array.isArray(items)) return { ok: false, error: t('importNoList') };
  if (items.length > MAX_IMPORT_RECORDS) return { ok: false, error: t('importTooMany', formatNumber(MAX_IMPORT_RECORDS)) };

  const records: { record: number; note: Note }[] = [];
  const invalid: { record: number; reason: string }[] = [];
  items.forEach((raw, i) => {
    const result = oneRecord(raw);
    if ('note' in result) records.push({ record: i + 1, note: result.note });
    else invalid.push({ record: i + 1, reason: result.reason });
  });
  return { ok: true, records, invalid, total: items.length };
}

export interface ImportReport {
  ok: boolean;
  imported: number;
  duplicates: number;
  invalid: { record: number; reason: string }[];
  /** One sentence for the reader: "412 imported, 3 duplicates skipped, 2 invalid: record 17 has no target, …". */
  message: string;
}

export function reportMessage(imported: number, duplicates: number, invalid: readonly { record: number; reason: string }[]): string {
  const parts = [t('importImported', formatNumber(imported))];
  if (duplicates) parts.push(duplicates === 1 ? t('importDuplicatesOne') : t('importDuplicatesMany', formatNumber(duplicates)));
  if (invalid.length) {
    const shown = invalid.slice(0, 5).map((i) => t('importInvalidRecord', [formatNumber(i.record), i.reason]));
    if (invalid.length > 5) shown.push(t('importInvalidMore', formatNumber(invalid.length - 5)));
    parts.push(t('importInvalid', [formatNumber(invalid.length), shown.join(t('listSemicolon'))]));
  }
  return parts.join(t('listComma'));
}
