/**
 * The interface in Urdu and Dari, in both real browsers whose own UI is English: the reader picks the language in the
 * options page, and the options page, the popup, the Explorer and the in-page card follow, right to left, with the
 * locale's digits. Debian's Firefox ESR has no Urdu or Dari UI, so this choice is the only way either browser shows
 * these translations at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from '../support/browsers';
import { serveStatic, type StaticServer } from '../support/server';
import { openProbe, type Probe } from '../support/extension';
import { recordTextAtLoad, textNowAndAtLoad } from '../support/page-text';

type Messages = Record<string, { message: string }>;
const messages = (lang: string): Messages =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8'));
const LANGS = { ur: { tag: 'ur', messages: messages('ur') }, fa: { tag: 'fa-AF', messages: messages('fa') } } as const;

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/': resolve(import.meta.dirname, '../fixtures') });
});
afterAll(() => server?.close());

/** How a page is laid out: its root's lang and dir, the computed direction, and whether `selector` sits on the right. */
function layout(page: TestPage, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const box = el.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    return {
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      direction: getComputedStyle(el).direction,
      // Right to left: the text of the element ends at its right edge and starts well away from its left one.
      textOnRight: text.right > box.right - 24 && text.left > box.left + 24,
      text: el.textContent ?? '',
      title: document.title,
    };
  }, selector);
}

