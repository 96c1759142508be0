import { browser } from 'wxt/browser';
import { openClaimLensDb } from '../notes/db';
import { handle } from './handle';
import { registerCardPack, registerFeatureLoader } from './annotator';
import { registerPageSettings } from './page-settings';
import { canonicalUrl } from '../notes/url';
import { registerTabStatus } from './tab-status';
import { registerActionBadge } from './action-badge';
import { registerExplorerOpener } from './explorer';
import { registerNotes } from './notes';

export function startBackground(): void {
  registerActionBadge();
  registerExplorerOpener();
  const notes = registerNotes();
  registerFeatureLoader(async (url) => {
    const page = url ? canonicalUrl(url) : null;
    return page !== null && (await notes.store.countForUrl(page)) > 0;
  });
  registerCardPack();
  registerPageSettings();
  registerTabStatus();

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
