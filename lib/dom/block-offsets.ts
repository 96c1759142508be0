/**
 * Where an offset of an extracted block's text is in the DOM: the text node and the offset in it. Apart from the
 * extractor so that stage two (annotate.js), which places marks but never extracts a page itself, does not carry it.
 */
import type { ExtractedBlock } from './extract';

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
