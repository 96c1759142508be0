/**
 * What stage one hands to stage two. Both run in the extension's isolated world of the same frame
 * (a content script and a file injected with scripting.executeScript share it), so a global keyed by a
 * registered symbol is visible to both and never to the page.
 */
import type { ExtractedPage } from '../dom/extract';
import type { GateStage } from '../engine/gate';
import type { PageSettings } from './settings';
import type { PageWatch } from './live';

export const HANDOFF = Symbol.for('claimlens.stage1');

export interface Stage1Handoff {
  page: ExtractedPage;
  /** The gate's verdict and the mentions it found; stage two finishes the scan (figures, claims) from here. */
  stage: GateStage;
  settings: PageSettings;
  signal: AbortSignal;
  annotatorLoaded: boolean;
  /** Stage one's observer of page changes; stage two makes its own DOM changes through `watch.quietly`. */
  watch?: PageWatch;
  /** Set by stage two: it takes over page changes and settings changes once it runs. */
  onPageChanged?: () => void;
  onSettings?: (settings: PageSettings) => void;
}

export function readHandoff(): Stage1Handoff | undefined {
  return (globalThis as Record<symbol, Stage1Handoff | undefined>)[HANDOFF];
}

const CONTENT_SIGNAL = Symbol.for('claimlens.signal');

/** Stage one records the content script's lifetime so that scripts injected later end with it. */
export function setContentScriptSignal(signal: AbortSignal): void {
  (globalThis as Record<symbol, AbortSignal | undefined>)[CONTENT_SIGNAL] = signal;
}

/** The content script's lifetime, or (if it never ran in this frame) the page's. */
export function contentScriptSignal(): AbortSignal {
  return (globalThis as Record<symbol, AbortSignal | undefined>)[CONTENT_SIGNAL] ?? new AbortController().signal;
}
