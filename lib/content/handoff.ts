/**
 * What stage one hands to stage two. Both run in the extension's isolated world of the same frame
 * (a content script and a file injected with scripting.executeScript share it), so a global keyed by a
 * registered symbol is visible to both and never to the page.
 */
import type { ExtractedPage } from '../dom/extract';
import type { ScanResult } from '../engine';
import type { PageSettings } from './settings';
import type { PageWatch } from './live';

export const HANDOFF = Symbol.for('claimlens.stage1');

export interface Stage1Handoff {
  page: ExtractedPage;
  result: ScanResult;
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
