/**
 * Stage one's read of a page, in the content script that runs on every page: the metadata, the article's root, and
 * whether its text may name anyone of the pack (lib/engine/name-index.ts). A page turned down here gets the verdict the
 * gate would give it, 'before-window' or 'no-mention', in the gate's own order, and gate.js (the extractor, the alias
 * pattern, the gate: lib/content/road.ts) is never loaded. Every other page is walked and gated by gate.js.
 */
import { findMainRoot, type ExtractedPage } from '../dom/extract';
import { readMetadata } from '../dom/metadata';
import { beforeWindow } from '../engine/window';
import { pageTextForPrefilter } from '../engine/prefilter';
import { mayNameFromIndex, type NameIndex } from '../engine/name-index';
import type { GateStage } from '../engine/gate';
import type { PageMeta } from '../engine/types';
import type { GatePack } from '../pack/runtime-types';
import type { TextRoad } from './road';

export type FirstRead =
  /** Turned down: the page as the gate would have read it (metadata, no blocks). */
  | { page: ExtractedPage }
  /** It may name someone: gate.js walks `root` and gates the page. */
  | { meta: PageMeta; root: Element };

export function firstRead(doc: Document, names: NameIndex): FirstRead {
  const meta = readMetadata(doc);
  if (beforeWindow(meta, names)) return { page: { blocks: [], meta } };
  const root = findMainRoot(doc);
  if (!root || !mayNameFromIndex(names, pageTextForPrefilter(doc, root, [meta.title, meta.ogTitle]))) return { page: { blocks: [], meta } };
  return { meta, root };
}

/** The gate's verdict on a page the first read turned down (lib/engine/gate.ts `gatePage` gives the same). */
export function turnedDown(page: ExtractedPage, names: NameIndex): GateStage {
  const reason = beforeWindow(page.meta, names) ? 'before-window' : 'no-mention';
  return { gate: { relevant: false, score: 0, evidence: [], reason }, mentions: [], nearMiss: false };
}

/**
 * A live page's question about a batch of new nodes: does their text name anyone? The word lists answer it until
 * gate.js is in; they may say yes where no name stands ("Inter Milan": "inter" is the word looked for from
 * Inter-Services Public Relations), which costs a page only a load of gate.js. Once it is in, the gate's own alias
 * reading answers, or an endless unrelated feed that writes such a word would be gated again batch after batch.
 */
export function liveNameCheck(
  names: () => NameIndex,
  gate: () => { road: Pick<TextRoad, 'namesAnyone'>; pack: GatePack } | undefined,
): (changed: readonly Node[]) => boolean {
  return (changed) => {
    const text = changed.map((n) => n.textContent ?? '').join('\n');
    const loaded = gate();
    return loaded ? loaded.road.namesAnyone(loaded.pack, text) : mayNameFromIndex(names(), text);
  };
}
