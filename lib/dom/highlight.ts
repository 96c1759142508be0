/**
 * Marks ranges of the page's text without touching it. Mentions and figures: the CSS Custom Highlight API
 * (Chrome, Firefox 140+): no element is added, so no layout shift and no broken page scripts; a page may read
 * these ranges, but they are the same for every reader of that page, so they tell it nothing about the user.
 * Notes: boxes in one closed shadow host (below), which the page can't enumerate. The same boxes are the
 * fallback for every highlight where the API is missing.
 */

export interface HighlightStyle {
  /** CSS for `::highlight(name)`. */
  background: string;
  darkBackground?: string;
  underline?: string;
}

const registered = new Map<string, HighlightStyle>();
let sheet: CSSStyleSheet | null = null;
let styleElement: HTMLStyleElement | null = null;

export function supportsHighlightApi(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

function cssFor(): string {
  let css = '';
  for (const [name, style] of registered) {
    if (privateNames.has(name)) continue;
    const decoration = style.underline ? `text-decoration: underline 2px ${style.underline}; text-underline-offset: 2px;` : '';
    css += `::highlight(${name}) { background-color: ${style.background}; ${decoration} }\n`;
    if (style.darkBackground)
      css += `@media (prefers-color-scheme: dark) { ::highlight(${name}) { background-color: ${style.darkBackground}; } }\n`;
  }
  return css;
}

/**
 * `::highlight()` rules must live in the document's own style scope. A constructed sheet is not subject to the
 * page's CSP (style-src 'none' blocks <style> and style attributes, not CSSOM); where it can't be adopted
 * (some content-script sandboxes), a <style> element is the fallback.
 */
function installStyles(doc: Document): void {
  const css = cssFor();
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
    sheet.replaceSync(css);
    return;
  } catch {
    sheet = null;
  }
  if (!styleElement) {
    styleElement = doc.createElement('style');
    styleElement.setAttribute('data-claimlens', '');
    (doc.head ?? doc.documentElement).append(styleElement);
  }
  styleElement.textContent = css;
}

/**
 * Colours for a named highlight: a ::highlight() rule, or the overlay's boxes where the API is missing. Registered
 * only when a feature is about to draw: a page where ClaimLens shows nothing holds no ClaimLens style at all.
 */
export function registerHighlightStyle(name: string, style: HighlightStyle, doc: Document = document): void {
  const known = registered.get(name);
  if (known && JSON.stringify(known) === JSON.stringify(style)) return;
  registered.set(name, style);
  if (supportsHighlightApi()) installStyles(doc);
}

// ——— overlay boxes: private highlights everywhere, and every highlight where the API is missing ———

/**
 * Highlights that are the reader's own (notes): a page's script can enumerate `CSS.highlights` and read every
 * range, so these are never put there, and their colours are never a ::highlight() rule it could read with
 * getComputedStyle. They are boxes in a CLOSED shadow root instead, positioned from the ranges' client rects.
 */
const privateNames = new Set<string>();

const OVERLAY_TAG = 'claimlens-overlay';
let overlayHost: HTMLElement | null = null;
let overlayRoot: ShadowRoot | null = null;
let stopWatching: (() => void) | null = null;
const overlayRanges = new Map<string, Range[]>();
let redrawQueued = false;

function ensureOverlay(doc: Document): ShadowRoot {
  if (overlayRoot && overlayHost?.isConnected) return overlayRoot;
  overlayHost = doc.createElement(OVERLAY_TAG);
  for (const [k, v] of Object.entries({
    position: 'absolute',
    inset: '0 auto auto 0',
    width: '0',
    height: '0',
    display: 'block',
    'pointer-events': 'none',
    'z-index': '2147483646',
  }))
    overlayHost.style.setProperty(k, v, 'important');
  overlayRoot = overlayHost.attachShadow({ mode: 'closed' });
  doc.documentElement.append(overlayHost);
  const view = doc.defaultView;
  const queue = () => {
    if (redrawQueued) return;
    redrawQueued = true;
    requestAnimationFrame(() => {
      redrawQueued = false;
      drawOverlay(doc);
    });
  };
  // The boxes follow the text when the layout moves: a resized window, or content that grows or shrinks.
  view?.addEventListener('resize', queue, { passive: true });
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(queue) : null;
  if (doc.body) resize?.observe(doc.body);
  stopWatching = () => {
    view?.removeEventListener('resize', queue);
    resize?.disconnect();
  };
  return overlayRoot;
}

function drawOverlay(doc: Document): void {
  if (overlayRanges.size === 0) {
    // Nothing to show: no element of ours stays in the page.
    stopWatching?.();
    stopWatching = null;
    overlayHost?.remove();
    overlayHost = overlayRoot = null;
    return;
  }
  const root = ensureOverlay(doc);
  const frag = doc.createDocumentFragment();
  const sx = doc.defaultView?.scrollX ?? 0;
  const sy = doc.defaultView?.scrollY ?? 0;
  const dark = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  for (const [name, ranges] of overlayRanges) {
    const style = registered.get(name);
    const background = (dark && style?.darkBackground) || style?.background || 'rgba(255,220,0,.3)';
    for (const range of ranges) {
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        const box = doc.createElement('div');
        box.style.cssText = `position:absolute;left:${rect.left + sx}px;top:${rect.top + sy}px;width:${rect.width}px;height:${rect.height}px;background:${background};mix-blend-mode:multiply;${style?.underline ? `box-shadow:inset 0 -2px 0 ${style.underline};` : ''}`;
        frag.append(box);
      }
    }
  }
  root.replaceChildren(frag);
}

/** Colours for a private highlight (see above): kept for the overlay, never written into the page's styles. */
export function registerPrivateHighlightStyle(name: string, style: HighlightStyle): void {
  privateNames.add(name);
  registered.set(name, style);
}

/** The Highlight object we registered under each name: more ranges go into it only while it is still ours. */
const ownHighlights = new Map<string, Highlight>();

/** Replace the ranges of one named highlight. An empty list clears it. */
export function setHighlight(name: string, ranges: readonly Range[], doc: Document = document): void {
  if (!privateNames.has(name) && supportsHighlightApi()) {
    ownHighlights.delete(name);
    if (ranges.length === 0) CSS.highlights.delete(name);
    else {
      const highlight = new Highlight(...ranges);
      CSS.highlights.set(name, highlight);
      ownHighlights.set(name, highlight);
    }
    return;
  }
  if (ranges.length === 0) overlayRanges.delete(name);
  else overlayRanges.set(name, [...ranges]);
  drawOverlay(doc);
}

/**
 * Add ranges to one named highlight that already holds `all` minus these (`all` ends with `added`). A live page or a
 * long page's rest adds a few ranges at a time: building a new Highlight of every range each time cost the page's
 * whole set again per batch. A page may have replaced our highlight under that name: then ours is set anew, whole.
 */
export function extendHighlight(name: string, added: readonly Range[], all: readonly Range[], doc: Document = document): void {
  if (added.length === 0) return;
  const own = ownHighlights.get(name);
  if (!privateNames.has(name) && own && supportsHighlightApi() && CSS.highlights.get(name) === own) {
    for (const range of added) own.add(range);
    return;
  }
  setHighlight(name, all, doc);
}

export function clearHighlight(name: string, doc: Document = document): void {
  setHighlight(name, [], doc);
}
