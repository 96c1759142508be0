/**
 * The toolbar icon's badge: how many ClaimLens badges the current tab shows. The count arrives with the
 * content script's `pageStatus` (lib/background/tab-status.ts). The browser keeps badge text per tab, so
 * the count survives the MV3 service worker being stopped; nothing is kept in memory here.
 */
import { browser } from 'wxt/browser';

/** What the toolbar shows for a count: nothing for 0, so unrelated pages stay unmarked. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export function registerActionBadge(): void {
  void browser.action.setBadgeBackgroundColor({ color: '#4a4f57' }).catch(() => {});
  // Firefox only; Chrome picks a readable text colour itself.
  void browser.action.setBadgeTextColor?.({ color: '#ffffff' })?.catch(() => {});

  // A new document starts without badges; its content script reports again if it finds any.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
  });
}
