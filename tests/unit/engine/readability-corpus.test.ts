/**
 * Real news pages from Mozilla Readability's test suite (read from ../shared at test time, never copied):
 * none is about the 2025–26 Afghanistan–Pakistan conflict, so every one must come out not relevant, with no
 * mention or figure to badge. The same pages check the metadata the extractor reads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { sharedPath } from '../../support/shared';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/dom/extract';
import { compilePack, type RuntimePack } from '../../../lib/pack/compile';
import { scanDocument } from '../../../lib/engine/scan';
import { validatePack } from '../../../lib/pack/validate';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const { path: CORPUS, present } = sharedPath('corpora/readability-pages');

interface Expected {
  title: string | null;
  lang: string | null;
  publishedTime: string | null;
}

const pages = present
  ? readdirSync(CORPUS)
      .filter((name) => existsSync(path.join(CORPUS, name, 'source.html')))
      .sort()
  : [];
let pack: RuntimePack;

beforeAll(() => {
  const result = validatePack(JSON.parse(readFileSync(path.join(ROOT, 'data/afpak-2025-26.json'), 'utf8')));
  if (!result.ok) throw new Error('the bundled pack does not validate');
  pack = compilePack(result.pack);
});

function load(name: string) {
  const { document } = parseHTML(readFileSync(path.join(CORPUS, name, 'source.html'), 'utf8'));
  const page = extractPage(document as unknown as Document);
  const expected = JSON.parse(readFileSync(path.join(CORPUS, name, 'expected-metadata.json'), 'utf8')) as Expected;
  return { page, expected };
}

const blank = (s: string | null | undefined): boolean => !s || !s.trim();

describe.skipIf(!present)('readability corpus', () => {
  it('has the pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(60);
  });

  it.each(pages)('%s: not relevant, nothing badged', (name) => {
    const { page } = load(name);
    const result = scanDocument(page.blocks, page.meta, pack);
    expect(result.relevant, `${name}: ${result.reason} ${result.score} ${JSON.stringify(result.evidence.slice(0, 3))}`).toBe(false);
    expect(result.mentions).toEqual([]);
    expect(result.figures).toEqual([]);
    // Most of these pages are old enough for the date alone to say no; the text must say no as well.
    const undated = scanDocument(page.blocks, { ...page.meta, published: undefined }, pack);
    expect(undated.relevant, `${name} undated: ${undated.reason} ${undated.score} ${JSON.stringify(undated.evidence.slice(0, 3))}`).toBe(
      false,
    );
    expect(undated.mentions).toEqual([]);
  });

  it('reads the title, lang and date that Readability expects on most pages', () => {
    let title = 0;
    let lang = 0;
    let dated = 0;
    let date = 0;
    const misses: string[] = [];
    for (const name of pages) {
      const { page, expected } = load(name);
      const candidates = [page.meta.ogTitle, page.meta.title];
      // An empty expected title is Readability finding none; any title we read is then fine.
      const titleOk =
        blank(expected.title) ||
        candidates.some((t) => t && (t === expected.title || t.includes(expected.title!) || expected.title!.includes(t)));
      if (titleOk) title++;
      else misses.push(`${name}: title ${JSON.stringify(page.meta.ogTitle ?? page.meta.title)} ≠ ${JSON.stringify(expected.title)}`);
      if ((page.meta.lang ?? '').toLowerCase() === (expected.lang ?? '').toLowerCase()) lang++;
      else misses.push(`${name}: lang ${page.meta.lang} ≠ ${expected.lang}`);
      if (expected.publishedTime) {
        dated++;
        if (page.meta.published && expected.publishedTime.startsWith(page.meta.published)) date++;
        else misses.push(`${name}: published ${page.meta.published} ≠ ${expected.publishedTime}`);
      }
    }
    const n = pages.length;
    console.info(
      `readability metadata agreement: title ${title}/${n} (${((100 * title) / n).toFixed(0)}%), lang ${lang}/${n}, date ${date}/${dated}\n  ${misses.join('\n  ')}`,
    );
    expect(title / n).toBeGreaterThanOrEqual(0.9);
    expect(lang / n).toBeGreaterThanOrEqual(0.95);
    expect(date / dated).toBeGreaterThanOrEqual(0.75);
  });
});
