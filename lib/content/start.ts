/**
 * Stage one, the content script's whole start-up path: settings → idle → extract → gate. It must stay small:
 * on an unrelated page this is all ClaimLens costs, and nothing of the page is touched. Only when the gate says
 * "relevant" does the background inject stage two (lib/content/annotate.ts: badges, card, Preact).
 */
import { sendMessage } from '../messages';
import { extractPage, type ExtractedPage } from '../dom/extract';
import { scanDocument, type ScanResult } from '../engine';
import { runtimePack } from '../pack/bundled-runtime';
import { followPageSettings, init as initSettingsTrace, type PageSettings } from './settings';
import { HANDOFF, type Stage1Handoff } from './handoff';
import { watchPage } from './live';
import { init as initNotes } from './notes';

/** About two paragraphs of news text. */
const REGATE_AFTER_CHARS = 600;

function whenIdle(signal: AbortSignal, timeout = 1500): Promise<void> {
  return new Promise((resolve) => {
    const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (ric) ric(() => resolve(), { timeout });
    else setTimeout(resolve, 50);
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

export function scanPage(doc: Document): { page: ExtractedPage; result: ScanResult } {
  const page = extractPage(doc);
  return { page, result: scanDocument(page.blocks, page.meta, runtimePack) };
}

async function reportStatus(result: ScanResult): Promise<void> {
  await sendMessage('pageStatus', {
    relevant: result.relevant,
    score: result.score,
    reason: result.reason,
    badges: 0,
    figures: result.figures.length,
  }).catch(() => {});
}

export async function startContent(signal: AbortSignal): Promise<void> {
  initNotes(signal);
  void initSettingsTrace(signal);
  let settings: PageSettings | null = null;
  let started = false;
  await followPageSettings(signal, (next) => {
    settings = next;
    const handoff = (globalThis as Record<symbol, Stage1Handoff | undefined>)[HANDOFF];
    if (handoff) handoff.settings = next;
    handoff?.onSettings?.(next);
    if (next.active && !started) {
      started = true;
      void run();
    }
  });

  async function run(): Promise<void> {
    await whenIdle(signal);
    if (signal.aborted) return;
    let { page, result } = scanPage(document);
    void reportStatus(result);
    const handoff: Stage1Handoff = { page, result, settings: settings!, signal, annotatorLoaded: false };
    (globalThis as Record<symbol, Stage1Handoff | undefined>)[HANDOFF] = handoff;

    const loadAnnotator = async () => {
      if (handoff.annotatorLoaded) return;
      handoff.annotatorLoaded = true;
      await sendMessage('loadAnnotator', {});
    };
    if (result.relevant) await loadAnnotator();

    // Pages that change after load: infinite scroll, single-page apps. Until stage two takes over the
    // updates, an unrelated page is re-gated when enough new text has arrived.
    let addedSinceGate = 0;
    handoff.watch = watchPage(signal, (addedChars) => {
      if (handoff.onPageChanged) return handoff.onPageChanged();
      // An unrelated page is gated again only once enough new text has arrived: a ticker or a clock that
      // churns a few characters costs nothing.
      addedSinceGate += addedChars;
      if (addedSinceGate < REGATE_AFTER_CHARS) return;
      addedSinceGate = 0;
      ({ page, result } = scanPage(document));
      handoff.page = page;
      handoff.result = result;
      if (result.relevant) {
        void reportStatus(result);
        void loadAnnotator();
      }
    });
  }
}
