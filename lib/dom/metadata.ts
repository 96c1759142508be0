/**
 * Page metadata: title, og:title, publication date, canonical URL and language. The date decides whether a
 * page can be about the pack's window at all, so every common place a publisher puts it is read, best first.
 */
import type { PageMeta } from '../engine/types';
import { GREGORIAN_MONTHS } from '../text/month-names';

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

/**
 * A date in a page's address, as many sites write one: /2025/10/12/, /2025-10-12-, /20251012/. Only a full date
 * counts (a year and month alone would say nothing about the day a claim was made).
 */
export function dateInUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url, 'http://x/').pathname;
  } catch {
    return undefined;
  }
  const m = /(?:^|[/_-])(20\d{2})([/_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=$|[/_.-]|\D)/.exec(path);
  return m ? `${m[1]}-${m[3]}-${m[4]}` : undefined;
}

/** A dateline's month word (any case) → its month, 1–12: every spelling of the shared table, the everyday ones too. */
const MONTH_OF = new Map(GREGORIAN_MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const asciiDigits = (s: string): string => s.replace(DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
const WORD = '[A-Za-z\\u0600-\\u06FF]+';
const DAY_MONTH_YEAR = new RegExp(`(?:^|[^\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(${WORD})\\.?,?\\s+(20\\d{2})(?!\\d)`, 'u');
const MONTH_DAY_YEAR = new RegExp(`(${WORD})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(20\\d{2})(?!\\d)`, 'u');
const ISO_DAY = /(?:^|\D)(20\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)/;

/**
 * A full date written in a line of text: "October 12, 2025", "12 Oct 2025", "2025-10-12", "۱۲ اکتوبر ۲۰۲۵".
 * For datelines and bylines (see extractPage), not for a whole article: an article names other days too.
 */
export function dateInText(raw: string): string | undefined {
  const s = asciiDigits(raw);
  const iso = ISO_DAY.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const month = (word: string): number | undefined => MONTH_OF.get(word.toLowerCase());
  const dmy = DAY_MONTH_YEAR.exec(s);
  const dm = dmy && month(dmy[2]!);
  if (dmy && dm) return `${dmy[3]}-${String(dm).padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  const mdy = MONTH_DAY_YEAR.exec(s);
  const md = mdy && month(mdy[1]!);
  if (mdy && md) return `${mdy[3]}-${String(md).padStart(2, '0')}-${mdy[2]!.padStart(2, '0')}`;
  return undefined;
}

export function readMetadata(doc: Document): PageMeta {
  const meta: PageMeta = {};
  const metas = metaIndex(doc);
  const title = collapse(doc.getElementsByTagName('title')[0]?.textContent);
  if (title) meta.title = title;
  const og = collapse(metas.get('og:title'));
  if (og) meta.ogTitle = og;
  const canonical = (doc.head ?? doc).querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  if (canonical) meta.canonical = canonical;
  const published = publishedOf(doc, metas);
  if (published) {
    meta.published = published;
    meta.dateFrom = 'metadata';
  } else {
    // No date in the metadata: many sites still put one in the address.
    const address =
      dateInUrl(canonical) ?? dateInUrl(metas.get('og:url')) ?? (/^https?:/.test(doc.URL ?? '') ? dateInUrl(doc.URL) : undefined);
    if (address) {
      meta.published = address;
      meta.dateFrom = 'address';
    }
  }
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || metas.get('content-language');
  if (lang) meta.lang = lang;
  return meta;
}
