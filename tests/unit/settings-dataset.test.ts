import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isWebUrl, summarizePack } from '../../lib/dataset-info';

const meta = {
  id: 'p',
  title: 'Pack',
  version: '1.2.3',
  released: '2026-01-02',
  coverage: { start: '2025-10-11', end: '2025-12-31' },
  window: { start: '2025-10-01' },
  licence: 'CC BY 4.0',
};

describe("the options page's dataset panel", () => {
  it('lists every source once, from claims, events and context, sorted by outlet', () => {
    const info = summarizePack({
      meta,
      entities: [{}, {}],
      events: [{ sources: [{ outlet: 'Zed', url: 'https://z.example/1' }] }],
      claims: [
        { sources: [{ outlet: 'Alpha', url: 'https://a.example/2', published: '2025-11-02' }] },
        {
          sources: [
            { outlet: 'Alpha', url: 'https://a.example/1', published: '2025-10-20' },
            { outlet: 'Zed', url: 'https://z.example/1' },
          ],
        },
      ],
      context: { notes: [{ sources: [{ outlet: 'Mid', url: 'http://m.example/' }] }] },
    } as never);
    expect(info.counts).toEqual({ entities: 2, events: 1, claims: 2, sources: 4 });
    expect(info.sources.map((s) => s.url)).toEqual([
      'https://a.example/1',
      'https://a.example/2',
      'http://m.example/',
      'https://z.example/1',
    ]);
    expect(info).toMatchObject({ version: '1.2.3', updated: '2026-01-02', licence: 'CC BY 4.0' });
  });

  it('never turns a non-web URL into a link', () => {
    const info = summarizePack({
      meta,
      claims: [
        {
          sources: [
            { outlet: 'X', url: 'javascript:alert(1)' },
            { outlet: 'Y', url: 'data:text/html,hi' },
          ],
        },
      ],
    } as never);
    expect(info.sources).toEqual([]);
    expect(isWebUrl('https://ok.example/')).toBe(true);
    expect(isWebUrl('ftp://no.example/')).toBe(false);
  });

  it('summarises the shipped pack: every claim source is listed', () => {
    const pack = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/afpak-2025-26.json'), 'utf8'));
    const info = summarizePack(pack);
    const claimUrls = new Set<string>(pack.claims.flatMap((c: { sources: { url: string }[] }) => c.sources.map((s) => s.url)));
    const listed = new Set(info.sources.map((s) => s.url));
    expect([...claimUrls].filter((u) => !listed.has(u))).toEqual([]);
    expect(info.counts.claims).toBe(pack.claims.length);
    expect(info.version).toBe(pack.meta.version);
  });
});
