/**
 * Between DOM ranges and the plain-text offsets of lib/notes/anchor.ts. The text of a page is its
 * text nodes joined in document order (like textContent), minus what a reader never sees as
 * article text (scripts, styles, form fields) and minus ClaimLens's own elements.
 */
import { describe, locate, type Located, type Selectors } from './anchor';
import { isOwnElement } from '../dom/own';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'SVG', 'svg']);

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** starts[i] = offset of nodes[i] in text. */
  starts: number[];
}

function skipped(el: Element): boolean {
  return SKIPPED.has(el.tagName) || isOwnElement(el);
}

/** Text nodes in document order, walked by hand: the same result with real DOMs and Node test DOMs. */
export function indexText(root: Node): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data) {
        nodes.push(node as Text);
        starts.push(offset);
        parts.push(data);
        offset += data.length;
      }
    }
    const descend = node.nodeType === 1 && !skipped(node as Element) && node.firstChild;
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The first indexed text node at or after a boundary point, as an index into `nodes`. */
function firstNodeFrom(index: TextIndex, container: Node, offset: number): number {
  const { nodes } = index;
  const FOLLOWING = 4;
  let atOrAfter: (t: Text) => boolean;
  if (offset < container.childNodes.length) {
    const child = container.childNodes[offset]!;
    atOrAfter = (t) => t === child || child.contains(t) || (child.compareDocumentPosition(t) & FOLLOWING) !== 0;
  } else {
    atOrAfter = (t) => !container.contains(t) && (container.compareDocumentPosition(t) & FOLLOWING) !== 0;
  }
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(nodes[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function boundaryToOffset(index: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const i = index.nodes.indexOf(container as Text);
    if (i >= 0) return index.starts[i]! + Math.min(offset, (container as Text).data.length);
    // A text node we skip (inside a script, say): count from the next indexed node.
    const parent = container.parentNode;
    if (!parent) return index.text.length;
    return boundaryToOffset(index, parent, Array.prototype.indexOf.call(parent.childNodes, container) + 1);
  }
  const i = firstNodeFrom(index, container, offset);
  return i < index.nodes.length ? index.starts[i]! : index.text.length;
}

export type BoundaryPoints = Pick<Range, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>;

export function rangeToOffsets(index: TextIndex, range: BoundaryPoints) {
  const start = boundaryToOffset(index, range.startContainer, range.startOffset);
  const end = boundaryToOffset(index, range.endContainer, range.endOffset);
  return { start: Math.min(start, end), end: Math.max(start, end) };
}

/** The node holding text offset `at`; at a node boundary, the next node for a start, the previous for an end. */
function nodeAt(index: TextIndex, at: number, isEnd: boolean): { node: Text; offset: number } | null {
  const { nodes, starts } = index;
  if (!nodes.length) return null;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (isEnd ? s < at : s <= at) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  return { node, offset: Math.max(0, Math.min(node.data.length, at - starts[lo]!)) };
}

export interface Span {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

export function offsetsToSpan(index: TextIndex, start: number, end: number): Span | null {
  const from = nodeAt(index, start, false);
  const to = nodeAt(index, end, true);
  if (!from || !to) return null;
  return { startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset };
}

export function spanToRange(span: Span, doc: Document): Range {
  const range = doc.createRange();
  range.setStart(span.startContainer, span.startOffset);
  range.setEnd(span.endContainer, span.endOffset);
  return range;
}

/** Selectors for a selection, or null if it holds no page text. Whitespace at either end is not part of a quote. */
export function describeRange(index: TextIndex, range: BoundaryPoints): Selectors | null {
  let { start, end } = rangeToOffsets(index, range);
  while (start < end && /\s/.test(index.text[start]!)) start++;
  while (end > start && /\s/.test(index.text[end - 1]!)) end--;
  if (start >= end) return null;
  return describe(index.text, start, end);
}

export interface Anchored extends Located {
  span: Span;
}

export function anchorSelectors(index: TextIndex, selectors: Selectors): Anchored | null {
  const found = locate(index.text, selectors);
  if (!found) return null;
  const span = offsetsToSpan(index, found.start, found.end);
  return span ? { ...found, span } : null;
}

/** The text a span covers, from the index (no Range needed). */
export function spanText(index: TextIndex, span: Span): string {
  const a = index.nodes.indexOf(span.startContainer);
  const b = index.nodes.indexOf(span.endContainer);
  return index.text.slice(index.starts[a]! + span.startOffset, index.starts[b]! + span.endOffset);
}
