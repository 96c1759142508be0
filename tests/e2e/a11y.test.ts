/**
 * Accessibility in both real browsers, checked by axe-core (WCAG 2.0–2.2 A and AA rules): the demo article with
 * the card open, the popup with notes, the note surface with a draft, the options page and the Explorer, in light
 * and dark, and right to left (Chromium in Urdu, where every extension page is laid out RTL; Firefox on the Urdu
 * article, as Debian's Firefox ESR has no Urdu UI). No serious or critical violation anywhere; every result is
 * printed, one JSON line per page, browser and theme. Then what axe can't see: the card as a non-modal dialog
 * (focus order, Escape closes it in one press, focus returns), 200% zoom, and prefers-reduced-motion.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { BROWSERS, launch, type BrowserKind, type ExtensionSession, type LaunchOptions, type TestPage } from '../support/browsers';
import { serveStatic, type StaticServer } from '../support/server';
import { message, openProbe, requireTabId, type Probe } from '../support/extension';
import { saveNoteOnSelection, selectInPage } from '../support/notes-flow';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BADGE_58 = 'claimlens-badge[data-claim-id="oct12-iea-pak-soldiers-killed-58"]';

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/': resolve(import.meta.dirname, '../fixtures') });
});
afterAll(() => server?.close());

interface Finding {
  id: string;
  impact: string | null;
  nodes: number;
  targets: string[];
}

/** axe on the page: @axe-core/playwright in Chromium, the same axe-core injected by hand through WebDriver BiDi in Firefox. */
async function runAxe(kind: BrowserKind, page: TestPage, include?: string[]): Promise<Finding[]> {
  let violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[];
  if (kind === 'chromium') {
    let builder = new AxeBuilder({ page: page.native as PwPage }).withTags(TAGS);
    for (const selector of include ?? []) builder = builder.include(selector);
    violations = (await builder.analyze()).violations;
  } else {
    const native = page.native as PpPage;
    await native.evaluate(AXE_SOURCE);
    violations = await native.evaluate(
      async (tags: string[], sel: string[] | null) => {
        const axe = (window as any).axe;
        const context = sel ? { include: sel.map((s) => [s]) } : document;
        const result = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
        return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n: any) => ({ target: n.target })) }));
      },
      TAGS,
      include ?? null,
    );
  }
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    nodes: v.nodes.length,
    targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
  }));
}

/** Print the result (one JSON line) and fail on anything serious or critical. */
function report(kind: BrowserKind, theme: string, name: string, findings: Finding[]): void {
  const serious = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  console.log(
    JSON.stringify({
      a11y: name,
      browser: kind,
      theme,
      violations: findings.length,
      seriousOrCritical: serious.reduce((n, f) => n + f.nodes, 0),
      rules: findings.map((f) => `${f.id}:${f.impact}:${f.nodes}`),
    }),
  );
  expect(serious, `${name} in ${kind} (${theme}): ${JSON.stringify(serious)}`).toEqual([]);
}

const cardOpen = (page: TestPage) => page.waitFor(() => (document.querySelector('claimlens-card') as HTMLElement | null)?.hidden === false);
const cardClosed = (page: TestPage) =>
  page.waitFor(() => (document.querySelector('claimlens-card') as HTMLElement | null)?.hidden === true);

/** Open the card on a figure badge with the keyboard: focus the badge, then Enter (focus moves into the card). */
async function openCardByKeyboard(page: TestPage, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const badge = document.querySelector(sel) as HTMLElement;
    badge.scrollIntoView({ block: 'center' });
    badge.focus();
  }, selector);
  await cardOpen(page);
  await page.press('Enter');
}

async function openArticle(session: ExtensionSession, probe: Probe, path: string, badges = 1): Promise<{ page: TestPage; url: string }> {
  const page = await session.newPage();
  const url = server.url(path);
  await page.goto(url);
  await probe.tabSummary(url, (s) => s.badges >= badges);
  await page.waitFor((n) => document.querySelectorAll('claimlens-badge').length >= n, badges);
  return { page, url };
}

