import { browser } from 'wxt/browser';
import { openClaimLensDb } from '../notes/db';
import { handle } from './handle';
import { registerAnnotatorLoader } from './annotator';
import { registerTabStatus } from './tab-status';
import { registerActionBadge } from './action-badge';
import { registerExplorerOpener } from './explorer';
import { registerNotes } from './notes';

export function startBackground(): void {
  registerAnnotatorLoader();
  registerActionBadge();
  registerExplorerOpener();
  const notes = registerNotes();
  registerTabStatus((tabId, frameId, url) => void notes.pageReported(tabId, frameId, url).catch(() => {}));

  handle('dbSelfTest', 'any-extension-context', async ({ value }) => {
    const db = await openClaimLensDb();
    await db.put('meta', { key: 'selftest', value, at: Date.now() });
    const row = await db.get('meta', 'selftest');
    return { written: value, read: row?.value ?? '' };
  });

  browser.runtime.onInstalled.addListener(async () => {
    const db = await openClaimLensDb();
    await db.put('meta', { key: 'installedVersion', value: browser.runtime.getManifest().version, at: Date.now() });
  });
}
