/**
 * Notes started from the page, in both browsers: the card's "Save a note" on a page with no notes yet (the defect of
 * issue #13: the first note from the card left the editor stuck), and only the reader's own clicks act.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from '../support/browsers';
import { serveStatic, type StaticServer } from '../support/server';
import { openProbe, requireTabId, type Probe } from '../support/extension';
import { typeNoteAndSave } from '../support/notes-flow';

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/': resolve(import.meta.dirname, '../fixtures') });
});
afterAll(() => server?.close());

const BADGE_23 = 'claimlens-badge[data-claim-id="oct12-ispr-pak-soldiers-killed-23"]';

async function hoverBadge(page: TestPage, selector: string): Promise<void> {
  const at = await page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, selector);
  await page.mouseMove(at.x, at.y);
  await page.waitFor(() => !(document.querySelector('claimlens-card') as HTMLElement | null)?.hidden);
}

/** The page's own script clicks a card button (isTrusted false), then the reader clicks it for real. */
async function syntheticThenRealClick(page: TestPage, button: string): Promise<void> {
  const at = await page.evaluate((sel) => {
    const el = document.querySelector('claimlens-card')!.shadowRoot!.querySelector(sel) as HTMLButtonElement;
    el.click();
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, button);
  await page.mouseMove(at.x, at.y);
  await page.mouseClick(at.x, at.y);
}

describe.each(BROWSERS)('notes from the page, %s', (kind) => {
  let session: ExtensionSession;
  let probe: Probe;
  beforeAll(async () => {
    session = await launch(kind);
    probe = await openProbe(session);
  });
  afterAll(() => session?.close());

  it("the card's Save a note on a page with no notes: the note is saved, the draft ends by itself, and the note is listed", async () => {
    const page = await session.newPage();
    const url = server.url('/demo/seed-story.html');
    await page.goto(url);
    await probe.tabSummary(url, (s) => s.badges > 0);
    const tabId = await requireTabId(probe.page, url);
    await hoverBadge(page, BADGE_23);
    await syntheticThenRealClick(page, 'button.save-note');
    await typeNoteAndSave(probe.page, page, tabId, 'ISPR figure, compare with UNAMA later', 'ispr');

    // The note is on the page (drawn where the page can't see it) and in the list, on the claim.
    await probe.tabSummary(url, (s) => s.notesShown === 1);
    const popup = await session.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelectorAll('[data-testid="note-item"]').length > 0);
    const listed = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="note-item-text"]')].map((n) => n.textContent));
    // One note only: the page's synthetic clicks before the reader's started nothing.
    expect(listed).toEqual(['ISPR figure, compare with UNAMA later']);
    await popup.close();
    await page.close();
  });

  it("a page's synthetic clicks on See all claims open nothing; the reader's click opens one Explorer", async () => {
    const page = await session.newPage();
    const url = server.url('/demo/seed-story.html');
    await page.goto(url);
    await probe.tabSummary(url, (s) => s.badges > 0);
    // The page opens the card for itself: a synthetic hover and key do nothing either.
    await page.evaluate((sel) => {
      const badge = document.querySelector(sel)!;
      badge.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      badge.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }, BADGE_23);
    await hoverBadge(page, BADGE_23);
    await syntheticThenRealClick(page, 'button.explorer');
    const explorer = await session.waitForPage((u) => u.includes('/explorer.html'));
    // The synthetic clicks came first: had they opened anything, it would be here by now.
    const tabs = await probe.page.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return ((await api.tabs.query({})) as { url?: string }[]).filter((t) => t.url?.includes('/explorer.html')).length;
    });
    expect(tabs).toBe(1);
    await explorer.close();
    await page.close();
  });
});
