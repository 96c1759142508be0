import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { BROWSERS, launch, type ExtensionSession } from '../support/browsers';
import { serveStatic, type StaticServer } from '../support/server';
import { waitForTabSummary } from '../support/extension';

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/': resolve(import.meta.dirname, '../fixtures') });
});
afterAll(() => server?.close());

describe.each(BROWSERS)('foundation in %s', (kind) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(kind);
  });
  afterAll(() => session?.close());

  it('runs the content script on a 127.0.0.1 page and exchanges a typed message with the background', async () => {
    const page = await session.newPage();
    const url = server.url('/demo/seed-story.html');
    await page.goto(url);
    // The content script's `pageStatus` message is stored by the background; an extension page reads it back.
    const summary = await waitForTabSummary(session, url, (s) => s.known && s.badges > 0);
    expect(summary.relevant).toBe(true);
    expect(summary.figures).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it('opens the popup and renders it', async () => {
    const page = await session.openExtensionPage('popup.html');
    await page.waitFor(() => document.querySelector('[data-testid="popup-version"]'));
    const text = await page.evaluate(() => document.querySelector('main')?.textContent ?? '');
    expect(text).toContain('ClaimLens');
    await page.close();
  });

  it('the background writes and reads IndexedDB, and refuses a malformed message', async () => {
    const page = await session.openExtensionPage('popup.html');
    const send = (type: string, data: unknown) =>
      page.evaluate(([t, d]) => (globalThis as any).chrome.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() }), [
        type,
        data,
      ] as const);
    const value = `v-${Date.now()}`;
    const ok = (await send('dbSelfTest', { value })) as { res?: { written: string; read: string } };
    expect(ok.res).toEqual({ written: value, read: value });
    const bad = (await send('dbSelfTest', { value: 42 })) as { err?: { message: string } };
    expect(bad.err?.message).toMatch(/dbSelfTest: value/);
    // The install hook wrote its own row too: poll, since onInstalled may still be running.
    await page.waitFor(
      () =>
        new Promise((ok) => {
          const req = indexedDB.open('claimlens');
          req.onsuccess = () => {
            const tx = req.result.transaction('meta').objectStore('meta').get('installedVersion');
            tx.onsuccess = () => ok(Boolean(tx.result?.value));
            tx.onerror = () => ok(false);
          };
          req.onerror = () => ok(false);
        }),
    );
    await page.close();
  });
});
