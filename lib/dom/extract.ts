/**
 * The one DOM adapter: a page's readable text as blocks, plus its metadata. Everything after this works on
 * plain strings. Runs on a real browser document and on linkedom's (the CLI), so it touches no globals: all
 * it needs comes from the document passed in.
 *
 * One TreeWalker(SHOW_TEXT) pass over the main article. Each text node goes to its nearest block element
 * (paragraph, list item, heading…); what each element means (skipped? which block?) is worked out once per
 * element and cached, so the walk stays linear in the number of nodes.
 */
import type { PageMeta, TextBlock } from '../engine/types';
import { readMetadata } from './metadata';

export interface ExtractedBlock extends TextBlock {
  /** The text nodes that make up the block, in order (absent for the title, which is not in the body). */
  nodes?: Text[];
  /** Start of each node's text in `text`. */
  offsets?: number[];
  /** The block element. */
  element?: Element;
}

export interface ExtractedPage {
  blocks: ExtractedBlock[];
  meta: PageMeta;
  /** The element the text was taken from (the article, or the body). */
  root?: Element;
}

export interface ExtractOptions {
  /**
   * Also ask `getComputedStyle` (display: none, visibility: hidden) once per block element. Off by default:
   * on a 1 MB page that is thousands of style reads, while the hidden attribute, aria-hidden and inline
   * styles (always checked) catch most hidden text, and a badge in hidden text does no harm. 'auto' turns it
   * on when the document's window has getComputedStyle (a browser; linkedom's window has none).
   */
  computedStyle?: boolean | 'auto';
}

const SHOW_TEXT = 4;

/** Never text for the reader (or never ours to touch). */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'BUTTON',
  'NAV',
  'FOOTER',
  'ASIDE',
  'FORM',
  'HEAD',
  'TITLE',
  'DIALOG',
  'MENU',
]);

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'TD',
  'TH',
  'DD',
  'DT',
  'FIGCAPTION',
  'CAPTION',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'SUMMARY',
  'ADDRESS',
  'BODY',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TR',
  'FIGURE',
  'DETAILS',
  'HGROUP',
]);

const SKIP_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alert',
]);
/** Comment threads, share bars, related links: chrome around an article, by their usual ids and classes. */
const CHROME =
  /(?:^|[\s_-])(?:comments?|comment-list|disqus|share|sharing|social|related|newsletter|promo|advert|ads|sidebar|breadcrumbs?|cookie|subscribe|recommended|outbrain|taboola)(?:$|[\s_-])/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** A block being filled. */
interface Pending {
  entry: ExtractedBlock;
  /** Something other than whitespace seen (checked per node: a regex over the block would flatten its string early). */
  hasText: boolean;
}

/** A block element, shared by every element inside it, with the block's text once it has any. */
interface BlockSlot {
  element: Element;
  pending: Pending | null;
}

interface ElementInfo {
  skipped: boolean;
  slot: BlockSlot | null;
  /** Inside the page's headline (the h1). */
  headline: boolean;
}

const SKIPPED: ElementInfo = { skipped: true, slot: null, headline: false };

function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

function skipSelf(el: Element): boolean {
  const tag = tagOf(el);
  if (SKIP_TAGS.has(tag) || tag.startsWith('CLAIMLENS-')) return true;
  // Most elements (<b>, <a>, plain <p>) carry no attribute at all: one call instead of seven.
  if (!el.hasAttributes()) return tag === 'HEADER' && el.querySelector('nav') !== null;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  if ((id && CHROME.test(id)) || (cls && CHROME.test(cls))) return tag !== 'BODY' && tag !== 'ARTICLE' && tag !== 'MAIN';
  // A site header holds the navigation; an article's own header holds its headline.
  if (tag === 'HEADER' && el.querySelector('nav')) return true;
  return false;
}

/** Only spaces, tabs and line breaks (the indentation between elements). */
function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** At least `min` characters of text under `el`: stops as soon as it knows, instead of copying all of it. */
function hasText(doc: Document, el: Element, min: number): boolean {
  const walker = doc.createTreeWalker(el, SHOW_TEXT);
  let total = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    total += node.data.length;
    if (total > min) return true;
  }
  return false;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').length;
}

/**
 * The main article: [itemprop=articleBody], the longest <article>, <main>, or the element holding most
 * paragraph text. getElementsByTagName is used where it can be: a failed querySelector walks the whole page.
 */
