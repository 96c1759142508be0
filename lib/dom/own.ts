/**
 * ClaimLens's own elements, one rule for every walker (extraction, note anchoring, the page watch): any element whose
 * tag starts with `claimlens-` (the badges, the card, the note overlay). Their text is never the page's.
 */
export const OWN_TAG_PREFIX = 'claimlens-';

export function isOwnElement(el: Element): boolean {
  return el.tagName.toLowerCase().startsWith(OWN_TAG_PREFIX);
}

/** The node is one of ours or sits inside one. */
export function insideOwnElement(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) if (isOwnElement(el)) return true;
  return false;
}
