/**
 * 65 real news pages saved by Mozilla's Readability project (read from ../shared at test time, never copied).
 * None is about the 2025–26 conflict, though several name Afghanistan, Pakistan or the Taliban: each must get
 * zero badges, be reported as not relevant, and keep its text byte-identical, in both browsers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BROWSERS, launch, type ExtensionSession } from '../support/browsers';
import { serveStatic, type StaticServer } from '../support/server';
import { openProbe, type Probe } from '../support/extension';
import { badgeCount, recordTextAtLoad, textNowAndAtLoad } from '../support/page-text';
import { sharedPath } from '../support/shared';

const { path: CORPUS, present } = sharedPath('corpora/readability-pages');
const pages = present ? readdirSync(CORPUS).filter((d) => existsSync(resolve(CORPUS, d, 'source.html'))) : [];

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/corpus/': CORPUS });
});
afterAll(() => server?.close());

describe.each(BROWSERS)('readability corpus in %s', (kind) => {
  let session: ExtensionSession;
  let probe: Probe;
  beforeAll(async () => {
    session = await launch(kind);
    probe = await openProbe(session);
  });
  afterAll(() => session?.close());

  it('has the corpus', () => expect(pages.length).toBeGreaterThanOrEqual(60));

  it.each(pages)('%s: no badge, not relevant, text unchanged', async (name) => {
    const page = await session.newPage();
    try {
      await recordTextAtLoad(page);
      const url = server.url(`/corpus/${name}/source.html`);
      await page.goto(url);
      const summary = await probe.tabSummary(url);
      expect(summary.relevant, `gate reason: ${summary.reason}, score ${summary.score}`).toBe(false);
      expect(await badgeCount(page)).toBe(0);
      const { before, after } = await textNowAndAtLoad(page);
      expect(before).toBeDefined();
      expect(after === before, 'page text changed').toBe(true);
    } finally {
      await page.close();
    }
  });
});
