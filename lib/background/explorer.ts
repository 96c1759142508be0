/**
 * Opens the explorer page in a new tab. The card lives in a content script, which may not open an
 * extension page itself; the popup and options page use the same message so there is one way in.
 */
import { browser } from 'wxt/browser';
import { handle } from './handle';

export function explorerUrl(getURL: (path: string) => string, eventId?: string): string {
  return getURL('/explorer.html') + (eventId ? `#event=${encodeURIComponent(eventId)}` : '');
}

export function registerExplorerOpener(): void {
  handle('openExplorer', 'any-extension-context', async ({ eventId }, { tabId }) => {
    const url = explorerUrl((p) => browser.runtime.getURL(p as never), eventId);
    await browser.tabs.create({ url, active: true, ...(tabId !== undefined ? { openerTabId: tabId } : {}) });
    return { opened: true };
  });
}
