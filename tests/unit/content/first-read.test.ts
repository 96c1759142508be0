/**
 * The content script's first read and its live question (lib/content/first-read.ts), with the real word lists and the
 * real gate.js road.
 */
import { describe, expect, it } from 'vitest';
import { liveNameCheck } from '@/lib/content/first-read';
import { road } from '@/lib/content/road';
import { bundledNames } from '@/lib/pack/bundled-names';
import { gatePack } from '@/lib/pack/bundled-gate';

const nodes = (...texts: string[]) => texts.map((t) => ({ textContent: t }) as Node);

describe("a live page's question: does the new text name anyone?", () => {
  it('asks the word lists until gate.js is in, then the gate itself, which a word of a name alone does not fool', () => {
    let loaded: { road: typeof road; pack: typeof gatePack } | undefined;
    const names = liveNameCheck(
      () => bundledNames,
      () => loaded,
    );
    // "inter" is the word looked for from Inter-Services Public Relations: the lists say yes, and gate.js is loaded.
    expect(names(nodes('Inter Milan won on Sunday.'))).toBe(true);
    expect(names(nodes('Customer services will reopen on Monday.'))).toBe(false);
    loaded = { road, pack: gatePack };
    // With gate.js in, the same batch names nobody: an endless feed of such text is not gated again and again.
    expect(names(nodes('Inter Milan won on Sunday.'))).toBe(false);
    // A name split across two new nodes is still read (their texts are joined by a line break, not glued).
    expect(names(nodes('Trucks queued at', 'Torkham for a week.'))).toBe(true);
    expect(names(nodes('Trucks queued at Tork', 'ham.'))).toBe(false);
  });
});
