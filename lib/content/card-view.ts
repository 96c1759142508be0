/**
 * What the card draws with, in card.js (the `card` feature, lib/content/features.ts): Preact, the card's component
 * and styles, and floating-ui's placement. The card's host and its interaction rules (lib/content/card.ts) are in
 * annotate.js; this part is about a third of annotate.js gzipped, and a page's first screen of badges never needs
 * it, so the badges feature loads it once its first badges are in, before a reader can reach one, and a badge opened
 * sooner waits for it.
 */
import { render, h } from 'preact';
import { computePosition, flip, shift, offset, size, autoUpdate } from '@floating-ui/dom';
import { ClaimCard } from '@/components/ClaimCard';
import cardCss from '@/components/ClaimCard.css?inline';
import type { CardModel } from './card-model';
import { useUiLanguage, type UiLanguageChoice } from '../i18n';
import { markEvaluated, span } from './bench-marks';
import type { Feature } from './session';
import { findSession } from './session-slot';
import { FEATURES } from './features';

export interface CardViewProps {
  /**
   * The reader's interface language, as the badges feature read it: card.js is a script of its own, with its own
   * copy of lib/i18n.ts, which would otherwise speak the browser's language.
   */
  language: UiLanguageChoice | null;
  model: CardModel;
  onClose(): void;
  onSaveNote?: () => void;
  onOpenExplorer?: (eventId: string) => void;
}

export interface CardView {
  /** The card's styles, for its shadow root. */
  css: string;
  show(mount: Element, props: CardViewProps): void;
  clear(mount: Element): void;
  /**
   * Keep `host` beside `badge` while the page scrolls or resizes; the function returned stops it. While `isSheet()`
   * (a narrow screen) the card is a bottom sheet, placed by CSS.
   */
  follow(badge: HTMLElement, host: HTMLElement, isSheet: () => boolean): () => void;
}

async function place(badge: HTMLElement, host: HTMLElement, isSheet: () => boolean): Promise<void> {
  if (isSheet()) {
    // A phone: the sheet's place is fixed by CSS at the bottom; only its height is ours to pick.
    host.setAttribute('data-sheet', '');
    return;
  }
  host.removeAttribute('data-sheet');
  const { x, y } = await computePosition(badge, host, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(6),
      // Upward only when below is really too small: a card above the badge covers the lines (and badges) above it.
      flip({ padding: 8, fallbackPlacements: ['top-start'], fallbackStrategy: 'initialPlacement' }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply: ({ availableHeight }) => host.style.setProperty('--claimlens-max-height', `${Math.max(160, Math.floor(availableHeight))}px`),
      }),
    ],
  });
  // Read by the shadow root's :host rule, whose !important outranks any page rule (inner context wins).
  host.style.setProperty('--claimlens-x', `${x}px`);
  host.style.setProperty('--claimlens-y', `${y}px`);
}

export const cardView: CardView = {
  css: cardCss,
  show: (mount, { language, ...props }) => {
    useUiLanguage(language);
    render(h(ClaimCard, props), mount);
  },
  clear: (mount) => render(null, mount),
  follow: (badge, host, isSheet) => autoUpdate(badge, host, () => void place(badge, host, isSheet)),
};

const cardFeature: Feature<CardView> = {
  id: 'card',
  when: FEATURES.card.when,
  init: () => cardView,
};

/** Entry of card.js. */
export function registerCardView(): void {
  markEvaluated('card-evaluate');
  span('card-start', () => findSession()?.add(cardFeature));
}
