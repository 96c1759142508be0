/**
 * The start-up prefilters must never turn down a page the full road would find a name on: the content script's first
 * read (lib/content/first-read.ts, one word per name: lib/engine/name-index.ts) and gate.js's own (lib/engine/prefilter.ts,
 * used by text-road's `readPage`). Checked on every labelled page, every corpus article (simple and inside a real site's
 * template) and the 65 real Readability pages. And they must turn down what they are for: real pages that name nobody
 * of the conflict.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract, gate, readPage } from '@/lib/content/text-road';
import { gatePack } from '@/lib/pack/bundled-gate';
import { bundledNames } from '@/lib/pack/bundled-names';
import { firstRead, turnedDown } from '@/lib/content/first-read';
import { mayNameAnyone, PREFILTER_PIECE } from '@/lib/engine/prefilter';
import { loadCorpus } from '../../support/corpus';
import { renderInTemplate, renderSimple, templateNames } from '../../support/templates';
import { sharedPath } from '../../support/shared';

const PAGES = path.resolve(import.meta.dirname, '../../fixtures/pages');
const readability = sharedPath('corpora/readability-pages');

const docOf = (html: string): Document => parseHTML(html).document as unknown as Document;

/** The full road's verdict and the one `readPage` gives, on the same document. */
function both(html: string) {
  const full = gate(extract(docOf(html)), gatePack);
  const read = readPage(docOf(html), gatePack);
  const first = firstRead(docOf(html), bundledNames);
  return { full, quick: gate(read, gatePack), walked: read.blocks.length > 0, first };
}

function expectSame(name: string, html: string): boolean {
  const { full, quick, walked, first } = both(html);
  if ('page' in first) {
    // Turned down in the content script: exactly the verdict the full road gives.
    const stage = turnedDown(first.page, bundledNames);
    expect({ name, relevant: stage.gate.relevant, reason: stage.gate.reason, score: stage.gate.score }).toEqual({
      name,
      relevant: full.gate.relevant,
      reason: full.gate.reason,
      score: full.gate.score,
    });
  }
  expect({ name, relevant: quick.gate.relevant, reason: quick.gate.reason, score: quick.gate.score }).toEqual({
    name,
    relevant: full.gate.relevant,
    reason: full.gate.reason,
    score: full.gate.score,
  });
  // Not walked only where the full road found no name or stopped at the date.
  if (!walked) expect(['no-mention', 'before-window'], name).toContain(full.gate.reason);
  return walked;
}

describe('the start-up prefilter', () => {
  it('finds a name wherever the pattern could, and none in text about something else', () => {
    expect(mayNameAnyone(gatePack, 'Clashes on the Durand Line')).toBe(true);
    // The gate's own reading: word boundaries, and the case a short name needs ("UN", not "un" or "http").
    expect(mayNameAnyone(gatePack, 'The UN said so.')).toBe(true);
    expect(mayNameAnyone(gatePack, 'Un ejemplo: https://example.com/unlike')).toBe(false);
    expect(mayNameAnyone(gatePack, 'طالبان')).toBe(true);
    // A topic word alone is no name.
    expect(mayNameAnyone(gatePack, 'Border clashes and a ceasefire elsewhere; 12 people were killed.')).toBe(false);
    expect(mayNameAnyone(gatePack, 'Shares rose on Tuesday as investors welcomed the rate cut.')).toBe(false);
  });

  it('reads a long text piece by piece without losing a name at a cut, and stops at the first name', () => {
    const filler = (n: number) => 'Shares rose on Tuesday. '.repeat(Math.ceil(n / 24)).slice(0, n);
    // A name straddling each cut of the first three pieces, and one only in the last piece.
    for (let cut = 1; cut <= 3; cut++) {
      const at = cut * PREFILTER_PIECE - 4;
      expect(mayNameAnyone(gatePack, `${filler(at)} Durand Line ${filler(PREFILTER_PIECE)}`), `cut ${cut}`).toBe(true);
    }
    expect(mayNameAnyone(gatePack, `${filler(5 * PREFILTER_PIECE)} طالبان`)).toBe(true);
    expect(mayNameAnyone(gatePack, filler(5 * PREFILTER_PIECE))).toBe(false);
    // A name early in a long page: only the first piece is read (what a relevant 1 MB page costs here).
    const read: number[] = [];
    const text = `Torkham. ${filler(8 * PREFILTER_PIECE)}`;
    const slice = String.prototype.slice;
    const spy = function (this: string, ...args: [number?, number?]) {
      if (this === text) read.push((args[1] ?? this.length) - (args[0] ?? 0));
      return slice.apply(this, args);
    };
    String.prototype.slice = spy;
    try {
      expect(mayNameAnyone(gatePack, text)).toBe(true);
    } finally {
      String.prototype.slice = slice;
    }
    expect(read).toHaveLength(1);
    expect(read[0]).toBeLessThan(PREFILTER_PIECE + 1024);
  });

  it('gives the full verdict on every labelled page (tests/fixtures/pages)', () => {
    const files = readdirSync(PAGES).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) expectSame(f, readFileSync(path.join(PAGES, f), 'utf8'));
  });

  it('gives the full verdict on every corpus article, as a simple page and inside a real template', { timeout: 300_000 }, () => {
    const articles = loadCorpus();
    expect(articles.length).toBeGreaterThan(300);
    const templated = readability.present && templateNames().length > 0;
    for (const a of articles) {
      expectSame(a.file, renderSimple(a));
      if (templated) expectSame(`${a.file} (template)`, renderInTemplate(a).html);
    }
  });

  describe.skipIf(!readability.present)('on the 65 real pages', () => {
    let walked = 0;
    let pages = 0;
    let toGateJs = 0;
    beforeAll(() => {
      for (const dir of readdirSync(readability.path)) {
        let html: string;
        try {
          html = readFileSync(path.join(readability.path, dir, 'source.html'), 'utf8');
        } catch {
          continue;
        }
        pages++;
        if (!('page' in firstRead(docOf(html), bundledNames))) toGateJs++;
        if (expectSame(dir, html)) walked++;
      }
    });

    it('gives the full verdict, and walks none of the pages that name nobody', () => {
      console.info(`prefilter: ${pages} real pages, ${walked} walked block by block, ${pages - walked} turned down before the walk`);
      console.info(`first read (content script): ${toGateJs} of ${pages} real pages go on to gate.js`);
      expect(pages).toBe(65);
      // One of them names Türkiye (and is walked); the others name nobody of the conflict or are dated before it.
      expect(walked).toBeLessThanOrEqual(2);
    });
  });
});
