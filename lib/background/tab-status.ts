/**
 * Per-tab results reported by content scripts. Kept in storage.session: an MV3 service worker (or Firefox
 * event page) may be stopped between the report and the popup's question, and session storage survives that
 * but not a browser restart, which is what a per-tab record should do.
 */
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { handle } from './handle';
import { badgeText } from './action-badge';
import type { TabSummaryResponse } from '../messages';

type Summary = v.InferOutput<typeof TabSummaryResponse>;
const keyOf = (tabId: number) => `tab:${tabId}`;

export function registerTabStatus(): void {
  handle('pageStatus', 'content-script', async (status, { tabId, frameId, url }) => {
    // Only the top frame speaks for the tab; an ad iframe must not overwrite the article's verdict.
    if (tabId === undefined || (frameId ?? 0) !== 0) return { ok: false };
    const summary: Summary = { known: true, url, ...status };
    // The toolbar first: a stored report then proves the count is shown (what tests and the popup wait for).
    await browser.action.setBadgeText({ tabId, text: badgeText(status.badges) });
    await browser.storage.session.set({ [keyOf(tabId)]: summary });
    return { ok: true };
  });

  handle('tabSummary', 'extension-page', async ({ tabId }) => {
    const stored = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)] as Summary | undefined;
    return stored ?? { known: false, relevant: false, score: 0, reason: 'not-scanned', badges: 0, figures: 0 };
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.storage.session.remove(keyOf(tabId)).catch(() => {});
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(keyOf(tabId)).catch(() => {}));
}
