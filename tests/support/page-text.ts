/**
 * "The page's text stays byte-identical": the body's text is recorded by an init script at DOMContentLoaded,
 * before any content script runs (they run at document_idle), and compared with the text after ClaimLens has
 * finished. Badge hosts keep their content in shadow roots and the card lives outside <body>, so
 * body.textContent is exactly the page's own text.
 */
import type { TestPage } from './browsers';

export async function recordTextAtLoad(page: TestPage): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        (window as unknown as { __textAtLoad?: string }).__textAtLoad = document.body?.textContent ?? '';
      },
      { once: true },
    );
  });
}

export async function textNowAndAtLoad(page: TestPage): Promise<{ before: string | undefined; after: string }> {
  return page.evaluate(() => ({
    before: (window as unknown as { __textAtLoad?: string }).__textAtLoad,
    after: document.body?.textContent ?? '',
  }));
}

export function badgeCount(page: TestPage): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('claimlens-badge').length);
}
