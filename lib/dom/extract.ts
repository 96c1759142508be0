/**
 * The one DOM adapter: a page's readable text as blocks, plus its metadata. Everything after this works on
 * plain strings. Runs on a real browser document and on linkedom's (the CLI), so it touches no globals: all
 * it needs comes from the document passed in.
 *
 * One depth-first pass over the main article. Each text node goes to its nearest block element (paragraph,
 * list item, heading…); what each element means (skipped? which block?) follows from its parent's meaning on
 * the way down, and a skipped element's subtree is not entered at all.
 *
 * The text itself comes from one `textContent` of the article, which the browser builds natively: asking each of
 * thousands of text nodes for its `data` costs a string per node, while its `length` is a plain number. A
 * block's text is then a slice of that one string (no copy), or a few slices when other blocks interrupt it.
 */
import type { PageMeta, TextBlock } from '../engine/types';
import { dateInText, readMetadata } from './metadata';

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
  /**
   * Only the blocks that hold these nodes (a live page's changed nodes): each goes to its nearest block element
   * inside the article, read whole with the same rules as a full pass. Nodes outside the article, or inside
   * something skipped, give nothing. Block indices are then those of this partial list.
   */
  within?: readonly Node[];
  /** With `within`: the article and metadata of the last full pass, so a live batch reads neither again. Without it:
   * the article already found (findMainRoot) by the caller. */
  root?: Element;
  /** The page's metadata, already read (readMetadata): a live batch's, or the start-up's (text-road `readPage`). */
  meta?: PageMeta;
}

const SHOW_TEXT = 4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

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
  /** The stretch of the walk's text not yet copied into entry.text: [runStart, runEnd). -1 when there is none. */
  runStart: number;
  runEnd: number;
  /** Length of the block's text so far, runs included. */
  length: number;
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

/** Where a walk under one start stands: kept between slices. */
interface Cursor {
  /** All text under the start in document order (Text and CDATA nodes, as the walk counts them). */
  all: string;
  infos: ElementInfo[];
  parents: Node[];
  info: ElementInfo;
  current: Pending | null;
  at: number;
  node: Node | null;
}

const SKIPPED: ElementInfo = { skipped: true, slot: null, headline: false };
const NO_PARENT: ElementInfo = { skipped: false, slot: null, headline: false };

function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

function skipSelf(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag) || tag.startsWith('CLAIMLENS-')) return true;
  // Most elements of an article (paragraphs, links, emphasis) carry no attribute at all: one cheap call says so.
  if (!el.hasAttributes()) return tag === 'HEADER' && el.querySelector('nav') !== null;
  // One call lists the attributes (a link has only href, a paragraph dir and lang): asking for each of the seven
  // that matter costs a call apiece, on thousands of elements.
  const names = el.getAttributeNames();
  let hidden = false;
  let ariaHidden = false;
  let editable = false;
  let role = false;
  let style = false;
  let id = false;
  let cls = false;
  for (let i = 0; i < names.length; i++) {
    switch (names[i]) {
      case 'hidden':
        hidden = true;
        break;
      case 'aria-hidden':
        ariaHidden = true;
        break;
      case 'contenteditable':
        editable = true;
        break;
      case 'role':
        role = true;
        break;
      case 'style':
        style = true;
        break;
      case 'id':
        id = true;
        break;
      case 'class':
        cls = true;
        break;
    }
  }
  if (hidden || (ariaHidden && el.getAttribute('aria-hidden') === 'true')) return true;
  if (editable && el.getAttribute('contenteditable') !== 'false') return true;
  if (role) {
    const value = el.getAttribute('role');
    if (value && SKIP_ROLES.has(value)) return true;
  }
  if (style) {
    const value = el.getAttribute('style');
    if (value && HIDDEN_STYLE.test(value)) return true;
  }
  if (id || cls) {
    const idValue = id ? el.getAttribute('id') : null;
    const clsValue = cls ? el.getAttribute('class') : null;
    if ((idValue && CHROME.test(idValue)) || (clsValue && CHROME.test(clsValue)))
      return tag !== 'BODY' && tag !== 'ARTICLE' && tag !== 'MAIN';
  }
  // A site header holds the navigation; an article's own header holds its headline.
  return tag === 'HEADER' && el.querySelector('nav') !== null;
}

