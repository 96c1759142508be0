import { browser } from 'wxt/browser';
import { handle } from './handle';

/** Built from entrypoints/annotate.ts: the badges, the card and Preact, parsed only on relevant pages. */
export const ANNOTATOR_FILE = '/annotate.js';

export function registerAnnotatorLoader(): void {
  handle('loadAnnotator', 'content-script', async (_request, sender) => {
    if (sender.tabId === undefined) return { injected: false };
    await browser.scripting.executeScript({
      target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] },
      files: [ANNOTATOR_FILE],
    });
    return { injected: true };
  });
}
