/**
 * The built extension on corpus articles from the TEST split, rendered inside real news-site templates
 * (tests/support/templates.ts, from ../shared), in both browsers: a fixed sample of 12 conflict pages and 8
 * negatives, chosen by a hash of the article id (not by how the engine does on them).
 *
 * Every page keeps its text byte-identical and gets no badge unless found relevant. How many of the sample come out
 * as labelled, and how many conflict pages get badges, is printed (with what the engine says in Node on the same
 * HTML) and held to the level the templated test split reaches as a whole: the engine is not perfect there.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionSession } from '../support/browsers';
import { serveStatic, type StaticServer } from '../support/server';
import { openProbe, type Probe } from '../support/extension';
import { badgeCount, recordTextAtLoad, textNowAndAtLoad } from '../support/page-text';
import { loadCorpus } from '../support/corpus';
import { READABILITY_DIR, renderInTemplate } from '../support/templates';
import { htmlDocument, loadRuntimePack } from '../../scripts/scan';
import { scanDocument } from '../../lib/engine/scan';

const shared = existsSync(READABILITY_DIR);
if (!shared && process.env.CI === 'true') throw new Error(`../shared is missing (${READABILITY_DIR})`);

const byHash = (id: string): string => createHash('sha256').update(id).digest('hex');
const test = loadCorpus()
  .filter((a) => a.split === 'test')
  .sort((a, b) => (byHash(a.id) < byHash(b.id) ? -1 : 1));
const sample = [...test.filter((a) => a.relevant).slice(0, 12), ...test.filter((a) => !a.relevant).slice(0, 8)];

interface Page {
  id: string;
  file: string;
  template: string;
  label: boolean;
  /** What the engine says in Node on the same HTML. */
  engine: boolean;
}

let dir: string;
let server: StaticServer;
const pages: Page[] = [];

beforeAll(async () => {
  if (!shared) return;
  const pack = await loadRuntimePack();
  dir = mkdtempSync(join(tmpdir(), 'claimlens-templates-'));
  for (const article of sample) {
    const { html, name } = renderInTemplate(article);
    const file = `${article.id}.html`;
    writeFileSync(join(dir, file), html);
    const doc = htmlDocument(html);
    pages.push({
      id: article.id,
      file,
      template: name,
      label: article.relevant,
      engine: scanDocument(doc.blocks, doc.meta, pack).relevant,
    });
  }
  server = await serveStatic({ '/t/': dir });
  const right = pages.filter((p) => p.engine === p.label).length;
  console.info(`templated test sample: ${right}/${pages.length} as labelled by the engine in Node`);
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!shared).each(BROWSERS)('corpus articles in real site templates, in %s', (kind) => {
  let session: ExtensionSession;
  let probe: Probe;
  const seen = new Map<string, { relevant: boolean | undefined; badges: number }>();
  beforeAll(async () => {
    session = await launch(kind);
    probe = await openProbe(session);
  });
  afterAll(() => session?.close());

  it('has a sample of 12 conflict pages and 8 negatives', () => {
    expect(pages.filter((p) => p.label).length).toBe(12);
    expect(pages.filter((p) => !p.label).length).toBe(8);
  });

  it.each(sample.map((a) => a.id))('%s: text unchanged, no badge unless found relevant', async (id) => {
    const p = pages.find((x) => x.id === id)!;
    const page = await session.newPage();
    try {
      await recordTextAtLoad(page);
      const url = server.url(`/t/${p.file}`);
      await page.goto(url);
      const summary = await probe.tabSummary(url, (s) => s.known, 20_000).catch(() => undefined);
      let badges = 0;
      if (summary?.relevant) {
        // A relevant page reports again once its badges are placed.
        await probe.tabSummary(url, (s) => s.badges > 0, 10_000).catch(() => undefined);
        badges = await badgeCount(page);
      } else expect(await badgeCount(page)).toBe(0);
      seen.set(id, { relevant: summary?.relevant, badges });
      const { before, after } = await textNowAndAtLoad(page);
      expect(before).toBeDefined();
      expect(after === before, 'page text changed').toBe(true);
    } finally {
      await page.close();
    }
  });

  it('badges the conflict pages and leaves the negatives alone, at the level of the test split', () => {
    const lines = pages.map((p) => {
      const got = seen.get(p.id);
      return `${p.label === got?.relevant ? 'ok ' : 'NO '} ${p.id} [${p.template}] label ${p.label} node ${p.engine} browser ${got?.relevant ?? 'not scanned'} badges ${got?.badges ?? 0}`;
    });
    console.info(`${kind}:\n  ${lines.join('\n  ')}`);
    const right = pages.filter((p) => seen.get(p.id)?.relevant === p.label).length;
    const badged = pages.filter((p) => p.label && (seen.get(p.id)?.badges ?? 0) > 0).length;
    // Measured 18 of 20 and 9 of 12 in both browsers until round six; its 13 new test articles changed the sample
    // (drawn by hash from the whole test split), and it measured 17 of 20 and 8 of 12 in both browsers. The templated
    // test split as a whole scores gate F1 0.918. The level is held, not the goal (every conflict page badged).
    // With a badge for every page found relevant (below), 11 of 12 conflict pages were badged in both browsers.
    // Round fourteen's test articles changed the sample again (four of its 12 conflict pages are theirs): 16 of 20 and
    // 10 of 12 in both browsers, a Pashto Torkham story told with weak names only now missed at the gate.
    // Rounds sixteen and seventeen's test articles changed it once more (four conflict pages and one negative are
    // theirs): 17 of 20 and 10 of 12 in both browsers; the one negative badged is the Bannu peace-committee attack.
    // Rounds twenty-five and twenty-six changed it again (one negative is round twenty-six's): 17 of 20 and 10 of 12
    // in Node. Rounds twenty-seven and twenty-eight, held out of all tuning, changed it once more (four conflict pages
    // are theirs, and two of them are missed: a court bombing in Islamabad blamed on a cell in Nangarhar, an undated
    // Pashto story of a captured post): 16 of 20 and 9 of 12 in both browsers, as in Node. The floors follow the sample
    // (17 → 16, 10 → 9), not a change of the engine: the same engine scored 17 of 20 on the sample before those rounds.
    // Rounds twenty-nine to thirty-six changed it again (six of its pages are theirs, four from rounds held out of all
    // tuning): 19 of 20 and 12 of 12 in Node with the engine after their two tunings. The floors rise to that less one.
    expect(right).toBeGreaterThanOrEqual(18);
    expect(badged).toBeGreaterThanOrEqual(11);
    // Every page found relevant shows it: one told with weak names only (a ceasefire in Doha between Pakistan and
    // Afghanistan) gets a badge on its first name (lib/content/marks.ts `atLeastOne`); until then 3 of the 11 found
    // relevant had none.
    const bare = pages.filter((p) => seen.get(p.id)?.relevant && !(seen.get(p.id)?.badges ?? 0)).map((p) => p.id);
    expect(bare, 'pages found relevant without a badge').toEqual([]);
  });
});
