/**
 * The main job: build the extension, serve the bundled demo pages from 127.0.0.1, open the demo
 * article in Debian's Chromium with ClaimLens loaded, and show what it did. With a display it
 * leaves a real window open; headless it saves screenshots to demo-output/ and prints a summary.
 */
import { execSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch, type BrowserKind } from '../tests/support/browsers';
import { serveStatic } from '../tests/support/server';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'demo-output');
const headed = Boolean(process.env.DISPLAY) && process.env.CLAIMLENS_DEMO_HEADLESS !== '1';
const kinds = (process.env.CLAIMLENS_DEMO_BROWSERS ?? 'chromium').split(',') as BrowserKind[];

if (process.env.CLAIMLENS_DEMO_SKIP_BUILD !== '1') execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
await mkdir(OUT, { recursive: true });
const server = await serveStatic({ '/': resolve(ROOT, 'tests/fixtures') });
const pageUrl = server.url('/demo/seed-story.html');

for (const kind of kinds) {
  const session = await launch(kind, { headless: !headed });
  const page = await session.newPage();
  await page.goto(pageUrl);
  await page.waitFor(() => document.documentElement.hasAttribute('data-claimlens'), undefined, 20_000);
  const summary = await page.evaluate(() => ({
    title: document.title,
    dataset: document.documentElement.getAttribute('data-claimlens'),
    badges: [...document.querySelectorAll('claimlens-badge')].map((b) => ({
      kind: b.getAttribute('data-kind'),
      claim: b.getAttribute('data-claim-id'),
      label: b.getAttribute('aria-label') ?? b.shadowRoot?.textContent?.trim() ?? '',
    })),
  }));
  const shot = resolve(OUT, `${kind}-seed-story.png`);
  await page.screenshot(shot);
  console.log(JSON.stringify({ browser: kind, page: pageUrl, ...summary, screenshot: shot }));
  if (headed) {
    console.log(`A ${kind} window is open on ${pageUrl}. Close it (or press Ctrl+C) to end the demo.`);
    await new Promise<void>((done) => process.once('SIGINT', () => done()));
  }
  await session.close();
}
await server.close();
