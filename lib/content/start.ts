/**
 * Stage one, the content script's whole start-up path: settings → idle → extract → gate. It must stay small:
 * on an unrelated page this is all ClaimLens costs, and nothing of the page is touched. Only when the gate says
 * "relevant" does the background inject stage two (lib/content/annotate.ts: badges, card, Preact).
 */
import { sendMessage } from '../messages-client';
import { extractPage, type ExtractedPage } from '../dom/extract';
import { gatePage, type GateStage } from '../engine/gate';
import { gatePack } from '../pack/bundled-gate';
import { followPageSettings, type PageSettings } from './settings';
import { HANDOFF, setContentScriptSignal, type Stage1Handoff } from './handoff';
import { watchPage } from './live';
import { nextTask, whenIdle } from './schedule';

/** About two paragraphs of news text. */
const REGATE_AFTER_CHARS = 600;

export function gateDocument(doc: Document): { page: ExtractedPage; stage: GateStage } {
  const page = extractPage(doc);
  return { page, stage: gatePage(page.blocks, page.meta, gatePack) };
}

/** Worth loading stage two: relevant, or close enough that matched figures may decide it. */
function worthAnnotating(stage: GateStage): boolean {
  return stage.gate.relevant || stage.nearMiss;
}

async function reportStatus({ gate }: GateStage): Promise<void> {
  await sendMessage('pageStatus', { relevant: gate.relevant, score: gate.score, reason: gate.reason, badges: 0, figures: 0 }).catch(
    () => {},
  );
}

export async function startContent(signal: AbortSignal): Promise<void> {
  setContentScriptSignal(signal);
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
    // Extract and gate in separate tasks: on a very long page each stays well under the 50 ms of a long task.
    let page = extractPage(document);
    await nextTask();
    if (signal.aborted) return;
    let stage = gatePage(page.blocks, page.meta, gatePack);
    // A near miss is reported by stage two, once the figures have decided it.
    if (!stage.nearMiss) void reportStatus(stage);
    const handoff: Stage1Handoff = { page, stage, settings: settings!, signal, annotatorLoaded: false };
    (globalThis as Record<symbol, Stage1Handoff | undefined>)[HANDOFF] = handoff;

    const loadAnnotator = async () => {
      if (handoff.annotatorLoaded) return;
      handoff.annotatorLoaded = true;
      await sendMessage('loadAnnotator', {});
    };
    if (worthAnnotating(stage)) await loadAnnotator();

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
      ({ page, stage } = gateDocument(document));
      handoff.page = page;
      handoff.stage = stage;
      if (worthAnnotating(stage)) void loadAnnotator();
    });
  }
}
