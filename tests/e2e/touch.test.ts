/**
 * A phone, in both real browsers: a 360 × 640 touch screen. A tap on a badge opens the card as a bottom sheet that
 * leaves the figure it explains in view and scrolls inside itself; a tap on ×, a tap outside and a swipe down close
 * it; a note is started from the card and from the selection button (no context menu, no keyboard command: Firefox
 * for Android has neither), typed in the extension's surface, saved, and listed in the popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from '../support/browsers';
import { serveStatic, type StaticServer } from '../support/server';
import { message, openProbe, requireTabId, type Probe } from '../support/extension';
import { settledCentre } from '../support/settled';

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const PHONE = { width: 360, height: 640 };
const BADGE_58 = 'claimlens-badge[data-claim-id="oct12-iea-pak-soldiers-killed-58"]';

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/': resolve(import.meta.dirname, '../fixtures') });
  await mkdir(SHOTS, { recursive: true });
});
afterAll(() => server?.close());

/** Where things are on screen: the badge and the words it explains, the sheet, and whether the sheet scrolls. */
function layout(page: TestPage, badgeSelector: string) {
  return page.evaluate((sel) => {
    const badge = document.querySelector(sel) as HTMLElement;
    const host = document.querySelector('claimlens-card') as HTMLElement;
    const card = host.shadowRoot!.querySelector('.card') as HTMLElement;
    // The figure's words are the text just before the badge.
    const text = badge.previousSibling as Text;
    const range = document.createRange();
    range.setStart(text, Math.max(0, text.data.length - 12));
    range.setEnd(text, text.data.length);
    const words = range.getBoundingClientRect();
    const b = badge.getBoundingClientRect();
    const sheet = host.getBoundingClientRect();
    return {
      open: !host.hidden,
      sheet: host.hasAttribute('data-sheet'),
      expanded: badge.getAttribute('aria-expanded'),
      figureTop: Math.min(b.top, words.top),
      figureBottom: Math.max(b.bottom, words.bottom),
      sheetTop: sheet.top,
      sheetBottom: sheet.bottom,
      sheetLeft: sheet.left,
      sheetWidth: sheet.width,
      viewport: { width: innerWidth, height: innerHeight },
      scrollsInside: card.scrollHeight > card.clientHeight && getComputedStyle(card).overflowY === 'auto',
    };
  }, badgeSelector);
}

/** The centre of an element, optionally inside the card's shadow root, in viewport pixels, once it stands still. */
const centre = (page: TestPage, selector: string, inCard = false) => settledCentre(page, selector, inCard ? 'claimlens-card' : undefined);

const cardClosed = (page: TestPage) =>
  page.waitFor(() => (document.querySelector('claimlens-card') as HTMLElement | null)?.hidden === true);
const cardOpen = (page: TestPage) => page.waitFor(() => (document.querySelector('claimlens-card') as HTMLElement | null)?.hidden === false);

/**
 * Type and save the tab's draft in the popup, as on Firefox for Android, where the draft waits for the reader to
 * open the popup (the desktop builds may also have opened a side panel or window; the popup shows the same draft).
 */
