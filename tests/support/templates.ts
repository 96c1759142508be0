/**
 * Real page structure for the corpus: an article rendered into the saved markup of a real news site
 * (../shared/corpora/readability-pages/NAME/source.html), at test time and never written into the repository.
 *
 * The site's article paragraphs (found through Readability's own extraction of the page, expected.html) are
 * replaced by the article's, its headline by ours, and every date the page carries (meta tags, JSON-LD,
 * <time>, full dates written in the page's text) by the article's date, or removed for an undated article
 * (`published: null`). Everything else stays: navigation, sidebars, comments, scripts, ads, JSON-LD that is not a
 * date. The canonical address becomes the article's source URL, as it would be on the real site.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { CorpusArticle } from './corpus';

export const READABILITY_DIR = path.resolve(import.meta.dirname, '../../../shared/corpora/readability-pages');

/**
 * News and blog pages among the 65. The others are Readability's unit cases (a few lines of markup each), and
 * firefox-nightly-blog, whose paragraphs are captions and comments (its post is lists).
 */
const SITES = [
  'aktualne',
  'ars-1',
  'bbc-1',
  'breitbart',
  'buzzfeed-1',
  'cnet-svg-classes',
  'ehow-1',
  'gitlab-blog',
  'heise',
  'iab-1',
  'la-nacion',
  'lemonde-1',
  'lifehacker-post-comment-load',
  'medium-1',
  'medium-3',
  'msn',
  'nytimes-1',
  'nytimes-3',
  'nytimes-5',
  'qq',
  'salon-1',
  'seattletimes-1',
  'theverge',
  'wapo-2',
  'webmd-2',
  'wordpress',
  'yahoo-2',
  'yahoo-4',
];

const RTL = new Set(['ur', 'ps', 'fa']);

/** The date keys of meta tags and JSON-LD that a renderer must rewrite (any other key is kept). */
const META_DATE =
  /(?:^|\s)(?:article:(?:published|modified)_time|og:(?:published|updated)_time|date|dc\.date(?:\.issued)?|dcterms\.(?:created|modified)|pubdate|publishdate|publish-date|datepublished|datemodified|datecreated|parsely-pub-date|sailthru\.date|last-modified|lastmod|displaydate|article:published|article:modified|article\.published|article\.updated|dateline|pdate|ptime|utime)(?:\s|$)/i;
const JSONLD_DATE = /^(?:datePublished|dateModified|dateCreated|uploadDate)$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A full date in a page's text: "July 24, 2015", "24 July 2015", "Jul. 24, 2015", "2015-07-24", "24.07.2015". */
const TEXT_DATE =
  /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}(?:T[\d:.+\-Z]*)?|\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2})\b/g;

export interface Template {
  name: string;
  html: string;
}

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Paragraph texts Readability kept from the page: these are the site's article. */
function articleParagraphs(name: string): Set<string> {
  const { document } = parseHTML(readFileSync(path.join(READABILITY_DIR, name, 'expected.html'), 'utf8'));
  return new Set(
    Array.from(document.querySelectorAll('p'))
      .map((p) => squash(p.textContent))
      .filter((t) => t.length >= 30),
  );
}

interface Located {
  document: Document;
  /** The site's article paragraphs, in order. */
  paragraphs: Element[];
}

function locate(name: string): Located | undefined {
  const html = readFileSync(path.join(READABILITY_DIR, name, 'source.html'), 'utf8');
  const { document } = parseHTML(html) as unknown as { document: Document };
  const keep = articleParagraphs(name);
  const paragraphs = Array.from(document.querySelectorAll('p')).filter((p) => keep.has(squash(p.textContent)));
  if (paragraphs.length < 3) return undefined;
  return { document, paragraphs };
}

let available: string[] | undefined;

/** The sites whose article can be found and replaced (all of SITES when ../shared is there). */
export function templateNames(): string[] {
  if (!existsSync(READABILITY_DIR)) return [];
  available ??= SITES.filter((name) => existsSync(path.join(READABILITY_DIR, name, 'source.html')) && locate(name) !== undefined);
  return available;
}

