/**
 * Page metadata: title, og:title, publication date, canonical URL and language. The date decides whether a
 * page can be about the pack's window at all, so every common place a publisher puts it is read, best first.
 */
import type { PageMeta } from '../engine/types';

/** Every <meta> by its name, property, itemprop or http-equiv (lowercased): one pass instead of a query per name. */
function metaIndex(doc: Document): Map<string, string> {
  const index = new Map<string, string>();
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const key of ['property', 'name', 'itemprop', 'http-equiv']) {
      const value = meta.getAttribute(key)?.trim().toLowerCase();
      if (value && !index.has(value)) index.set(value, content);
    }
  }
  return index;
}

function collapse(s: string | null | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** YYYY-MM-DD as the publisher wrote it (no time-zone shift), or undefined if it is not a date. */
export function toIsoDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  // "12 October 2025", "October 12, 2025", "Sun, 12 Oct 2025 10:00:00 GMT"
  const dmy = /(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})/.exec(s);
  const mdy = /([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(s);
  const pick = dmy ? { d: dmy[1]!, m: dmy[2]!, y: dmy[3]! } : mdy ? { d: mdy[2]!, m: mdy[1]!, y: mdy[3]! } : undefined;
  if (pick) {
    const month = MONTHS.indexOf(pick.m.slice(0, 3).toLowerCase());
    if (month >= 0) return `${pick.y}-${String(month + 1).padStart(2, '0')}-${pick.d.padStart(2, '0')}`;
  }
  return undefined;
}

/** datePublished from JSON-LD, however deeply it sits (@graph, arrays, nested NewsArticle). */
function jsonLdDate(doc: Document): string | undefined {
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    for (let guard = 0; stack.length && guard < 500; guard++) {
      const item = stack.pop();
      if (Array.isArray(item)) stack.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        if (typeof record.datePublished === 'string') return record.datePublished;
        for (const value of Object.values(record)) if (value && typeof value === 'object') stack.push(value);
      }
    }
  }
  return undefined;
}

const DATE_META = [
  'article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'og:published_time',
];

function publishedOf(doc: Document, metas: Map<string, string>): string | undefined {
  for (const key of DATE_META) {
    const date = toIsoDate(metas.get(key));
    if (date) return date;
  }
  const ld = toIsoDate(jsonLdDate(doc));
  if (ld) return ld;
  // A <time> in the article first, then one marked as the publication date, then any.
  const times = Array.from(doc.getElementsByTagName('time')).filter((t) => t.hasAttribute('datetime'));
  const time =
    times.find((t) => t.closest('article')) ??
    times.find((t) => t.hasAttribute('pubdate') || t.getAttribute('itemprop') === 'datePublished') ??
    times[0];
  return toIsoDate(time?.getAttribute('datetime') ?? undefined);
}

export function readMetadata(doc: Document): PageMeta {
  const meta: PageMeta = {};
  const metas = metaIndex(doc);
  const title = collapse(doc.getElementsByTagName('title')[0]?.textContent);
  if (title) meta.title = title;
  const og = collapse(metas.get('og:title'));
  if (og) meta.ogTitle = og;
  const published = publishedOf(doc, metas);
  if (published) meta.published = published;
  const canonical = (doc.head ?? doc).querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  if (canonical) meta.canonical = canonical;
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || metas.get('content-language');
  if (lang) meta.lang = lang;
  return meta;
}
