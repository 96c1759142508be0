/**
 * Every feature of the page, in one place. The content script runs the session (lib/content/session.ts); the
 * features register themselves with `session.add({ id, when, init })` from the script that holds them:
 *
 * | id       | script (injected by the background) | module                   | runs when                                   |
 * | -------- | ----------------------------------- | ------------------------ | ------------------------------------------- |
 * | `road`   | `/gate.js`                          | lib/content/road.ts      | on                                          |
 * | `badges` | `/annotate.js`                      | lib/content/annotate.ts  | on, and the gate says relevant or near miss |
 * | `card`   | `/card.js`                          | lib/content/card-view.ts | as `badges`                                 |
 * | `notes`  | `/notes.js`                         | lib/content/notes.ts     | on, in the top frame                        |
 *
 * `road` (the extractor's walk and the gate) is loaded when the first read finds a word of a name, before the walk;
 * `badges` after the gate; `card` (what the claims card draws with: Preact, its component and styles, floating-ui)
 * by the badges feature once its first badges are in, or as soon as a badge is opened before that; `notes` when the
 * page has notes (the background checks, once per page) or when the reader starts one (the card's "Save a note", the
 * context menu, the shortcut, the popup).
 */
import type { GateStage } from '../engine/gate';
import type { PageSession } from './session';

export type FeatureId = 'road' | 'badges' | 'card' | 'notes';

export interface FeatureEntry {
  /** The built file the background injects (WXT builds it from entrypoints/). */
  file: '/gate.js' | '/annotate.js' | '/card.js' | '/notes.js';
  when(session: PageSession): boolean;
}

/** Worth loading stage two: relevant, or close enough that matched figures may decide it. */
export function worthAnnotating(stage: GateStage): boolean {
  return stage.gate.relevant || stage.nearMiss;
}

export const FEATURES: Record<FeatureId, FeatureEntry> = {
  road: {
    file: '/gate.js',
    when: (s) => Boolean(s.settings?.active),
  },
  badges: {
    file: '/annotate.js',
    when: (s) => Boolean(s.settings?.active && s.stage && worthAnnotating(s.stage)),
  },
  card: {
    file: '/card.js',
    when: (s) => Boolean(s.settings?.active && s.stage && worthAnnotating(s.stage)),
  },
  notes: {
    file: '/notes.js',
    when: (s) => Boolean(s.settings?.active && s.isTopFrame),
  },
};

export const FEATURE_IDS = Object.keys(FEATURES) as FeatureId[];
