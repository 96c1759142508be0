/**
 * Screenshots of the explorer for the README and the issue notes: docs/screenshots/explorer-{light,dark}.png
 * (the 11/12 October event: columns, chart and table) and explorer-divergence-{light,dark}.png. Uses the
 * existing build (run `npm run build` first) and Debian's Chromium, headless.
 *
 *   npx tsx scripts/screenshots-explorer.ts
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch, type TestPage } from '../tests/support/browsers';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');

async function ready(page: TestPage): Promise<void> {
  await page.waitFor(() => document.querySelectorAll('[data-testid="claim"], [data-testid="divergence"]').length > 0, undefined, 20_000);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    const session = await launch('chromium', { colorScheme: scheme, viewport: { width: 1280, height: 1000 } });
    try {
      const page = await session.openExtensionPage('explorer.html#event=oct12-border-clashes&kind=military-deaths');
      await ready(page);
      await page.screenshot(resolve(OUT, `explorer-${scheme}.png`), true);
      await page.goto(`${session.extensionOrigin}/explorer.html#view=divergence&event=feb27-operation-ghazab-lil-haq&kind=military-deaths`);
      await ready(page);
      await page.screenshot(resolve(OUT, `explorer-divergence-${scheme}.png`), true);
      console.log(JSON.stringify({ scheme, files: [`explorer-${scheme}.png`, `explorer-divergence-${scheme}.png`] }));
    } finally {
      await session.close();
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
