/**
 * The settings for the pages' content scripts: read for them at start-up (`pageSettings`), and sent to every tab when
 * they change (`settingsChanged`). A page's script then never uses `browser.storage` itself (lib/content/settings.ts).
 */
import { browser } from 'wxt/browser';
import { handle } from './handle';
import { sendMessage } from '../messages';
import { SETTINGS_KEY } from '../settings';
import { IMPORTED_GATE_KEY } from '../pack/import-keys';

/** WXT storage's "local:settings" is the key "settings" of storage.local. */
const KEY = SETTINGS_KEY.slice(SETTINGS_KEY.indexOf(':') + 1);

export function registerPageSettings(): void {
  handle('pageSettings', 'content-script', async () => {
    const stored = await browser.storage.local.get([KEY, IMPORTED_GATE_KEY]);
    return { settings: stored[KEY] ?? null, importedGate: stored[IMPORTED_GATE_KEY] ?? null };
  });
  const tellTabs = async (settings: unknown): Promise<number> => {
    const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] }).catch(() => []);
    for (const tab of tabs) if (tab.id !== undefined) void sendMessage('settingsChanged', { settings }, tab.id).catch(() => {});
    return tabs.length;
  };
  // An extension page saved them (lib/settings-save.ts): the message wakes this worker if it slept.
  handle('settingsSaved', 'extension-page', async () => {
    const stored = await browser.storage.local.get(KEY);
    return { sent: await tellTabs(stored[KEY] ?? null) };
  });
  // Any other write (registered at the worker's start, so a change made while it slept may wake it too).
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[KEY];
    // A write of the same value is no change (it would restart every feature of every page).
    if (area !== 'local' || !change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    void tellTabs(change.newValue ?? null);
  });
}
