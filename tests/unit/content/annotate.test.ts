import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractPage } from '@/lib/dom/extract';
import { whyLine } from '@/lib/content/annotate';
import { rescan } from '@/lib/content/text-road';
import { scanDocument } from '@/lib/engine';
import { runtimePack } from '@/lib/pack/bundled-runtime';

const ARTICLE = `<!doctype html><html lang="en"><head><title>Clashes on the Durand Line</title>
<meta property="article:published_time" content="2025-10-12"></head><body><article id="a">
<h1>Clashes on the Durand Line</h1>
<p>Zabihullah Mujahid said 58 Pakistani soldiers were killed along the Durand Line.</p>
</article></body></html>`;

describe('stage two', () => {
  it('scans only new or changed blocks: nothing twice, and a new paragraph gets its figure', () => {
    const { document } = parseHTML(ARTICLE);
    const scanned = new WeakMap<Element, string>();
    const first = rescan(extractPage(document as unknown as Document), scanned, [], runtimePack);
    expect(first.figures.map((f) => f.claimId)).toEqual(['oct12-iea-pak-soldiers-killed-58']);
    // Nothing changed: nothing found again.
    const again = rescan(extractPage(document as unknown as Document), scanned, first.mentions, runtimePack);
    expect(again).toEqual({ mentions: [], figures: [] });
    // Infinite scroll appends a paragraph: only it is read, and its figure lands on its own block index.
    const p = document.createElement('p');
    p.textContent = "Pakistan's ISPR said 23 troops were martyred in the clashes.";
    document.getElementById('a')!.append(p);
    const page = extractPage(document as unknown as Document);
    const more = rescan(page, scanned, first.mentions, runtimePack);
    expect(more.figures.map((f) => f.claimId)).toEqual(['oct12-ispr-pak-soldiers-killed-23']);
    expect(page.blocks[more.figures[0]!.block]!.text).toContain('23 troops');
  });

  it('explains the badges with the strong names first, the headline, and the date', () => {
    const { document } = parseHTML(ARTICLE);
    const page = extractPage(document as unknown as Document);
    const line = whyLine(scanDocument(page.blocks, page.meta, runtimePack), page.meta.published);
    expect(line).toMatch(/^This page names Durand Line/);
    expect(line).toContain('including the headline');
    expect(line).toContain('12 Oct 2025');
  });
});