export function findMainRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const itemprop = doc.querySelector('[itemprop="articleBody"]');
  if (itemprop && hasText(doc, itemprop, 200)) return itemprop;
  const articles = body.getElementsByTagName('article');
  if (articles.length === 1 && hasText(doc, articles[0]!, 200)) return articles[0]!;
  let best: Element | null = null;
  let bestLen = 0;
  // Several articles (teasers, comments): the longest. Only here is it worth copying their text.
  if (articles.length > 1) {
    for (const article of Array.from(articles)) {
      const len = textLength(article);
      if (len > bestLen) {
        best = article;
        bestLen = len;
      }
    }
  }
  if (best && bestLen > 200) return best;
  const main = body.getElementsByTagName('main')[0] ?? doc.querySelector('[role="main"]');
  if (main && hasText(doc, main, 200)) return main;
  // The densest block: the parent holding the most paragraph text.
  const byParent = new Map<Element, number>();
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    const parent = p.parentElement;
    if (!parent) continue;
    byParent.set(parent, (byParent.get(parent) ?? 0) + textLength(p));
  }
  let dense: Element | null = null;
  let denseLen = 0;
  for (const [el, len] of byParent) {
    if (len > denseLen) {
      dense = el;
      denseLen = len;
    }
  }
  if (dense && denseLen > 500) return dense;
  return body;
}

export function extractPage(doc: Document, options: ExtractOptions = {}): ExtractedPage {
  const meta = readMetadata(doc);
  const blocks: ExtractedBlock[] = [];
  const title = meta.title || meta.ogTitle;
  if (title) blocks.push({ text: title, kind: 'title' });
  const root = findMainRoot(doc);
  if (!root) return { blocks, meta };

  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const useStyle = options.computedStyle === 'auto' ? typeof view?.getComputedStyle === 'function' : options.computedStyle === true;
  const styleHidden = (el: Element): boolean => {
    if (!useStyle || !view) return false;
    try {
      const cs = view.getComputedStyle(el);
      return cs.display === 'none' || cs.visibility === 'hidden';
    } catch {
      return false;
    }
  };

  const headline = root.getElementsByTagName('h1')[0] ?? doc.body?.getElementsByTagName('h1')[0] ?? null;
  const headlineOutside = headline !== null && !root.contains(headline);
  const info = new Map<Element, ElementInfo>();
  const infoOf = (start: Element): ElementInfo => {
    const cached = info.get(start);
    if (cached) return cached;
    const chain: Element[] = [];
    let el: Element | null = start;
    let known: ElementInfo | undefined;
    while (el) {
      known = info.get(el);
      if (known) break;
      chain.push(el);
      if (el === root || (el === headline && headlineOutside)) break;
      el = el.parentElement;
    }
    // Resolve from the outermost unknown element down.
    let parent: ElementInfo = known ?? { skipped: false, slot: null, headline: false };
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      let own: ElementInfo;
      if (parent.skipped || (node !== root && !(node === headline && headlineOutside) && skipSelf(node))) own = SKIPPED;
      else {
        const isBlock = node === root || node === headline || BLOCK_TAGS.has(tagOf(node));
        const inHeadline = parent.headline || node === headline;
        if (isBlock && styleHidden(node)) own = SKIPPED;
        else own = { skipped: false, slot: isBlock ? { element: node, pending: null } : parent.slot, headline: inHeadline };
      }
      info.set(node, own);
      parent = own;
    }
    return parent;
  };

  const pending: Pending[] = [];
  const collect = (from: Element): void => {
    const walker = doc.createTreeWalker(from, SHOW_TEXT);
    // Sibling text nodes share a parent: look the parent up once per run of them.
    let lastParent: Element | null = null;
    let current: Pending | null = null;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (parent !== lastParent) {
        lastParent = parent;
        const { slot, headline: inHeadline } = parent ? infoOf(parent) : SKIPPED;
        current = null;
        if (slot) {
          current = slot.pending;
          if (!current) {
            const entry: ExtractedBlock = {
              text: '',
              kind: inHeadline ? 'headline' : 'body',
              nodes: [],
              offsets: [],
              element: slot.element,
            };
            current = slot.pending = { entry, hasText: false };
            pending.push(current);
            blocks.push(entry);
          }
        }
      }
      if (!current) continue;
      const data = node.data;
      const entry = current.entry;
      entry.offsets!.push(entry.text.length);
      entry.nodes!.push(node);
      // Appending builds a rope; the one copy happens when the engine joins all blocks.
      entry.text += data;
      if (!current.hasText && !isBlank(data)) current.hasText = true;
    }
  };
  if (headline && headlineOutside) collect(headline); // a headline in the page header, outside the article: first
  collect(root);
  const blank = new Set(pending.filter((p) => !p.hasText).map((p) => p.entry));
  const kept = blank.size ? blocks.filter((b) => !blank.has(b)) : blocks;
  return { blocks: kept, meta, root };
}

/**
 * The text node and offset inside it for an offset into a block's text (for placing highlights). At a
 * boundary between two nodes, a range's start goes to the later node and its end to the earlier one, so that
 * a highlight never begins or ends on an empty stretch of another element.
 */
export function locate(block: ExtractedBlock, offset: number, edge: 'start' | 'end' = 'start'): { node: Text; offset: number } | undefined {
  const { nodes, offsets } = block;
  if (!nodes || !offsets || nodes.length === 0) return undefined;
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! < offset || (edge === 'start' && offsets[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  return { node, offset: Math.max(0, Math.min(offset - offsets[lo]!, node.data.length)) };
}
