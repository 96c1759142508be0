/**
 * Marks ranges of the page's text without touching it. Production path: the CSS Custom Highlight API
 * (Chrome, Firefox 140+): no element is added, so no layout shift and no broken page scripts. Fallback:
 * absolutely positioned boxes drawn under the text from the ranges' client rects, in one closed shadow host.
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

// ——— fallback: overlay boxes ———

const OVERLAY_TAG = 'claimlens-overlay';
let overlayHost: HTMLElement | null = null;
let overlayRoot: ShadowRoot | null = null;
const fallbackRanges = new Map<string, Range[]>();
let redrawQueued = false;

function ensureOverlay(doc: Document): ShadowRoot {
  if (overlayRoot && overlayHost?.isConnected) return overlayRoot;
  overlayHost = doc.createElement(OVERLAY_TAG);
  overlayHost.style.setProperty('position', 'absolute', 'important');
  overlayHost.style.setProperty('inset', '0 auto auto 0', 'important');
  overlayHost.style.setProperty('pointer-events', 'none', 'important');
  overlayHost.style.setProperty('z-index', '2147483646', 'important');
  overlayRoot = overlayHost.attachShadow({ mode: 'closed' });
  doc.documentElement.append(overlayHost);
  const queue = () => {
    if (redrawQueued) return;
    redrawQueued = true;
    requestAnimationFrame(() => {
      redrawQueued = false;
      drawOverlay(doc);
    });
  };
  doc.defaultView?.addEventListener('resize', queue, { passive: true });
  return overlayRoot;
}

function drawOverlay(doc: Document): void {
  const root = ensureOverlay(doc);
  const frag = doc.createDocumentFragment();
  const sx = doc.defaultView?.scrollX ?? 0;
  const sy = doc.defaultView?.scrollY ?? 0;
  for (const [name, ranges] of fallbackRanges) {
    const style = registered.get(name);
    for (const range of ranges) {
      for (const rect of range.getClientRects()) {
        const box = doc.createElement('div');
        box.style.cssText = `position:absolute;left:${rect.left + sx}px;top:${rect.top + sy}px;width:${rect.width}px;height:${rect.height}px;background:${style?.background ?? 'rgba(255,220,0,.3)'};mix-blend-mode:multiply;`;
        frag.append(box);
      }
    }
  }
  root.replaceChildren(frag);
}

/** Replace the ranges of one named highlight. An empty list clears it. */
export function setHighlight(name: string, ranges: readonly Range[], doc: Document = document): void {
  if (supportsHighlightApi()) {
    if (ranges.length === 0) CSS.highlights.delete(name);
    else CSS.highlights.set(name, new Highlight(...ranges));
    return;
  }
  if (ranges.length === 0) fallbackRanges.delete(name);
  else fallbackRanges.set(name, [...ranges]);
  drawOverlay(doc);
}

export function clearHighlight(name: string, doc: Document = document): void {
  setHighlight(name, [], doc);
}