interface Variant {
  theme: string;
  options: LaunchOptions;
  /** The article the card is checked on. */
  article: string;
  /** Whether the extension's own pages are checked in this variant (not in Firefox RTL: no Urdu UI there). */
  extensionPages: boolean;
}

function variants(kind: BrowserKind): Variant[] {
  return [
    { theme: 'light', options: { colorScheme: 'light' }, article: '/demo/seed-story.html', extensionPages: true },
    { theme: 'dark', options: { colorScheme: 'dark' }, article: '/demo/seed-story.html', extensionPages: true },
    kind === 'chromium'
      ? { theme: 'rtl', options: { colorScheme: 'light', uiLanguage: 'ur' }, article: '/inpage/rtl-urdu.html', extensionPages: true }
      : { theme: 'rtl', options: { colorScheme: 'light' }, article: '/inpage/rtl-urdu.html', extensionPages: false },
  ];
}

describe.each(BROWSERS)('axe in %s', (kind) => {
  describe.each(variants(kind))('$theme', ({ theme, options, article, extensionPages }) => {
    let session: ExtensionSession;
    let probe: Probe;
    beforeAll(async () => {
      session = await launch(kind, options);
      probe = await openProbe(session);
    });
    afterAll(() => session?.close());

    it('the article with the card open: badges and card', async () => {
      const { page } = await openArticle(session, probe, article);
      const first = await page.evaluate(() => {
        const b = document.querySelector('claimlens-badge[data-kind="figure"]') ?? document.querySelector('claimlens-badge');
        return b ? `claimlens-badge[data-claim-id="${b.getAttribute('data-claim-id')}"]` : '';
      });
      await openCardByKeyboard(page, first.includes('null') ? 'claimlens-badge' : first);
      // Every section of the card open, so axe sees all of it.
      await page.evaluate(() => {
        for (const d of document.querySelector('claimlens-card')!.shadowRoot!.querySelectorAll('details')) d.open = true;
      });
      report(kind, theme, 'card', await runAxe(kind, page, ['claimlens-card', 'claimlens-badge']));
      await page.close();
    });

    it.runIf(extensionPages)('the popup with notes, and the note surface with a draft', async () => {
      const page = await session.newPage();
      const url = server.url('/notes/article.html');
      await page.goto(url);
      const ext = await session.openExtensionPage('popup.html');
      const tabId = await requireTabId(ext, url);
      await selectInPage(page, 'key', 'the new deck was tested with loaded lorries');
      await saveNoteOnSelection(ext, page, tabId, 'A note for the accessibility check', 'bridge, deck');
      await ext.goto(`${session.extensionOrigin}/popup.html?tab=${tabId}`);
      await ext.waitFor(() => document.querySelector('[data-testid="note-item"]'));
      report(kind, theme, 'popup', await runAxe(kind, ext));

      // A draft waiting in the note surface (the side panel / sidebar / window page).
      await selectInPage(page, 'key', 'loaded lorries');
      await message(probe.page, 'noteStartInTab', { tabId, here: true });
      const surface = await session.openExtensionPage(`note-editor.html?tab=${tabId}`);
      await surface.waitFor(() => document.querySelector('[data-testid="note-text"]'));
      report(kind, theme, 'note surface', await runAxe(kind, surface));
      await surface.close();
      await ext.close();
      await page.close();
    });

    it.runIf(extensionPages)('the options page', async () => {
      const options = await session.openExtensionPage('options.html');
      await options.waitFor(() => document.querySelector('main, form, h1'));
      report(kind, theme, 'options', await runAxe(kind, options));
      await options.close();
    });

    it.runIf(extensionPages)('the Explorer', async () => {
      const explorer = await session.openExtensionPage('explorer.html');
      await explorer.waitFor(() => document.querySelectorAll('[data-testid="claim"]').length > 0);
      report(kind, theme, 'explorer', await runAxe(kind, explorer));
      await explorer.close();
    });
  });
});

