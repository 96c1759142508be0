/**
 * The fact-checker features (issue #16) and the card's presentation of the dataset (issue #11) in both real
 * browsers, on pages written for these tests (tests/fixtures/factcheck/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from '../support/browsers';
import { serveStatic, type StaticServer } from '../support/server';
import { openProbe, type Probe } from '../support/extension';

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/': resolve(import.meta.dirname, '../fixtures') });
});
afterAll(() => server?.close());

function card(page: TestPage) {
  return page.evaluate(() => {
    const root = document.querySelector('claimlens-card')?.shadowRoot;
    const texts = (sel: string) => [...(root?.querySelectorAll(sel) ?? [])].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
    return {
      flag: texts('.misattribution'),
      newer: texts('.newer-than-data'),
      through: texts('.data-through'),
      notes: texts('.claim-note'),
      history: texts('.history'),
      timings: texts('.timing'),
      missing: texts('.column > .none'),
      counts: texts('.column > ul > .claim .counts'),
    };
  });
}

describe.each(BROWSERS)('fact-checking, %s', (kind) => {
  let session: ExtensionSession;
  let probe: Probe;
  beforeAll(async () => {
    session = await launch(kind);
    probe = await openProbe(session);
  });
  afterAll(() => session?.close());

  async function openCard(path: string, claimId: string): Promise<TestPage> {
    const page = await session.newPage();
    const url = server.url(path);
    await page.goto(url);
    await probe.tabSummary(url, (s) => s.figures > 0);
    await page.waitFor((id) => document.querySelector(`claimlens-badge[data-claim-id="${id}"]`), claimId);
    await page.evaluate((id) => {
      const badge = document.querySelector(`claimlens-badge[data-claim-id="${id}"]`) as HTMLElement;
      badge.scrollIntoView({ block: 'center' });
      badge.focus();
    }, claimId);
    await page.waitFor(() => !(document.querySelector('claimlens-card') as HTMLElement | null)?.hidden);
    return page;
  }

  it('a figure the article gives to the UN, though it is the Islamic Emirate’s, gets a flagged badge and a flag at the top of the card', async () => {
    const page = await openCard('/factcheck/misattributed.html', 'oct12-iea-pak-soldiers-killed-58');
    const badge = await page.evaluate(() => {
      const b = document.querySelector('claimlens-badge[data-claim-id="oct12-iea-pak-soldiers-killed-58"]')!;
      return { label: b.shadowRoot?.textContent?.trim() ?? '', aria: b.getAttribute('aria-label') ?? '' };
    });
    expect(badge.label).toMatch(/ claim, not UN$/);
    expect(badge.aria).toMatch(/58 is the .+ figure \(12 Oct 2025\), not a UN count/);
    const state = await card(page);
    expect(state.flag).toHaveLength(1);
    expect(state.flag[0]).toMatch(/^58 is the .+ figure \(12 Oct 2025\)\. No UN count of military deaths is recorded\./);
    expect(state.flag[0]).toContain('“58 Pakistani soldiers” attributed to UN');
    // Comparable columns: the independent column says it has no such count instead of showing civilians.
    expect(state.missing).toContain('No independent count of military deaths.');
    for (const c of state.counts) expect(c).toMatch(/Pakistani soldiers killed(?: \([a-z ]+\))? · /);
    // A claim's note is shown (the Islamic Emirate's posts claim and UNAMA's count carry one).
    expect(state.notes.length).toBeGreaterThan(0);
    expect(state.notes.join(' ')).toContain('UNAMA did not tie this count to one night.');
    expect(state.through[0]).toMatch(/^Data through \d+ \w{3} 2026$/);
    expect(state.newer).toEqual([]);
    await page.close();
  });

  it('a page dated before a revision shows the history line and the later counts as said after the article', async () => {
    const page = await openCard('/factcheck/revised.html', 'mar01-tarar-afghan-forces-killed-415');
    const state = await card(page);
    expect(state.history.some((h) => /: 36 → 133 → .*415 → .*641$/.test(h))).toBe(true);
    expect(state.timings).toContain('· said the day before this article');
    expect(state.timings.some((t) => /said \d+ days after this article/.test(t))).toBe(true);
    await page.close();
  });

  it('a page published after the data ends says the article is newer than the data', async () => {
    const page = await openCard('/factcheck/newer.html', 'oct12-iea-pak-soldiers-killed-58');
    const state = await card(page);
    expect(state.newer).toHaveLength(1);
    expect(state.newer[0]).toMatch(/^This article \(20 Jun 2026\) is newer than the data, which ends on \d+ \w{3} 2026/);
    await page.close();
  });
});
