import { describe, expect, it } from 'vitest';
import { HEAD_CHARS, partsOf, splitHead } from '@/lib/content/page-head';
import type { ExtractedPage } from '@/lib/dom/extract';

const page = (...sizes: number[]): ExtractedPage => ({
  blocks: sizes.map((n, i) => ({ text: `${i}`.padEnd(n, '.'), kind: 'body' as const })),
  meta: { published: '2025-10-12' },
});
const firsts = (p: ExtractedPage) => p.blocks.map((b) => b.text[0]);

describe('a long page read from its top (lib/content/page-head.ts)', () => {
  it('leaves a page of up to twice the head whole', () => {
    expect(splitHead(page(HEAD_CHARS, HEAD_CHARS))).toBeUndefined();
    expect(splitHead(page(1000))).toBeUndefined();
  });

  it('cuts a longer page after the block that reaches the head, keeping its metadata on both sides', () => {
    const split = splitHead(page(60_000, 50_000, 70_000, 30_000))!;
    expect(firsts(split.head)).toEqual(['0', '1']);
    expect(firsts(split.rest)).toEqual(['2', '3']);
    expect(split.rest.meta).toEqual({ published: '2025-10-12' });
    // One block longer than the head alone is a head.
    expect(firsts(splitHead(page(250_000, 10))!.head)).toEqual(['0']);
  });

  it('gives the rest in parts of about the head, every block once and in order', () => {
    const rest = page(...Array.from({ length: 30 }, () => 15_000));
    const parts = partsOf(rest);
    expect(parts.flatMap((p) => p.blocks)).toEqual(rest.blocks);
    expect(parts.map((p) => p.blocks.length)).toEqual([7, 7, 7, 7, 2]);
    expect(partsOf(page())).toEqual([]);
  });
});
