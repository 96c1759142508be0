/** The bench's pure helpers: its statistics and the pages and pack it generates (scripts/bench/). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/dom/extract';
import { scanDocument } from '../../lib/engine/scan';
import { compilePack } from '../../lib/pack/compile';
import type { Pack } from '../../lib/pack/schema';
import {
  generatePage,
  paragraphsOf,
  plantableNames,
  randomStream,
  relevantPage,
  syntheticPack,
  unrelatedPage,
} from '../../scripts/bench/pages';
import { outermost } from '../../scripts/bench/extension-run';
import { median, per100K, percentile, ratio, round, summarise } from '../../scripts/bench/stats';

const ROOT = path.resolve(import.meta.dirname, '../..');
const base = JSON.parse(readFileSync(path.join(ROOT, 'data/afpak-2025-26.json'), 'utf8')) as Pack;

function scan(html: string) {
  const { document } = parseHTML(html);
  const page = extractPage(document as unknown as Document);
  return { page, document };
}

describe('bench statistics', () => {
  it('takes the median of odd and even counts without reordering the input', () => {
    const values = [9, 1, 5];
    expect(median(values)).toBe(5);
    expect(values).toEqual([9, 1, 5]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
    // 95% of 10 values is 9.5: the 10th value is the first with at least 95% at or below it.
    expect(percentile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 95)).toBe(10);
  });

  it('rounds, divides and scales to 100 KB, with null for what cannot be computed', () => {
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(Number.NaN)).toBeNull();
    expect(ratio(30, 20)).toBe(1.5);
    expect(ratio(30, 0)).toBeNull();
    expect(ratio(null, 2)).toBeNull();
    expect(per100K(2, 50_000)).toBe(4);
    expect(summarise([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
  });
});

describe('bench pack', () => {
  it('compiles to exactly 500 aliases: the real pack plus invented names, mostly Latin', () => {
    const runtime = compilePack(syntheticPack(base, 500));
    expect(runtime.aliases).toHaveLength(500);
    const real = compilePack(base).aliases.length;
    const invented = runtime.aliases.slice(real);
    expect(invented.filter((a) => a.script === 'arabic').length).toBeGreaterThan(invented.length / 10);
    expect(invented.filter((a) => a.script === 'latin').length).toBeGreaterThan(invented.length / 2);
  });

  it('is the same on every run', () => {
    expect(syntheticPack(base, 500)).toEqual(syntheticPack(base, 500));
    const a = randomStream(3);
    const b = randomStream(3);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe('bench pages', () => {
  const pack = syntheticPack(base, 500);
  const runtime = compilePack(pack);

  it('writes a relevant page of the asked size, with Urdu paragraphs and about one name per 160 words', () => {
    const { html, stats } = relevantPage(pack, 60_000);
    expect(stats.chars).toBeGreaterThanOrEqual(60_000);
    expect(stats.chars).toBeLessThan(61_000);
    expect(stats.urduParagraphs / stats.paragraphs).toBeGreaterThan(0.2);
    expect(stats.urduParagraphs / stats.paragraphs).toBeLessThan(0.42);
    expect(stats.words / stats.planted).toBeGreaterThan(110);
    expect(stats.words / stats.planted).toBeLessThan(230);
    const { page, document } = scan(html);
    // About 60 characters per text node, as on the perf anchors' page (1 MB in 16.7k nodes).
    const walker = document.createTreeWalker(document.body, 4);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    expect(stats.chars / nodes).toBeGreaterThan(45);
    expect(stats.chars / nodes).toBeLessThan(75);
    const result = scanDocument(page.blocks, page.meta, runtime);
    expect(result.relevant).toBe(true);
    expect(result.mentions.length).toBeGreaterThanOrEqual(stats.planted * 0.8);
    expect(result.figures.map((f) => f.value)).toContain(58);
  });

  it('writes an unrelated page in which no alias of the bench pack occurs', () => {
    const { html, stats } = unrelatedPage(40_000);
    expect(stats.planted).toBe(0);
    expect(stats.urduParagraphs).toBeGreaterThan(0);
    const { page } = scan(html);
    const result = scanDocument(page.blocks, page.meta, runtime, { keepMentions: true });
    expect(result.mentions).toEqual([]);
    expect(result.relevant).toBe(false);
  });

  it('plants names only in paragraphs of their own script', () => {
    const names = plantableNames(pack);
    const { html } = generatePage({
      targetChars: 20_000,
      names,
      wordsPerMention: 20,
      headline: 'h',
      title: 't',
      published: '2025-10-20',
      seed: 5,
    });
    const { page } = scan(html);
    const result = scanDocument(page.blocks, page.meta, runtime, { keepMentions: true });
    const arabic = /[\u0600-\u06FF]/;
    for (const m of result.mentions) {
      const firstChar = page.blocks[m.block]!.text.trim()[0]!;
      expect(arabic.test(m.text)).toBe(arabic.test(firstChar));
    }
    expect(result.mentions.length).toBeGreaterThan(0);
  });
});

describe('bench: ClaimLens time from measures', () => {
  it('counts a measure inside another once, and measures side by side each', () => {
    const spans = [
      { name: 'change', start: 10, duration: 5 },
      { name: 'render', start: 11, duration: 3 },
      { name: 'gate', start: 0, duration: 4 },
      { name: 'report', start: 4, duration: 1 },
    ];
    expect(outermost(spans).map((s) => s.name)).toEqual(['gate', 'report', 'change']);
    expect(outermost(spans).reduce((t, s) => t + s.duration, 0)).toBe(10);
  });
});

describe('bench: live feed page', () => {
  it('cuts a generated page into its paragraphs and headings, each whole', () => {
    const page = unrelatedPage(20_000);
    const items = paragraphsOf(page);
    expect(items.length).toBe(page.stats.paragraphs + (page.html.match(/<h2>/g)?.length ?? 0));
    for (const item of items) expect(item).toMatch(/^<(p|h2)\b[^>]*>.*<\/(p|h2)>$/);
  });
});