/** Only spaces, tabs and line breaks (the indentation between elements) in text[from, to). */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
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
  // The densest block: the parent holding the most paragraph text. The body of a story follows its headline, so
  // the first paragraph of some length after the h1 counts its parent three times: a short article still beats a
  // long teaser box further down the page.
  //
  // Paragraphs in the page's navigation, a sidebar or the footer (a site menu written as paragraphs) are never the
  // article. A block whose class or id says what it holds weighs more ("article-content", "entry", "story") or less
  // ("sidebar", "comments", "widget"), as in Readability's scoring: a timeline box beside a short story has more text.
  const h1 = body.getElementsByTagName('h1')[0];
  let afterHeadline: Element | null | undefined = h1 ? undefined : null;
  const byParent = new Map<Element, number>();
  const chrome = new Map<Element, boolean>();
  const isChrome = (parent: Element): boolean => {
    let known = chrome.get(parent);
    if (known === undefined) chrome.set(parent, (known = parent.closest(CHROME_ELEMENTS) !== null));
    return known;
  };
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    const parent = p.parentElement;
    if (!parent) continue;
    const len = textLength(p);
    if (afterHeadline === undefined && len > 80 && h1!.compareDocumentPosition(p) & FOLLOWING && !isChrome(parent)) afterHeadline = parent;
    byParent.set(parent, (byParent.get(parent) ?? 0) + len);
  }
  let dense: Element | null = null;
  let denseLen = 0;
  for (const [el, len] of byParent) {
    const weighted = (el === afterHeadline ? 3 * len : len) * namedWeight(el);
    if (weighted > denseLen && !isChrome(el)) {
      dense = el;
      denseLen = weighted;
    }
  }
  if (dense && denseLen > 500) return dense;
  return body;
}

/** Where a site's navigation, sidebars and footer are: never the article. */
const CHROME_ELEMENTS = 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]';
const NAMED_ARTICLE = /article|body|content|entry|post|story|text/i;
const NAMED_ASIDE = /comment|sidebar|widget|footer|footnote|related|promo|share|social|menu|\bnav/i;

/** How a block's own class and id weigh its paragraph text when the root is found by density. */
function namedWeight(el: Element): number {
  if (!el.hasAttributes()) return 1;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (names.length < 2) return 1;
  if (NAMED_ASIDE.test(names)) return 0.5;
  return NAMED_ARTICLE.test(names) ? 1.5 : 1;
}

export function extractPage(doc: Document, options: ExtractOptions = {}): ExtractedPage {
  const walk = startWalk(doc, options);
  walk.run(NEVER);
  return walk.page();
}

const NEVER = (): boolean => false;

/**
 * The walk of `extractPage`, in slices: each call runs it until `enough()` says the slice is spent (asked every
 * few hundred nodes) and returns the page once it is whole. On a 1 MB page the walk alone was a long task in
 * Firefox (50–63 ms on a slow machine); in slices of about 15 ms the reader's input is answered between them.
 *
 * The page may change between slices: the walk's offsets count into one `textContent` taken at its start, and its
 * position is a node that may have moved. So a MutationObserver on the walked part notes any change of text or
 * structure, and a change seen between slices starts the walk again from the top; after a few such restarts (a page
 * that never stops changing) the rest of the walk is done in one go, as a single-task walk would. Attribute changes
 * (a paragraph hidden meanwhile) are read as the walk reaches them, as they would be just after a single-task walk.
 */
export function extractPageInSlices(
  doc: Document,
  options: ExtractOptions = {},
  { sliceMs = 15, signal }: { sliceMs?: number; signal?: AbortSignal } = {},
): () => ExtractedPage | undefined {
  const View = doc.defaultView?.MutationObserver;
  const clock = doc.defaultView?.performance ?? performance;
  let walk: Walk | null = null;
  let observer: MutationObserver | null = null;
  let restarts = 0;
  // A session that ends mid-walk (the extension turned off) leaves no observer behind.
  signal?.addEventListener('abort', () => observer?.disconnect(), { once: true });
  return () => {
    if (walk && observer?.takeRecords().length) {
      walk = null;
      restarts++;
    }
    if (!walk) {
      walk = startWalk(doc, options);
      observer?.disconnect();
      observer = null;
      if (View && walk.root && restarts < MAX_RESTARTS) {
        observer = new View(() => {});
        for (const watched of walk.watched) observer.observe(watched, { childList: true, characterData: true, subtree: true });
      }
    }
    const until = observer ? clock.now() + sliceMs : 0;
    const done = walk.run(observer ? () => clock.now() >= until : NEVER);
    if (!done) return undefined;
    observer?.disconnect();
    return walk.page();
  };
}