/** The focusable elements of the open card, in document order, and which of them has focus. */
function cardFocus(page: TestPage) {
  return page.evaluate(() => {
    const host = document.querySelector('claimlens-card')!;
    const root = host.shadowRoot!;
    const focusables = [...root.querySelectorAll<HTMLElement>('a[href], button, summary')].filter((el) => el.getClientRects().length > 0);
    return {
      hostFocused: document.activeElement === host,
      index: focusables.indexOf(root.activeElement as HTMLElement),
      count: focusables.length,
      badge: document.activeElement?.getAttribute('data-claim-id') ?? null,
    };
  });
}

describe.each(BROWSERS)('the card as a dialog in %s', (kind) => {
  let session: ExtensionSession;
  let probe: Probe;
  beforeAll(async () => {
    session = await launch(kind, { reducedMotion: true });
    probe = await openProbe(session);
  });
  afterAll(() => session?.close());

  it('is a non-modal dialog named by its title; Enter moves focus in, Tab follows the card in order, Escape closes it in one press and focus returns', async () => {
    const { page } = await openArticle(session, probe, '/demo/seed-story.html', 4);
    await openCardByKeyboard(page, BADGE_58);
    const dialog = await page.evaluate(() => {
      const root = document.querySelector('claimlens-card')!.shadowRoot!;
      const d = root.querySelector('[role="dialog"]')!;
      return { modal: d.getAttribute('aria-modal'), name: root.getElementById(d.getAttribute('aria-labelledby')!)?.textContent };
    });
    expect(dialog.modal).toBe('false');
    expect(dialog.name).toBeTruthy();
    // The badge says what it is and what opens.
    expect(await page.evaluate((sel) => document.querySelector(sel)!.getAttribute('aria-label'), BADGE_58)).toMatch(
      /^(?:Islamic Emirate|Taliban) claim: 58 Pakistani soldiers \(.+\)\. Open comparison$/,
    );
    let state = await cardFocus(page);
    expect(state.hostFocused).toBe(true);
    expect(state.index).toBe(0);
    for (let i = 1; i < Math.min(5, state.count); i++) {
      await page.press('Tab');
      state = await cardFocus(page);
      expect(state.index).toBe(i);
    }
    if (kind === 'chromium') await page.press('Shift+Tab');
    else {
      const keyboard = (page.native as PpPage).keyboard;
      await keyboard.down('Shift');
      await keyboard.press('Tab');
      await keyboard.up('Shift');
    }
    expect((await cardFocus(page)).index).toBe(Math.min(5, state.count) - 2);
    // One Escape, with focus deep inside the card: closed, and focus back on the badge, which stays closed.
    await page.press('Escape');
    await cardClosed(page);
    expect((await cardFocus(page)).badge).toBe('oct12-iea-pak-soldiers-killed-58');
    expect(await page.evaluate((sel) => document.querySelector(sel)!.getAttribute('aria-expanded'), BADGE_58)).toBe('false');
    // Enter on the focused badge opens it again; Escape from a <summary> inside closes it in one press too.
    await page.press('Enter');
    await cardOpen(page);
    await page.evaluate(() =>
      (document.querySelector('claimlens-card')!.shadowRoot!.querySelector('details.context summary') as HTMLElement).focus(),
    );
    await page.press('Escape');
    await cardClosed(page);
    await page.close();
  });

  it('with prefers-reduced-motion the card appears without animation', async () => {
    const { page } = await openArticle(session, probe, '/demo/seed-story.html', 4);
    await openCardByKeyboard(page, BADGE_58);
    const animation = await page.evaluate(
      () => getComputedStyle(document.querySelector('claimlens-card')!.shadowRoot!.querySelector('.card')!).animationName,
    );
    expect(animation).toBe('none');
    await page.close();
  });
});

