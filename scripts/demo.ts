/**
 * The main job: build the extension, serve the bundled demo pages from 127.0.0.1, open the demo article in
 * Debian's Chromium with ClaimLens loaded, and show it working: badges beside the figures, and the claims card
 * open on the Taliban's "58". With a display it leaves a real window open; headless it saves screenshots to
 * demo-output/ and prints a one-line JSON summary per browser.
 *
 *   CLAIMLENS_DEMO_BROWSERS=chromium,firefox   also run it in Firefox ESR
 *   CLAIMLENS_DEMO_SKIP_BUILD=1                use the existing .output/ build
 *   CLAIMLENS_DEMO_SCHEME=dark                 dark colour scheme
 */
import { execSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch, type BrowserKind, type TestPage } from '../tests/support/browsers';
import { serveStatic } from '../tests/support/server';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(process.env.CLAIMLENS_DEMO_OUT ?? resolve(ROOT, 'demo-output'));
const headed = Boolean(process.env.DISPLAY) && process.env.CLAIMLENS_DEMO_HEADLESS !== '1';
const kinds = (process.env.CLAIMLENS_DEMO_BROWSERS ?? 'chromium').split(',') as BrowserKind[];
const scheme = process.env.CLAIMLENS_DEMO_SCHEME === 'dark' ? 'dark' : 'light';
const pagePath = process.env.CLAIMLENS_DEMO_PAGE ?? '/demo/seed-story.html';
const focusClaim = process.env.CLAIMLENS_DEMO_CLAIM ?? 'oct12-iea-pak-soldiers-killed-58';

async function waitForBadges(page: TestPage, timeoutMs = 20_000): Promise<number> {
  const started = Date.now();
  await page.waitFor(() => document.querySelectorAll('claimlens-badge').length > 0, undefined, timeoutMs);
  return Date.now() - started;
}

async function openCard(page: TestPage, claimId: string): Promise<boolean> {
  const at = await page.evaluate((id) => {
    const badge =
      document.querySelector(`claimlens-badge[data-claim-id="${id}"]`) ?? document.querySelector('claimlens-badge[data-kind="figure"]');
    if (!badge) return null;
    badge.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -120);
    const r = badge.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, claimId);
  if (!at) return false;
  await page.mouseMove(at.x, at.y);
  await page
    .waitFor(() => (document.querySelector('claimlens-card') as HTMLElement | null)?.hidden === false, undefined, 5000)
    .catch(() => {});
  await new Promise((ok) => setTimeout(ok, 300)); // let the card's short fade-in finish before the screenshot
  return page.evaluate(() => (document.querySelector('claimlens-card') as HTMLElement | null)?.hidden === false);
}

if (process.env.CLAIMLENS_DEMO_SKIP_BUILD !== '1') execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
await mkdir(OUT, { recursive: true });
const server = await serveStatic({ '/': resolve(ROOT, 'tests/fixtures') });
const pageUrl = server.url(pagePath);

for (const kind of kinds) {
  const session = await launch(kind, { headless: !headed, colorScheme: scheme, viewport: { width: 1280, height: 900 } });
  const page = await session.newPage();
  await page.setColorScheme(scheme);
  const loadStarted = Date.now();
  await page.goto(pageUrl);
  const loadMs = Date.now() - loadStarted;
  const badgeWaitMs = await waitForBadges(page).catch(() => -1);
  const summary = await page.evaluate(() => ({
    title: document.title,
    badges: [...document.querySelectorAll('claimlens-badge')].map((b) => ({
      kind: b.getAttribute('data-kind'),
      claimId: b.getAttribute('data-claim-id') ?? undefined,
      label: b.shadowRoot?.textContent?.trim(),
      after: (b.previousSibling?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(-28),
    })),
  }));
  const suffix = scheme === 'dark' ? '-dark' : '';
  const pageShot = resolve(OUT, `${kind}-page${suffix}.png`);
  await page.screenshot(pageShot);
  const cardOpen = await openCard(page, focusClaim);
  const cardShot = resolve(OUT, `${kind}-card${suffix}.png`);
  await page.screenshot(cardShot);
  const card = await page.evaluate(() => {
    const root = document.querySelector('claimlens-card')?.shadowRoot;
    return {
      event: root?.querySelector('h2')?.textContent ?? null,
      columns: [...(root?.querySelectorAll('.column') ?? [])].map(
        (c) => `${c.querySelector('h3')?.textContent}: ${c.querySelector('.figure')?.textContent ?? '—'}`,
      ),
    };
  });
  console.log(
    JSON.stringify({
      browser: kind,
      page: pageUrl,
      title: summary.title,
      msFromLoadedToBadges: badgeWaitMs,
      pageLoadMs: loadMs,
      figureBadges: summary.badges.filter((b) => b.kind === 'figure'),
      topicBadges: summary.badges.filter((b) => b.kind === 'topic').length,
      cardOpen,
      card,
      screenshots: [pageShot, cardShot],
    }),
  );
  if (headed) {
    console.log(`A ${kind} window is open on ${pageUrl}. Press Ctrl+C to end the demo.`);
    await new Promise<void>((done) => process.once('SIGINT', () => done()));
  }
  await session.close();
}
await server.close();