describe.each(BROWSERS)('Urdu and Dari in %s', (kind) => {
  let session: ExtensionSession;
  let probe: Probe;
  beforeAll(async () => {
    session = await launch(kind);
    probe = await openProbe(session);
  });
  afterAll(() => session?.close());

  /** Picks the language in the options page and waits for the page to come back in it. */
  async function choose(lang: 'auto' | 'ur' | 'fa', tag: string): Promise<TestPage> {
    const options = await session.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('[data-testid="options-ui-language"]'));
    await options.evaluate((value) => {
      const select = document.querySelector('[data-testid="options-ui-language"]') as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, lang);
    // The page reloads itself once the choice is stored; the new document carries the language.
    await options.waitFor(
      (expected) => document.documentElement.lang === expected && document.querySelector('[data-testid="options-enabled"]'),
      tag,
    );
    return options;
  }

  for (const lang of ['ur', 'fa'] as const) {
    const { tag, messages: m } = LANGS[lang];

    it(`options page and popup in ${tag}, right to left`, async () => {
      const options = await choose(lang, tag);
      const view = await layout(options, 'h1');
      expect(view).toMatchObject({ lang: tag, dir: 'rtl', direction: 'rtl', textOnRight: true });
      expect(view.text).toBe(m.optionsTitle!.message);
      expect(view.title).toBe(m.optionsTitle!.message);
      // The dataset's counts in the locale's digits: Latin for Urdu, Persian for Dari.
      await options.waitFor(() => document.querySelector('[data-testid="dataset-counts"]')?.textContent);
      const counts = await options.evaluate(() => document.querySelector('[data-testid="dataset-counts"]')?.textContent ?? '');
      expect(counts).toMatch(lang === 'fa' ? /^[^0-9]*[\u06F0-\u06F9]/ : /^[0-9]/);
      await options.close();

      const popup = await session.openExtensionPage('popup.html');
      await popup.waitFor(() => document.querySelector('[data-testid="popup-version"]'));
      const pop = await layout(popup, '[data-testid="popup-version"]');
      expect(pop).toMatchObject({ lang: tag, dir: 'rtl', direction: 'rtl' });
      const text = await popup.evaluate(() => document.body.textContent ?? '');
      expect(text).toContain(m.exploreAllClaims!.message);
      // (Not "Note on selection": that button shows only when the popup's current tab is a page ClaimLens runs on,
      // and which tab is current when a test opens the popup as a tab is a race.)
      expect(text).toContain(m.exportJson!.message);
      await popup.close();
    });
  }

  it('the card on an English page speaks Dari, right to left, with Persian digits; the claim text is marked English', async () => {
    await choose('fa', 'fa-AF').then((p) => p.close());
    const m = LANGS.fa.messages;
    const page = await session.newPage();
    await recordTextAtLoad(page);
    const url = server.url('/demo/seed-story.html');
    await page.goto(url);
    await probe.tabSummary(url, (s) => s.badges > 0);
    const selector = 'claimlens-badge[data-claim-id="oct12-iea-pak-soldiers-killed-58"]';
    const badge = await page.evaluate((sel) => {
      const el = document.querySelector(sel)!;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return {
        x: r.x + r.width / 2,
        y: r.y + r.height / 2,
        label: el.shadowRoot?.textContent?.trim() ?? '',
        lang: el.getAttribute('lang'),
        dir: el.getAttribute('dir'),
      };
    }, selector);
    // "<short name> claim" in Dari, the claimant's short name translated too.
    const label = m.claimLabel!.message.replace('$NAME$', m.shortName_islamic_emirate!.message);
    expect(badge).toMatchObject({ label, lang: 'fa-AF', dir: 'rtl' });
    await page.mouseMove(badge.x, badge.y);
    await page.waitFor(() => !(document.querySelector('claimlens-card') as HTMLElement | null)?.hidden);
    const card = await page.evaluate(() => {
      const root = document.querySelector('claimlens-card')!.shadowRoot!;
      const section = root.querySelector('[role="dialog"]') as HTMLElement;
      const title = root.querySelector('h2')!;
      return {
        lang: section.lang,
        dir: section.dir,
        direction: getComputedStyle(section).direction,
        columns: [...root.querySelectorAll('.column > h3')].map((h) => h.textContent),
        firstFigures: [...root.querySelectorAll('.column')].map((c) => c.querySelector('.claim .figure')?.textContent ?? ''),
        claimTextLang: root.querySelector('.claim-text')?.getAttribute('lang'),
        titleLang: title.getAttribute('lang'),
        titleDir: title.getAttribute('dir'),
        // The close button sits at the start of a right-to-left card: its left side.
        closeOnLeft: root.querySelector('.close')!.getBoundingClientRect().left < section.getBoundingClientRect().left + 60,
      };
    });
    expect(card).toMatchObject({ lang: 'fa-AF', dir: 'rtl', direction: 'rtl', claimTextLang: 'en', titleLang: 'en', titleDir: 'auto' });
    expect(card.columns).toEqual([m.side_afghanistan!.message, m.side_pakistan!.message, m.side_independent!.message]);
    expect(card.firstFigures.slice(0, 2)).toEqual(['۵۸ کشته', '۲۳ کشته']);
    expect(card.closeOnLeft).toBe(true);
    // The page's own text is untouched, whatever the interface language.
    const { before, after } = await textNowAndAtLoad(page);
    expect(after).toBe(before);
    await page.close();
  });

  it('the Explorer in Urdu: right to left, translated headings and filters', async () => {
    await choose('ur', 'ur').then((p) => p.close());
    const m = LANGS.ur.messages;
    const explorer = await session.openExtensionPage('explorer.html#event=oct12-border-clashes');
    await explorer.waitFor(() => document.querySelectorAll('[data-testid="claim"]').length > 0, undefined, 20_000);
    const view = await layout(explorer, 'h1');
    expect(view).toMatchObject({ lang: 'ur', dir: 'rtl', direction: 'rtl' });
    const text = await explorer.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain(m.explorerFilters!.message);
    expect(text).toContain(m.kind_military_deaths!.message);
    expect(view.title).toContain(m.explorerTitle!.message);
    await explorer.close();
  });

  it('back to the browser default: English, left to right', async () => {
    const options = await choose('auto', 'en');
    expect(await layout(options, 'h1')).toMatchObject({ lang: 'en', dir: 'ltr', direction: 'ltr', text: 'ClaimLens options' });
    await options.close();
  });
});
