import { browser } from 'wxt/browser';
import { handle } from './handle';
import { FEATURES } from '../content/features';
// As text, parsed only in the page that asks: the service worker wakes often and never reads it itself.
import cardPackJson from '../pack/compiled/afpak-2025-26.card.json?raw';

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

/**
 * The card's texts and sources of the bundled pack (`npm run data -- compile` writes them, without the verification
 * records' detail), for the badges feature of a frame that placed badges. annotate.js holds only the engine's compiled
 * pack; an imported pack's card data is read from storage by the feature itself.
 */
export function registerCardPack(): void {
  handle('cardPack', 'content-script', () => ({ json: cardPackJson }));
}
