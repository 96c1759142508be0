import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from '../support/browsers';
import { settledCentre } from '../support/settled';

const pack = JSON.parse(readFileSync(new URL('../../data/afpak-2025-26.json', import.meta.url), 'utf8')) as {
  claims: { id: string; claimant: string }[];
};
const ISPR_CLAIMS = pack.claims.filter((c) => c.claimant === 'ispr' || c.claimant === 'ahmed-sharif-chaudhry').length;

/** The popup is being reworked by the notes work; set CLAIMLENS_SKIP_POPUP_LINK=1 to skip only that case. */
const popupLink = process.env.CLAIMLENS_SKIP_POPUP_LINK === '1' ? it.skip : it;

const rendered = (page: TestPage) => page.waitFor(() => document.querySelectorAll('[data-testid="claim"]').length > 0, undefined, 20_000);

/** Click like a person (real pointer events, user activation for the clipboard), not element.click(). */
async function clickOn(page: TestPage, selector: string): Promise<void> {
  await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'center', behavior: 'instant' }), selector);
  const { x, y } = await settledCentre(page, selector);
  await page.mouseClick(x, y);
}

async function choose(page: TestPage, selector: string, value: string): Promise<void> {
  await page.evaluate(
    ([sel, v]) => {
      const select = document.querySelector(sel) as HTMLSelectElement;
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [selector, value] as const,
  );
}

describe.each(BROWSERS)('explorer in %s', (kind) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch(kind);
  });
  afterAll(() => session?.close());

  const isExplorer = (url: string) => url.startsWith(`${session.extensionOrigin}/explorer.html`);

  popupLink('opens from the popup', async () => {
    const popup = await session.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelector('[data-testid="open-explorer"]'));
    // The switch above the link loads its tab and settings: the link stays where it was drawn (a pointer aimed at it
    // before then still lands on it).
    const before = await popup.evaluate(() => document.querySelector('[data-testid="open-explorer"]')!.getBoundingClientRect().y);
    await popup.waitFor(() => document.querySelector('[data-testid="site-toggle"], [data-testid="site-toggle-unavailable"]'));
    expect(await popup.evaluate(() => document.querySelector('[data-testid="open-explorer"]')!.getBoundingClientRect().y)).toBe(before);
    await clickOn(popup, '[data-testid="open-explorer"]');
    const explorer = await session.waitForPage(isExplorer);
    await rendered(explorer);
    const heading = await explorer.evaluate(() => document.querySelector('h1')?.textContent);
    expect(heading).toBe('ClaimLens Explorer');
    const count = await explorer.evaluate(() => document.querySelectorAll('[data-testid="claim"]').length);
    expect(count).toBe(pack.claims.length);
    await explorer.close();
    await popup.close();
  });

  it("opens on one event through the background's openExplorer message (the card's button)", async () => {
    const page = await session.openExtensionPage('explorer.html');
    await rendered(page);
    const reply = (await page.evaluate(() =>
      (globalThis as any).chrome.runtime.sendMessage({
        id: 7,
        type: 'openExplorer',
        data: { eventId: 'oct12-border-clashes' },
        timestamp: Date.now(),
      }),
    )) as { res?: { opened: boolean } };
    expect(reply.res).toEqual({ opened: true });
    const explorer = await session.waitForPage((u) => isExplorer(u) && u.endsWith('#event=oct12-border-clashes'));
    await rendered(explorer);
    const events = await explorer.evaluate(() =>
      [...document.querySelectorAll('article.event')].map((e) => e.getAttribute('data-event-id')),
    );
    expect(events).toEqual(['oct12-border-clashes']);
    // A malformed event id never reaches tabs.create.
    const bad = (await page.evaluate(() =>
      (globalThis as any).chrome.runtime.sendMessage({
        id: 8,
        type: 'openExplorer',
        data: { eventId: 'javascript:alert(1)' },
        timestamp: Date.now(),
      }),
    )) as { err?: { message: string } };
    expect(bad.err?.message).toMatch(/openExplorer: eventId/);
    await explorer.close();
    await page.close();
  });

  it('filtering to "ISPR" shows only ISPR claims, and the filter lives in a shareable hash', async () => {
    const page = await session.openExtensionPage('explorer.html');
    await rendered(page);
    await choose(page, '[data-testid="filter-claimant"]', 'ispr');
    await page.waitFor(() => location.hash === '#claimant=ispr');
    const claimants = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="claim"]')].map((c) => c.getAttribute('data-claimant')),
    );
    expect(new Set(claimants)).toEqual(new Set(['ispr', 'ahmed-sharif-chaudhry']));
    expect(claimants).toHaveLength(ISPR_CLAIMS);
    const sides = await page.evaluate(() => [
      ...new Set([...document.querySelectorAll('[data-testid="claim"]')].map((c) => c.getAttribute('data-side'))),
    ]);
    expect(sides).toEqual(['pakistan']);
    // Every event still shows its three columns, in the same order, whatever the filter.
    const columnOrder = await page.evaluate(() =>
      [...document.querySelectorAll('article.event')].map((e) =>
        [...e.querySelectorAll('.columns > section')].map((s) => s.getAttribute('data-side')).join(','),
      ),
    );
    expect(new Set(columnOrder)).toEqual(new Set(['afghanistan,pakistan,independent']));
    const status = await page.evaluate(() => document.querySelector('[data-testid="result-count"]')?.textContent);
    expect(status).toContain(`${ISPR_CLAIMS} of ${pack.claims.length} claims`);

    // The same link in a fresh tab gives the same view.
    const shared = await session.openExtensionPage('explorer.html#claimant=ispr&kind=military-deaths');
    await rendered(shared);
    const kinds = await shared.evaluate(() =>
      [...document.querySelectorAll('[data-testid="claim"]')].map(
        (c) => `${c.getAttribute('data-claimant')}:${c.getAttribute('data-kind')}`,
      ),
    );
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => /^(ispr|ahmed-sharif-chaudhry):military-deaths$/.test(k))).toBe(true);
    const selected = await shared.evaluate(() => (document.querySelector('[data-testid="filter-claimant"]') as HTMLSelectElement).value);
    expect(selected).toBe('ispr');
    await shared.close();
    await page.close();
  });

  it('the 11/12 October event shows 58 against 23, in the columns, the chart table and the divergence view', async () => {
    const page = await session.openExtensionPage('explorer.html#event=oct12-border-clashes');
    await rendered(page);
    const columns = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('article.event .columns > section')].map((s) => [
          s.getAttribute('data-side'),
          [...s.querySelectorAll('[data-testid="claim"] .figure .amount')].map((f) => f.textContent),
        ]),
      ),
    );
    expect(columns.afghanistan).toContain('58 killed');
    expect(columns.pakistan).toContain('23 killed');
    const table = await page.evaluate(() => {
      const chart = [...document.querySelectorAll('[data-testid="disagreement-chart"]')].find((f) =>
        f.querySelector('figcaption')?.textContent?.startsWith('Pakistani soldiers killed'),
      );
      return [...(chart?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
        [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent?.trim()),
      );
    });
    expect(table).toEqual([
      ['Afghan side', 'Zabihullah Mujahid', '58'],
      ['Pakistan side', 'ISPR', '23'],
    ]);

    await clickOn(page, '[data-testid="view-divergence"]');
    await page.waitFor(() => document.querySelector('[data-testid="divergence"][data-group="killed|pakistani-soldiers"]'));
    const divergence = await page.evaluate(() => {
      const d = document.querySelector('[data-testid="divergence"][data-group="killed|pakistani-soldiers"]')!;
      return {
        figures: [...d.querySelectorAll('[data-testid="position-figure"]')].map((f) => f.textContent),
        ratio: d.querySelector('[data-testid="ratio"]')?.textContent,
        steps: [...d.querySelectorAll('[data-testid="divergence-series"] tbody tr')].map((tr) => tr.getAttribute('data-claim-id')),
      };
    });
    expect(divergence.figures).toEqual(['58 killed', '23 killed']);
    expect(divergence.ratio).toBe("Afghan side's figure is ≈2.5× Pakistan side's.");
    // Kabul's early "at least 15" is a step before its 58.
    expect(divergence.steps.indexOf('oct12-iea-pak-soldiers-killed-15')).toBeGreaterThanOrEqual(0);
    expect(divergence.steps.indexOf('oct12-iea-pak-soldiers-killed-15')).toBeLessThan(
      divergence.steps.indexOf('oct12-iea-pak-soldiers-killed-58'),
    );
    expect(await page.evaluate(() => location.hash)).toBe('#view=divergence&event=oct12-border-clashes');
    await page.close();
  });

  it('copy as citation puts the citation in the readable element and hands it to the clipboard', async () => {
    const page = await session.openExtensionPage('explorer.html#event=oct12-border-clashes');
    await rendered(page);
    // Record what the page hands the clipboard: headless browsers do not let a test read the clipboard back.
    await page.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      const original = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        w.copied.push(text);
        return original(text);
      };
    });
    const claim = '[data-claim-id="oct12-ispr-pak-soldiers-killed-23"]';
    await clickOn(page, `${claim} .cite-button`);
    await page.waitFor((sel) => document.querySelector(`${sel} [data-testid="citation-status"]`)?.textContent, claim);
    const result = await page.evaluate((sel) => {
      const root = document.querySelector(sel)!;
      return {
        text: root.querySelector('[data-testid="citation-output"]')?.textContent,
        markdown: root.querySelector('[data-testid="citation-markdown"]')?.textContent,
        status: root.querySelector('[data-testid="citation-status"]')?.textContent,
        copied: (window as unknown as { copied: string[] }).copied,
      };
    }, claim);
    expect(result.text).toMatch(
      /^ISPR, 12 October 2025\. ISPR says 23 Pakistani soldiers were killed\.\nReported by Pakistan Today, 13 October 2025: https:\/\/www\.pakistantoday\.com\.pk\//,
    );
    expect(result.text).toContain('claim oct12-ispr-pak-soldiers-killed-23');
    expect(result.markdown).toMatch(/^\*\*ISPR\*\*, 12 October 2025\. .*\[Pakistan Today\]\(https:\/\/www\.pakistantoday\.com\.pk\//);
    expect(result.copied).toEqual([result.text]);
    expect(result.status).toMatch(/^(Plain text copied to the clipboard\.|The browser did not allow copying)/);
    const clipboard = await page.evaluate(() => navigator.clipboard.readText().catch(() => null));
    if (clipboard !== null) expect(clipboard).toBe(result.text);

    await clickOn(page, `${claim} .cite-format:nth-of-type(2) button`);
    await page.waitFor(() => (window as unknown as { copied: string[] }).copied.length === 2);
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied[1])).toBe(result.markdown);

    // Escape closes the panel and gives focus back to the Cite button.
    await page.evaluate((sel) => (document.querySelector(`${sel} .cite-panel`) as HTMLElement).focus(), claim);
    await page.press('Escape');
    await page.waitFor((sel) => !document.querySelector(`${sel} .cite-panel`), claim);
    const focused = await page.evaluate(() => document.activeElement?.className);
    expect(focused).toBe('cite-button');
    await page.close();
  });

  it("shows the reader's notes beside the claim they were taken on, with a link to the page", async () => {
    const page = await session.openExtensionPage('explorer.html#event=oct12-border-clashes');
    await rendered(page);
    // The explorer has opened (and, on a new profile, created) the notes database by now.
    await page.waitFor(() => document.querySelector('.explorer')?.getAttribute('data-notes-state') === 'ready');
    await page.evaluate(
      () =>
        new Promise<void>((ok, fail) => {
          const req = indexedDB.open('claimlens');
          req.onerror = () => fail(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction('notes', 'readwrite');
            tx.objectStore('notes').put({
              id: 'e2e-explorer-note',
              schema: 1,
              url: 'https://news.example/border-story',
              site: 'news.example',
              title: 'Border story',
              text: 'Compare with the ISPR figure',
              tags: [],
              quote: { type: 'TextQuoteSelector', exact: '58 soldiers', prefix: '', suffix: '' },
              claimId: 'oct12-iea-pak-soldiers-killed-58',
              created: 1,
              updated: 1,
              orphan: false,
              fingerprint: 'e2e-explorer-note',
            });
            tx.oncomplete = () => (req.result.close(), ok());
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    const again = await session.openExtensionPage('explorer.html#event=oct12-border-clashes');
    await rendered(again);
    await again.waitFor(() => document.querySelector('[data-claim-id="oct12-iea-pak-soldiers-killed-58"] [data-testid="claim-notes"]'));
    const note = await again.evaluate(() => {
      const box = document.querySelector('[data-claim-id="oct12-iea-pak-soldiers-killed-58"] [data-testid="claim-notes"]')!;
      const link = box.querySelector('a')!;
      return {
        text: box.textContent,
        href: link.getAttribute('href'),
        label: link.textContent,
        others: document.querySelectorAll('[data-testid="claim-notes"]').length,
      };
    });
    expect(note.text).toContain('Compare with the ISPR figure');
    expect(note.text).toContain('58 soldiers');
    expect(note).toMatchObject({ href: 'https://news.example/border-story', label: 'Border story', others: 1 });
    await again.close();
    await page.close();
  });
});
