import { browser } from 'wxt/browser';
import { handle } from './handle';
import { FEATURES } from '../content/features';

/**
 * Injects a page feature's script (lib/content/features.ts: annotate.js, notes.js) into the asking frame only, when
 * the page's session asks for it. `hasNotes` answers the session's one question per page, "does this page have
 * notes?", so that notes.js is parsed only where it has something to draw.
 */
export function registerFeatureLoader(hasNotes: (url: string | undefined) => Promise<boolean>): void {
  handle('loadFeature', 'content-script', async ({ feature, onlyIfNotes }, sender) => {
    if (sender.tabId === undefined) return { injected: false };
    if (onlyIfNotes && !(await hasNotes(sender.url))) return { injected: false };
    await browser.scripting.executeScript({
      target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] },
      files: [FEATURES[feature].file],
    });
    return { injected: true };
  });
}
