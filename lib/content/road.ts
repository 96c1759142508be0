/**
 * Stage one and a half: the text road's gate half, in gate.js, which the background injects only into a frame whose
 * first read found a word of a name (lib/content/first-read.ts). It carries what an unrelated page never needs: the
 * extractor's walk, the gate's pack (aliases, pattern, weights) and the gate. The content script reaches it as the
 * `road` feature (lib/content/features.ts) and calls it from the same places as before (lib/content/start.ts).
 */
import { extractPageInSlices, type ExtractedPage } from '../dom/extract';
import type { GateStage, ReadText } from '../engine/gate';
import type { PageMeta } from '../engine/types';
import { gatePack } from '../pack/bundled-gate';
import { activeGate } from '../pack/import-keys';
import type { GatePack } from '../pack/runtime-types';
import { markEvaluated, span } from './bench-marks';
import type { Feature } from './session';
import { findSession } from './session-slot';
import { extractChanged, gate, prepare, readPage } from './text-road';
import { mayNameAnyone } from '../engine/prefilter';

export interface TextRoad {
  /** The gate a page uses: the imported pack's, if the start-up read brought one that is in use, else the bundled one. */
  packFor(imported: unknown): GatePack;
  /** The walk of a page the first read let through, from the root it found: call once per task until it gives the page. */
  walk(doc: Document, meta: PageMeta, root: Element, signal: AbortSignal): () => ExtractedPage | undefined;
  /** The whole first read again with the gate's own names (a page gated again after a change). */
  readPage(doc: Document, pack: GatePack): ExtractedPage;
  prepare(page: ExtractedPage, pack: GatePack): ReadText;
  gate(page: ExtractedPage, pack: GatePack, read?: ReadText): GateStage;
  extractChanged(doc: Document, page: ExtractedPage, changed: readonly Node[]): ExtractedPage;
  /**
   * Whether new text names anyone, by the gate's own alias reading (lib/engine/prefilter.ts): once gate.js is in,
   * a live page asks this instead of the word lists, which also stand where no name does ("services").
   */
  namesAnyone(pack: GatePack, text: string): boolean;
}

export const road: TextRoad = {
  packFor: (imported) => activeGate(gatePack, imported),
  walk: (doc, meta, root, signal) => extractPageInSlices(doc, { meta, root }, { signal }),
  readPage,
  prepare,
  gate,
  extractChanged,
  namesAnyone: mayNameAnyone,
};

const roadFeature: Feature<TextRoad> = {
  id: 'road',
  when: (s) => Boolean(s.settings?.active),
  init: () => road,
};

export function registerRoad(): void {
  markEvaluated('road-evaluate');
  span('road-start', () => findSession()?.add(roadFeature));
}