/** Whether the background holds a draft for the tab within about 8 s: it is stored once the page's request arrives. */
async function draftArrives(probe: Probe, tabId: number): Promise<boolean> {
  for (let i = 0; i < 80; i++) {
    if (await message(probe.page, 'noteDraftForTab', { tabId }).catch(() => null)) return true;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return false;
}

async function saveInPopup(session: ExtensionSession, probe: Probe, tabId: number, text: string): Promise<TestPage> {
  // Wait for the draft, not for a fixed time.
  await draftArrives(probe, tabId);
  const surface = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await surface
    .waitFor(() => document.querySelector('[data-testid="note-surface"] [data-testid="note-text"]'))
    .catch(async (err: Error) => {
      // Say which part failed (it failed once in CI under load, and never here): the draft gone, or the popup not showing it.
      const draft = await message(probe.page, 'noteDraftForTab', { tabId }).catch((e: Error) => `error: ${e.message}`);
      const popup = await surface
        .evaluate(() => ({
          panel: document.querySelector('[data-testid="notes-panel"]')?.getAttribute('data-phase') ?? 'none',
          surface: document.querySelector('[data-testid="note-surface"]')?.outerHTML.slice(0, 200) ?? 'none',
        }))
        .catch((e: Error) => `error: ${e.message}`);
      throw new Error(`${err.message}; draft for tab ${tabId}: ${JSON.stringify(draft)}; popup: ${JSON.stringify(popup)}`);
    });
  await surface.evaluate((body) => {
    const field = document.querySelector('[data-testid="note-surface"] [data-testid="note-text"]') as HTMLTextAreaElement;
    field.value = body;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await surface.evaluate(() =>
    (document.querySelector('[data-testid="note-surface"] [data-testid="note-save"]') as HTMLButtonElement).click(),
  );
  await surface.waitFor(() => document.querySelector('[data-testid="note-saved"]'));
  return surface;
}

describe.each(BROWSERS)('on a touch screen, %s', (kind) => {
  let session: ExtensionSession;
  let probe: Probe;
  beforeAll(async () => {
    session = await launch(kind, { touch: true, viewport: PHONE });
    probe = await openProbe(session);
  });
  afterAll(() => session?.close());

  async function openSeed(): Promise<{ page: TestPage; url: string }> {
    const page = await session.newPage();
    const url = server.url('/demo/seed-story.html');
    await page.goto(url);
    await probe.tabSummary(url, (s) => s.badges >= 4);
    return { page, url };
  }

  it('a tap opens the card as a bottom sheet that leaves the figure in view; ×, a tap outside and a swipe down close it', async () => {
    const { page } = await openSeed();
    // The badge low on the screen, where a sheet would cover it if nothing moved.
    await page.evaluate((sel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      window.scrollBy(0, r.top - (innerHeight - 60));
    }, BADGE_58);
    let at = await centre(page, BADGE_58);
    expect(at.y).toBeGreaterThan(PHONE.height - 100);
    await page.tap(at.x, at.y);
    await cardOpen(page);
    let box = await layout(page, BADGE_58);
    expect(box.sheet).toBe(true);
    expect(box.expanded).toBe('true');
    // A sheet: full width, on the bottom edge, inside the viewport.
    expect(box.sheetLeft).toBe(0);
    expect(box.sheetWidth).toBe(box.viewport.width);
    expect(Math.abs(box.sheetBottom - box.viewport.height)).toBeLessThanOrEqual(1);
    // The figure and its badge are fully visible above the sheet.
    expect(box.figureTop).toBeGreaterThanOrEqual(0);
    expect(box.figureBottom).toBeLessThanOrEqual(box.sheetTop);
    // The card is longer than the sheet: it scrolls inside itself.
    expect(box.scrollsInside).toBe(true);
    await page.screenshot(resolve(SHOTS, `${kind}-phone-card.png`));

    // × closes.
    const close = await centre(page, 'button.close', true);
    await page.tap(close.x, close.y);
    await cardClosed(page);
    expect(await page.evaluate((sel) => document.querySelector(sel)!.getAttribute('aria-expanded'), BADGE_58)).toBe('false');

    // A tap outside closes.
    at = await centre(page, BADGE_58);
    await page.tap(at.x, at.y);
    await cardOpen(page);
    box = await layout(page, BADGE_58);
    const spot = await page.evaluate((bottom) => {
      // Somewhere on the page's own text above the sheet, not on a badge.
      for (let y = 10; y < bottom - 10; y += 8)
        for (const x of [24, 90, 160]) {
          const el = document.elementFromPoint(x, y);
          if (el && el.localName === 'p' && !el.closest('claimlens-badge')) return { x, y };
        }
      return null;
    }, box.sheetTop);
    expect(spot).not.toBeNull();
    await page.tap(spot!.x, spot!.y);
    await cardClosed(page);

    // A swipe down on the sheet's header closes.
    at = await centre(page, BADGE_58);
    await page.tap(at.x, at.y);
    await cardOpen(page);
    const head = await centre(page, 'header h2', true);
    await page.swipe(head.x, head.y, head.y + 160);
    await cardClosed(page);
    await page.close();
  });

  it("a note is started from the card's Save a note and from the selection button, saved and listed: no context menu", async () => {
    const { page, url } = await openSeed();
    const tabId = await requireTabId(probe.page, url);
    // Twice at most: under CI load a tap on the sheet's button was lost now and then in Firefox (the background never
    // had a draft for the tab, twice in one stop's CI runs, never here), as a reader's tap sometimes is; the reader
    // taps again. A note that no tap starts still fails below.
    for (let attempt = 1; attempt <= 2; attempt++) {
      const open = await page.evaluate(() => (document.querySelector('claimlens-card') as HTMLElement | null)?.hidden === false);
      if (!open) {
        await page.evaluate((sel) => document.querySelector(sel)!.scrollIntoView({ block: 'center' }), BADGE_58);
        const badge = await centre(page, BADGE_58);
        await page.tap(badge.x, badge.y);
        await cardOpen(page);
      }
      await page.evaluate(() =>
        document.querySelector('claimlens-card')!.shadowRoot!.querySelector('button.save-note')!.scrollIntoView({ block: 'nearest' }),
      );
      const save = await centre(page, 'button.save-note', true);
      await page.tap(save.x, save.y);
      if (await draftArrives(probe, tabId)) break;
      console.info(`${kind}: no draft after tap ${attempt} on the card's Save a note (card open before it: ${open})`);
    }
    await (await saveInPopup(session, probe, tabId, 'Tapped from the card on a phone')).close();
    await page.bringToFront();
    const close = await centre(page, 'button.close', true);
    await page.tap(close.x, close.y);
    await cardClosed(page);

    // The selection button: a selection made by the reader's finger (a long press selects a word; the test makes
    // the selection itself, then a real touch on the page marks it as the reader's), then a tap on the button.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((el) => /Torkham/.test(el.textContent ?? ''))!;
      p.scrollIntoView({ block: 'start' });
    });
    const word = await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((el) => /Torkham/.test(el.textContent ?? ''))!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let node: Text | null;
      while ((node = walker.nextNode() as Text | null) && !node.data.includes('Torkham'));
      const range = document.createRange();
      const i = node!.data.indexOf('Torkham');
      range.setStart(node!, i);
      range.setEnd(node!, i + 'Torkham'.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    // A tap (trusted) on the word, then the selection of it, as a long press would leave it.
    await page.tap(word.x, word.y);
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((el) => /Torkham/.test(el.textContent ?? ''))!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let node: Text | null;
      while ((node = walker.nextNode() as Text | null) && !node.data.includes('Torkham'));
      const range = document.createRange();
      const i = node!.data.indexOf('Torkham');
      range.setStart(node!, i);
      range.setEnd(node!, i + 'Torkham'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.waitFor(() => (document.querySelector('claimlens-note-button') as HTMLElement | null)?.hidden === false);
    await page.screenshot(resolve(SHOTS, `${kind}-phone-selection-note.png`));
    const button = await page.evaluate(() => {
      const r = document.querySelector('claimlens-note-button')!.shadowRoot!.querySelector('button')!.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.tap(button.x, button.y);
    // Both are listed in the popup, at phone size.
    const popup = await saveInPopup(session, probe, tabId, 'Tapped from the selection button');
    await popup.waitFor(() => document.querySelectorAll('[data-testid="note-item"]').length >= 2, undefined, 20_000);
    const listed = await popup.evaluate(() => document.body.textContent ?? '');
    expect(listed).toContain('Tapped from the card on a phone');
    expect(listed).toContain('Tapped from the selection button');
    expect(listed).toContain('Torkham');
    await popup.screenshot(resolve(SHOTS, `${kind}-phone-popup.png`));
    const explorer = await session.openExtensionPage('explorer.html');
    await explorer.waitFor(() => document.querySelectorAll('[data-testid="claim"]').length > 0);
    expect(await explorer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(
      0,
    );
    await explorer.screenshot(resolve(SHOTS, `${kind}-phone-explorer.png`));
    await explorer.close();
    await popup.close();
    await page.close();
  });
});
