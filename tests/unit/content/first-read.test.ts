/**
 * The content script's first read and its live question (lib/content/first-read.ts), with the real word lists and the
 * real gate.js road.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { firstRead, liveNameCheck, turnedDown } from '@/lib/content/first-read';
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

describe('the first read of a page', () => {
  const page = (date: string, text: string) =>
    parseHTML(
      `<html><head><title>News</title><meta property="article:published_time" content="${date}"></head><body><article><h1>Today</h1><p>${text}</p><p>${'More of the story follows here. '.repeat(10)}</p></article></body></html>`,
    ).document as unknown as Document;

  it('turns down a page that names nobody without reading its metadata: the names come first', () => {
    const read = firstRead(page('2025-11-02', 'Rates rose again in the euro area.'), bundledNames);
    expect(read).toEqual({ page: { blocks: [], meta: {} } });
    if ('page' in read) expect(turnedDown(read.page, bundledNames).gate.reason).toBe('no-mention');
  });

  it('reads the metadata of a page that may name someone: dated before the window, it is turned down there', () => {
    const old = firstRead(page('2024-12-24', 'Clashes near Torkham closed the crossing.'), bundledNames);
    expect('page' in old && old.page.meta.published).toBe('2024-12-24');
    if ('page' in old) expect(turnedDown(old.page, bundledNames).gate.reason).toBe('before-window');
    const now = firstRead(page('2025-11-02', 'Clashes near Torkham closed the crossing.'), bundledNames);
    expect(now).toMatchObject({ meta: { published: '2025-11-02', title: 'News' } });
  });

  it('finds a name in an og:title when the article names nobody', () => {
    const doc = page('2025-11-02', 'Rates rose again in the euro area.');
    const og = doc.createElement('meta');
    og.setAttribute('property', 'og:title');
    og.setAttribute('content', 'Torkham reopens');
    doc.head.appendChild(og);
    expect(firstRead(doc, bundledNames)).toMatchObject({ meta: { ogTitle: 'Torkham reopens' } });
  });
});
