/**
 * Screenshots of the four fact-checker features (issue #16) for the README, in both browsers:
 * docs/screenshots/{chromium,firefox}-factcheck-{misattributed,as-of,claim-table,pack-import}.png, on the pages the
 * e2e tests use (tests/fixtures/factcheck/). Uses the existing build (run `npm run build` first) and Debian's
 * Chromium and Firefox ESR, headless.
 *
 *   npx tsx scripts/screenshots-factcheck.ts
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from '../tests/support/browsers';
import { serveStatic, type StaticServer } from '../tests/support/server';
import { chooseImportFile, packWithExtraClaim } from '../tests/support/packs';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');

async function cardOn(session: ExtensionSession, server: StaticServer, path: string, claimId: string): Promise<TestPage> {
  const page = await session.newPage();
  await page.goto(server.url(path));
  await page.waitFor((id) => document.querySelector(`claimlens-badge[data-claim-id="${id}"]`), claimId, 20_000);
  await page.evaluate((id) => {
    const badge = document.querySelector(`claimlens-badge[data-claim-id="${id}"]`) as HTMLElement;
    badge.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -100);
    badge.focus();
  }, claimId);
  await page.waitFor(() => !(document.querySelector('claimlens-card') as HTMLElement | null)?.hidden);
  // After the card's fade-in, not halfway through it.
  await page.waitFor(() =>
    document
      .querySelector('claimlens-card')!
      .shadowRoot!.getAnimations()
      .every((a) => a.playState === 'finished'),
  );
  return page;
}

/** The bundled pack one version up with one added claim: what a newsroom's pack looks like in the preview. */
const newsroomPack = (): string =>
  packWithExtraClaim({
    version: '1.2.0',
    id: 'oct12-newsroom-example-claim',
    text: 'An example claim a newsroom adds to its own pack (not real data).',
    note: 'Example only.',
  });

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const server = await serveStatic({ '/': resolve(import.meta.dirname, '../tests/fixtures') });
  try {
    for (const kind of BROWSERS) {
      const files: string[] = [];
      const session = await launch(kind, { viewport: { width: 1280, height: 900 } });
      const shot = async (page: TestPage, name: string) => {
        await page.screenshot(resolve(OUT, `${kind}-factcheck-${name}.png`));
        files.push(`${kind}-factcheck-${name}.png`);
      };
      try {
        let page = await cardOn(session, server, '/factcheck/misattributed.html', 'oct12-iea-pak-soldiers-killed-58');
        await shot(page, 'misattributed');
        await page.close();
        page = await cardOn(session, server, '/factcheck/revised.html', 'mar01-tarar-afghan-forces-killed-415');
        // The history line of the count the article gives ("Pakistan government: 36 → 133 → … → 641"), inside the card.
        await page.evaluate(() => {
          const root = document.querySelector('claimlens-card')!.shadowRoot!;
          const line = [...root.querySelectorAll('.history')].find((h) => h.textContent?.includes('415')) as HTMLElement;
          // The latest count, which carries the line, may be among "more from this side".
          for (let d = line.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
          let box = line.parentElement;
          while (box && !/auto|scroll/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
          if (box) box.scrollTop += line.getBoundingClientRect().top - box.getBoundingClientRect().top - 230;
        });
        await shot(page, 'as-of');
        await page.close();
        const explorer = await session.openExtensionPage('explorer.html#event=feb27-operation-ghazab-lil-haq&asof=2026-03-01');
        await explorer.waitFor(
          () => document.querySelector('[data-testid="claim"]') && document.querySelector('.export button'),
          undefined,
          20_000,
        );
        await explorer.evaluate(() => document.querySelector('.export')!.scrollIntoView({ block: 'center' }));
        await shot(explorer, 'claim-table');
        await explorer.close();
        const options = await session.openExtensionPage('options.html');
        await options.waitFor(() => document.querySelector('[data-testid="pack-import-file"]'));
        await chooseImportFile(options, newsroomPack());
        await options.waitFor(() => document.querySelector('[data-testid="pack-import-preview"]'), undefined, 20_000);
        await options.evaluate(() => document.querySelector('[data-testid="pack-import-preview"]')!.scrollIntoView({ block: 'start' }));
        await shot(options, 'pack-import');
        await options.close();
      } finally {
        await session.close();
      }
      console.log(JSON.stringify({ browser: kind, files }));
    }
  } finally {
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