/** The template an article goes into: a fixed function of its id, so a failure can be reproduced. */
export function templateFor(article: Pick<CorpusArticle, 'id'>, salt = ''): string {
  const names = templateNames();
  if (names.length === 0) throw new Error(`no page templates: ${READABILITY_DIR} is missing`);
  const h = createHash('sha256')
    .update(article.id + salt)
    .digest();
  return names[h.readUInt32BE(0) % names.length]!;
}

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[m! - 1]} ${d}, ${y}`;
}

function rewriteJsonLd(value: unknown, published: string | null, headline: string): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteJsonLd(v, published, headline));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (JSONLD_DATE.test(key)) {
      if (published) out[key] = `${published}T08:00:00Z`;
    } else if (key === 'headline' || key === 'alternativeHeadline') out[key] = headline;
    else if (key === 'articleBody') continue;
    else out[key] = rewriteJsonLd(v, published, headline);
  }
  return out;
}

/** Every text node under `root` outside scripts and styles. */
function textNodes(document: Document, root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement?.tagName.toUpperCase();
    if (parent !== 'SCRIPT' && parent !== 'STYLE') out.push(n as Text);
  }
  return out;
}

/** The article inside the site's page, as HTML. */
export function renderInTemplate(article: CorpusArticle, name = templateFor(article)): Template {
  const located = locate(name);
  if (!located) throw new Error(`template ${name}: its article cannot be found`);
  const { document, paragraphs } = located;
  const { published, headline } = article;

  // The article's paragraphs where the site's body was: at the first paragraph among most of the others (a
  // standfirst in the article's header, or a newsletter box, holds Readability paragraphs too, but few).
  const inside = (el: Element | null | undefined): number => (el ? paragraphs.filter((p) => el.contains(p)).length : 0);
  const weight = (p: Element): number =>
    inside(p.parentElement) + inside(p.parentElement?.parentElement) + inside(p.parentElement?.parentElement?.parentElement);
  const body = paragraphs.filter((p) => !p.closest('header'));
  const first = (body.length ? body : paragraphs).reduce((best, p) => (weight(p) > weight(best) ? p : best));
  const ours = new Set<Node>();
  for (const text of article.paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    first.parentNode!.insertBefore(p, first);
    ours.add(p.firstChild!);
  }
  for (const p of paragraphs) p.remove();

  // The headline: the page's h1 (the one nearest the article, else the first).
  const h1s = Array.from(document.querySelectorAll('h1'));
  const h1 = h1s.find((h) => h.compareDocumentPosition(first) & 4) ?? h1s[0];
  if (h1) {
    h1.textContent = headline;
    ours.add(h1.firstChild!);
  }
  let title = document.querySelector('title');
  if (!title) {
    title = document.createElement('title');
    if (!document.head) document.documentElement.insertBefore(document.createElement('head'), document.documentElement.firstChild);
    document.head!.appendChild(title);
  }
  title.textContent = headline;

  const html = document.documentElement;
  html.setAttribute('lang', article.lang);
  if (RTL.has(article.lang)) html.setAttribute('dir', 'rtl');
  else html.removeAttribute('dir');

  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const keys = ['property', 'name', 'itemprop', 'http-equiv'].map((k) => meta.getAttribute(k) ?? '').join(' ');
    const content = meta.getAttribute('content') ?? '';
    if (/(?:^|\s)(?:(?:og|twitter):title|title|headline)(?:\s|$)/i.test(keys)) meta.setAttribute('content', headline);
    else if (/(?:^|\s)(?:(?:og|twitter):)?description(?:\s|$)/i.test(keys))
      meta.setAttribute('content', article.paragraphs[0]!.slice(0, 160));
    else if (/(?:^|\s)og:url(?:\s|$)/i.test(keys)) meta.setAttribute('content', article.source.url);
    else if (
      META_DATE.test(keys) ||
      /^(?:19|20)\d{2}(?:-\d{2}-\d{2}|(?:0\d|1[0-2])[0-3]\d(?:\d{6})?$)/.test(content.trim()) ||
      ((TEXT_DATE.lastIndex = 0), TEXT_DATE.test(content))
    ) {
      // Whatever its key ("pdate", "article:published", "utime"), a date the site wrote is the site's.
      if (published) meta.setAttribute('content', `${published}T08:00:00Z`);
      else meta.remove();
    }
  }
  for (const link of Array.from(document.querySelectorAll('link[rel="canonical"]'))) link.setAttribute('href', article.source.url);
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      script.textContent = JSON.stringify(rewriteJsonLd(JSON.parse(script.textContent ?? ''), published, headline));
    } catch {
      script.remove(); // unparseable: it might still hold the site's date
    }
  }
  for (const time of Array.from(document.querySelectorAll('time'))) {
    if (!published) {
      time.remove();
      continue;
    }
    time.setAttribute('datetime', `${published}T08:00:00Z`);
    time.textContent = longDate(published);
  }
  for (const el of Array.from(document.querySelectorAll('[datetime], [data-timestamp], [data-date]'))) {
    for (const attr of ['datetime', 'data-timestamp', 'data-date'])
      if (el.hasAttribute(attr)) {
        if (published) el.setAttribute(attr, `${published}T08:00:00Z`);
        else el.removeAttribute(attr);
      }
  }
  // A dated article on a site whose page had no date in its metadata: the date goes where most sites put it.
  if (published && !document.querySelector('meta[property="article:published_time"]')) {
    if (!document.head) html.insertBefore(document.createElement('head'), html.firstChild);
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.setAttribute('content', `${published}T08:00:00Z`);
    document.head!.appendChild(meta);
  }
  // Dates written in the page's own text (bylines, "updated" lines): the article's, or none. The article's own
  // text (its paragraphs and headline) is left as written: "between 26 February and 2 March" is part of its story.
  if (document.body)
    for (const node of textNodes(document, document.body)) {
      if (ours.has(node)) continue;
      const text = node.data;
      TEXT_DATE.lastIndex = 0;
      if (TEXT_DATE.test(text)) node.data = text.replace(TEXT_DATE, published ? longDate(published) : '');
    }
  return { name, html: '<!DOCTYPE html>\n' + html.outerHTML };
}

/** The article as the simplest page: a headline, paragraphs, and the date in one meta tag (none when undated). */
export function renderSimple(article: CorpusArticle): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const dir = RTL.has(article.lang) ? ' dir="rtl"' : '';
  return [
    `<!DOCTYPE html>`,
    `<html lang="${article.lang}"${dir}><head><meta charset="utf-8"><title>${esc(article.headline)}</title>`,
    `<link rel="canonical" href="${esc(article.source.url)}">`,
    article.published ? `<meta property="article:published_time" content="${article.published}">` : '',
    `</head><body><article><h1>${esc(article.headline)}</h1>`,
    ...article.paragraphs.map((p) => `<p>${esc(p)}</p>`),
    `</article></body></html>`,
  ].join('\n');
}
