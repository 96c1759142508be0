/**
 * Many words as one regex. Shared by the pack compiler (the alias pattern) and the figure reader (its verbs).
 */

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

function escapeChar(ch: string): string {
  // Only syntax characters and "/" may be escaped under the `u` flag.
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * One regex for every alias, written as a trie ("pak(?:istan|tika)"): the regex engine then branches on one
 * character instead of trying each alias in turn. At every node the longer continuations come before the end
 * of a shorter alias, so the longest alias wins. A space in a key stands for any run of spaces and hyphens.
 */
export function buildPattern(keys: string[]): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const key of keys) {
    let node = root;
    for (const ch of key) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const alternatives = [...node.children.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([ch, child]) => (ch === ' ' ? '[\\s\\-]+' : escapeChar(ch)) + emit(child));
    if (node.end && alternatives.length > 0) alternatives.push('');
    if (alternatives.length === 0) return '';
    if (alternatives.length === 1) return alternatives[0]!;
    return `(?:${alternatives.join('|')})`;
  };
  if (root.children.size === 0) return '(?!)';
  return emit(root);
}

/** aliasIndex value of a figure verb that rides along in a pack's pattern (it is not an alias). */
export const ANCHOR = -1;

/** aliasIndex value of topic word i of a pack's gate (ANCHOR - 1 - i): it rides along in the pattern too. */
export function termCode(i: number): number {
  return ANCHOR - 1 - i;
}

/** The topic word's index for an aliasIndex value below ANCHOR. */
export function termOf(code: number): number {
  return ANCHOR - 1 - code;
}
