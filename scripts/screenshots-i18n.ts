/**
 * Screenshots of the interface in Urdu and Dari for the README and the issue notes, in both browsers:
 * docs/screenshots/{chromium,firefox}-{card,popup,explorer}-{ur,fa}.png. The language is chosen the way a reader
 * chooses it (the options page's "Interface language"), in browsers whose own UI is English. Uses the existing build
 * (run `npm run build` first) and Debian's Chromium and Firefox ESR, headless.
 *
 *   npx tsx scripts/screenshots-i18n.ts
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BROWSERS, launch, type ExtensionSession } from '../tests/support/browsers';
import { serveStatic } from '../tests/support/server';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const TAGS = { ur: 'ur', fa: 'fa-AF' } as const;

async function choose(session: ExtensionSession, lang: keyof typeof TAGS): Promise<void> {
  const options = await session.openExtensionPage('options.html');
  await options.waitFor(() => document.querySelector('[data-testid="options-ui-language"]'));
  await options.evaluate((value) => {
    const select = document.querySelector('[data-testid="options-ui-language"]') as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, lang);
  await options.waitFor(
    (tag) => document.documentElement.lang === tag && document.querySelector('[data-testid="options-enabled"]'),
    TAGS[lang],
  );
  await options.close();
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const server = await serveStatic({ '/': resolve(import.meta.dirname, '../tests/fixtures') });
  try {
    for (const kind of BROWSERS) {
      for (const lang of ['ur', 'fa'] as const) {
        const files: string[] = [];
        const wide = await launch(kind, { viewport: { width: 1280, height: 900 } });
        try {
          await choose(wide, lang);
          const page = await wide.newPage();
          await page.goto(server.url('/demo/seed-story.html'));
          const selector = 'claimlens-badge[data-claim-id="oct12-iea-pak-soldiers-killed-58"]';
          await page.waitFor((sel) => document.querySelector(sel), selector, 20_000);
          const at = await page.evaluate((sel) => {
            const el = document.querySelector(sel)!;
            el.scrollIntoView({ block: 'start' });
            window.scrollBy(0, -120);
            const r = el.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
          }, selector);
          await page.mouseMove(at.x, at.y);
          await page.waitFor(() => !(document.querySelector('claimlens-card') as HTMLElement | null)?.hidden);
          // After the card's fade-in, not halfway through it.
          await page.waitFor(() =>
            document
              .querySelector('claimlens-card')!
              .shadowRoot!.getAnimations()
              .every((a) => a.playState === 'finished'),
          );
          await page.screenshot(resolve(OUT, `${kind}-card-${lang}.png`));
          files.push(`${kind}-card-${lang}.png`);
          await page.close();
          const explorer = await wide.openExtensionPage('explorer.html#event=oct12-border-clashes&kind=military-deaths');
          await explorer.waitFor(() => document.querySelectorAll('[data-testid="claim"]').length > 0, undefined, 20_000);
          await explorer.screenshot(resolve(OUT, `${kind}-explorer-${lang}.png`));
          files.push(`${kind}-explorer-${lang}.png`);
        } finally {
          await wide.close();
        }
        const narrow = await launch(kind, { viewport: { width: 400, height: 600 } });
        try {
          await choose(narrow, lang);
          const popup = await narrow.openExtensionPage('popup.html');
          await popup.waitFor(() => document.querySelector('[data-testid="popup-version"]'));
          await popup.screenshot(resolve(OUT, `${kind}-popup-${lang}.png`));
          files.push(`${kind}-popup-${lang}.png`);
        } finally {
          await narrow.close();
        }
        console.log(JSON.stringify({ browser: kind, lang, files }));
      }
    }
  } finally {
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