/** Restarts of a sliced walk on a page that keeps changing, before the rest is walked in one go. */
const MAX_RESTARTS = 3;
/** Nodes walked between two looks at the clock. */
const NODES_PER_LOOK = 256;

interface Walk {
  /** The article (absent: a page without a body). */
  root: Element | undefined;
  /** What the walk reads: the article, and a headline outside it. */
  watched: Node[];
  /** Walk on until done (true) or until `enough()` (false). */
  run(enough: () => boolean): boolean;
  page(): ExtractedPage;
}

function startWalk(doc: Document, options: ExtractOptions): Walk {
  const partial = options.within !== undefined;
  const meta = options.meta || readMetadata(doc);
  const blocks: ExtractedBlock[] = [];
  const title = meta.title || meta.ogTitle;
  if (title && !partial) blocks.push({ text: title, kind: 'title' });
  const root = (options.root?.isConnected && options.root) || findMainRoot(doc);
  if (!root) return { root: undefined, watched: [], run: () => true, page: () => ({ blocks, meta }) };

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
  // Where a walk starts (the article; a headline outside it), an element's meaning starts afresh, as if it had no
  // parent. Cached, so that both walks share the blocks when one start holds the other.
  const starts = new Map<Element, ElementInfo>();
  const isStart = (el: Element): boolean => el === root || (el === headline && headlineOutside);
  const meaningOf = (parent: ElementInfo, el: Element): ElementInfo => {
    if (parent.skipped) return SKIPPED;
    const tag = tagOf(el);
    if (!isStart(el) && skipSelf(el, tag)) return SKIPPED;
    const isBlock = el === root || el === headline || BLOCK_TAGS.has(tag);
    if (isBlock && styleHidden(el)) return SKIPPED;
    return { skipped: false, slot: isBlock ? { element: el, pending: null } : parent.slot, headline: parent.headline || el === headline };
  };
  const startInfo = (el: Element): ElementInfo => {
    let known = starts.get(el);
    if (!known) starts.set(el, (known = meaningOf(NO_PARENT, el)));
    return known;
  };
  // A headline outside the article that holds the article (odd, but possible) walks the article's elements twice:
  // then every element's meaning is kept, so that the second walk adds to the same blocks.
  const seen = headline && headlineOutside && headline.contains(root) ? new Map<Element, ElementInfo>() : null;

  const pending: Pending[] = [];
  const open = (slot: BlockSlot, inHeadline: boolean): Pending => {
    let current = slot.pending;
    if (!current) {
      const entry: ExtractedBlock = { text: '', kind: inHeadline ? 'headline' : 'body', nodes: [], offsets: [], element: slot.element };
      current = slot.pending = { entry, hasText: false, runStart: -1, runEnd: -1, length: 0 };
      pending.push(current);
      blocks.push(entry);
    }
    return current;
  };
  const flush = (all: string): void => {
    for (const p of pending) {
      if (p.runEnd > p.runStart) p.entry.text += all.slice(p.runStart, p.runEnd);
      p.runStart = p.runEnd = -1;
    }
  };

  const begin = (from: Element): Cursor | null => {
    const top = startInfo(from);
    if (top.skipped) return null;
    return { all: from.textContent ?? '', infos: [], parents: [], info: top, current: null, at: 0, node: from.firstChild };
  };
  /** Walk the cursor on; false when `enough()` stopped it before the end. */
  const advance = (cursor: Cursor, enough: () => boolean): boolean => {
    const { all, infos, parents } = cursor;
    let { info, current, at, node } = cursor;
    let look = NODES_PER_LOOK;
    while (node) {
      if (--look === 0) {
        look = NODES_PER_LOOK;
        if (enough()) {
          Object.assign(cursor, { info, current, at, node });
          return false;
        }
      }
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        const length = (node as Text).length;
        if (info.slot) {
          if (!current) current = open(info.slot, info.headline);
          if (current.runEnd !== at) {
            if (current.runEnd > current.runStart) current.entry.text += all.slice(current.runStart, current.runEnd);
            current.runStart = current.runEnd = at;
          }
          current.entry.offsets!.push(current.length);
          current.entry.nodes!.push(node as Text);
          current.runEnd += length;
          current.length += length;
          if (!current.hasText && !isBlank(all, at, at + length)) current.hasText = true;
        }
        at += length;
      } else if (type === ELEMENT_NODE) {
        const el = node as Element;
        let own = seen?.get(el);
        if (!own) {
          own = isStart(el) ? startInfo(el) : meaningOf(info, el);
          seen?.set(el, own);
        }
        if (own.skipped) at += (el.textContent ?? '').length;
        else {
          const child = el.firstChild;
          if (child) {
            infos.push(info);
            parents.push(el);
            if (own.slot !== info.slot) current = null;
            info = own;
            node = child;
            continue;
          }
        }
      } else if (type === CDATA_SECTION_NODE) at += (node as CDATASection).length;
      let next: Node | null = node.nextSibling;
      while (!next && parents.length) {
        const up = infos.pop()!;
        if (up.slot !== info.slot) current = null;
        info = up;
        next = parents.pop()!.nextSibling;
      }
      node = next;
    }
    cursor.at = at;
    cursor.node = null;
    return true;
  };
  /** The start's text, once walked: slices of `all`, or each node's own text if the counts disagree. */
  const end = ({ all, at }: Cursor): void => {
    if (at === all.length) return flush(all);
    // The counted lengths disagree with textContent (a DOM that breaks the rule): read each node's own text.
    for (const p of pending) {
      const { entry } = p;
      let text = '';
      p.hasText = false;
      for (let i = 0; i < entry.nodes!.length; i++) {
        const data = entry.nodes![i]!.data;
        entry.offsets![i] = text.length;
        text += data;
        if (!p.hasText && !isBlank(data, 0, data.length)) p.hasText = true;
      }
      entry.text = text;
      p.length = text.length;
      p.runStart = p.runEnd = -1;
    }
  };
  const collect = (from: Element): void => {
    const cursor = begin(from);
    if (cursor && advance(cursor, NEVER)) end(cursor);
  };
  if (options.within) {
    // Each changed node's meaning follows from its ancestors, from the article down; its block is read whole.
    const slots = new Map<Element, boolean>();
    for (const node of options.within) {
      const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
      if (!el || !node.isConnected || !root.contains(el)) continue;
      const path: Element[] = [];
      for (let e: Element | null = el; e && e !== root; e = e.parentElement) path.push(e);
      let info = startInfo(root);
      for (let i = path.length - 1; i >= 0 && !info.skipped; i--) info = meaningOf(info, path[i]!);
      if (!info.skipped && info.slot) slots.set(info.slot.element, info.headline);
    }
    // A block inside another changed block is read with it.
    for (const [slot, inHeadline] of slots) {
      let up = slot.parentElement;
      while (up && !slots.has(up)) up = up.parentElement;
      if (up) continue;
      starts.set(slot, { ...meaningOf(NO_PARENT, slot), headline: inHeadline });
      collect(slot);
    }
    // Only body text: the title and metadata belong to the full pass.
    const blankWithin = new Set(pending.filter((p) => !p.hasText).map((p) => p.entry));
    const page = { blocks: blankWithin.size ? blocks.filter((b) => !blankWithin.has(b)) : blocks, meta, root };
    return { root, watched: [root], run: () => true, page: () => page };
  }
  // A headline in the page header, outside the article, first.
  const froms = headline && headlineOutside ? [headline, root] : [root];
  let step = 0;
  let cursor: Cursor | null | undefined;
  return {
    root,
    watched: froms,
    run: (enough) => {
      for (; step < froms.length; step++, cursor = undefined) {
        cursor ??= begin(froms[step]!);
        if (!cursor) continue;
        if (!advance(cursor, enough)) return false;
        end(cursor);
      }
      return true;
    },
    page: () => {
      const blank = new Set(pending.filter((p) => !p.hasText).map((p) => p.entry));
      const kept = blank.size ? blocks.filter((b) => !blank.has(b)) : blocks;
      if (!meta.published) datelineOf(kept, meta);
      return { blocks: kept, meta, root };
    },
  };
}

/**
 * A page with no date in its metadata or address may still show one where the reader looks: a byline or
 * "updated" line near the headline, or the dateline that opens a wire story ("KABUL, October 12, 2025 —"). Only
 * the top of the article is read, and only a short line or a paragraph's opening: further down, an article
 * names other days ("in March 2025 the crossing was shut").
 */
function datelineOf(blocks: readonly ExtractedBlock[], meta: PageMeta): void {
  let body = 0;
  for (const block of blocks) {
    if (block.kind === 'title') continue;
    if (block.kind === 'body' && ++body > 3) break;
    const text = block.text.length <= 160 ? block.text : block.text.slice(0, 100);
    const date = dateInText(text);
    if (date) {
      meta.published = date;
      meta.dateFrom = 'dateline';
      return;
    }
  }
}
