/**
 * The toolbar icon's badge: how many ClaimLens badges the current tab shows. The browser keeps
 * badge text per tab, so the count survives the MV3 service worker being stopped; nothing is
 * kept in memory here.
 */
import { browser } from 'wxt/browser';
import { handle } from './handle';

/** What the toolbar shows for a count: nothing for 0, so unrelated pages stay unmarked. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export function registerActionBadge(): void {
  void browser.action.setBadgeBackgroundColor({ color: '#4a4f57' }).catch(() => {});
  // Firefox only; Chrome picks a readable text colour itself.
  void browser.action.setBadgeTextColor?.({ color: '#ffffff' })?.catch(() => {});

  handle('badgeCount', 'content-script', async ({ count }, { tabId, frameId }) => {
    // The sender check guarantees a tab, so a content script only ever sets its own tab's count; and only the
    // top frame speaks for the tab, so an embedded frame can't overwrite the article's count.
    if (tabId === undefined || (frameId ?? 0) !== 0) return { text: '' };
    const text = badgeText(count);
    await browser.action.setBadgeText({ tabId, text });
    return { text };
  });

  // A new document starts without badges; its content script reports again if it finds any.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
  });
}

/** The count the toolbar shows for a tab, for the popup's summary of the current tab. */
export async function getBadgeCount(tabId: number): Promise<number> {
  const text = await browser.action.getBadgeText({ tabId });
  return text === '999+' ? 1000 : Number.parseInt(text, 10) || 0;
}