describe.each(BROWSERS)('at 200%% zoom in %s', (kind) => {
  // 200% zoom of a 1280 × 900 window is a 640 × 450 CSS-pixel viewport: the same layout the browser computes.
  let session: ExtensionSession;
  let probe: Probe;
  beforeAll(async () => {
    session = await launch(kind, { viewport: { width: 640, height: 450 } });
    probe = await openProbe(session);
  });
  afterAll(() => session?.close());

  it('the card fits the view, scrolls inside itself, and every control can be reached', async () => {
    const { page } = await openArticle(session, probe, '/demo/seed-story.html', 4);
    await openCardByKeyboard(page, BADGE_58);
    const fit = await page.evaluate(() => {
      const host = document.querySelector('claimlens-card')!;
      const card = host.shadowRoot!.querySelector('.card') as HTMLElement;
      const r = host.getBoundingClientRect();
      const save = host.shadowRoot!.querySelector('button.save-note') as HTMLElement;
      save.focus();
      const s = save.getBoundingClientRect();
      return {
        inside: r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight + 1,
        scrolls: card.scrollHeight > card.clientHeight,
        saveVisible: s.top >= r.top && s.bottom <= r.bottom + 1 && s.width > 0,
      };
    });
    expect(fit).toEqual({ inside: true, scrolls: true, saveVisible: true });
    await page.close();
  });

  it('the popup and the Explorer have no sideways scrolling', async () => {
    for (const path of ['popup.html', 'explorer.html', 'options.html']) {
      const ext = await session.openExtensionPage(path);
      await ext.waitFor(() => document.body.children.length > 0);
      const overflow = await ext.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await ext.close();
    }
  });
});

describe.each(BROWSERS)('the popup at 400 × 600 in %s', (kind) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(kind, { viewport: { width: 400, height: 600 } });
  });
  afterAll(() => session?.close());

  it('Export and Import are above the fold, Delete is not clipped by tags, and "does not run here" is said once', async () => {
    const page = await session.newPage();
    const url = server.url('/notes/article.html');
    await page.goto(url);
    const ext = await session.openExtensionPage('popup.html');
    const tabId = await requireTabId(ext, url);
    await selectInPage(page, 'key', 'the new deck was tested with loaded lorries');
    await saveNoteOnSelection(ext, page, tabId, 'Tagged note', 'bridge, deck, inspection, council, lorries');
    await ext.goto(`${session.extensionOrigin}/popup.html?tab=${tabId}`);
    await ext.waitFor(() => document.querySelector('[data-testid="note-item"] [data-testid="note-delete"]'));
    const box = await ext.evaluate(() => {
      const r = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      const item = r('[data-testid="note-item"]');
      const del = r('[data-testid="note-delete"]');
      const meta = r('[data-testid="note-item"] .note-meta');
      return {
        exportBottom: r('[data-testid="export-json"]').bottom,
        importBottom: Math.max(...[...document.querySelectorAll('[data-testid^="import"]')].map((e) => e.getBoundingClientRect().bottom)),
        deleteInside: del.width > 0 && del.right <= Math.min(item.right, meta.right) + 0.5,
        height: innerHeight,
      };
    });
    expect(box.exportBottom).toBeLessThanOrEqual(box.height);
    expect(box.importBottom).toBeLessThanOrEqual(box.height);
    expect(box.deleteInside).toBe(true);
    // On a tab where ClaimLens does not run (an extension page), one line says so, not two.
    const here = await session.openExtensionPage('options.html');
    const optionsTab = await requireTabId(ext, `${session.extensionOrigin}/options.html`);
    await ext.goto(`${session.extensionOrigin}/popup.html?tab=${optionsTab}`);
    await ext.waitFor(() => document.querySelector('[data-testid="site-toggle-unavailable"]'));
    const lines = await ext.evaluate(
      () => [...document.querySelectorAll('p')].filter((p) => /does not run/.test(p.textContent ?? '')).length,
    );
    expect(lines).toBe(1);
    await here.close();
    await ext.close();
    await page.close();
  });
});
