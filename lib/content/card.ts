/**
 * The one `<claimlens-card>` host (open shadow root), its placement with floating-ui, and the
 * interaction rules: a mouse hover with an intent delay, stays open while the pointer is inside, closes on
 * leave, Escape or blur; Enter/Space on a focused badge opens it; a tap (or click) on a badge opens it and a
 * tap outside closes it. Hover rules apply to a mouse only: a finger's pointerout (which follows every tap)
 * must not close what the tap opened. Below SHEET_BELOW_PX the card is a bottom sheet (lib/content/sheet.ts).
 */
import { render, h } from 'preact';
import { computePosition, flip, shift, offset, size, autoUpdate } from '@floating-ui/dom';
import { ClaimCard } from '@/components/ClaimCard';
import cardCss from '@/components/ClaimCard.css?inline';
import type { CardModel } from './card-model';
import { applyShadowStyles, BADGE_TAG } from './badge-host';
import { isSheetViewport, keepFigureAboveSheet, listenSwipeDown } from './sheet';

export const CARD_TAG = 'claimlens-card';
const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 200;

export interface CardController {
  /** Open for a badge right away (keyboard, or after the hover intent delay). */
  open(badge: HTMLElement): void;
  close(): void;
  readonly openBadge: HTMLElement | null;
}

export interface CardOptions {
  modelFor(badge: HTMLElement): CardModel | undefined;
  onSaveNote?(badge: HTMLElement, model: CardModel): void;
  onOpenExplorer?(eventId: string): void;
  /** The page text a badge explains: the bottom sheet keeps it in view. */
  textRangeFor?(badge: HTMLElement): Range | undefined;
}

export function init(signal: AbortSignal, options: CardOptions): CardController {
  const host = document.createElement(CARD_TAG);
  host.hidden = true;
  const root = host.attachShadow({ mode: 'open' });
  applyShadowStyles(root, cardCss);
  const mount = document.createElement('div');
  root.append(mount);
  // Outside <body>: a page that re-renders its body (SPA) does not wipe the card.
  document.documentElement.append(host);

  let current: HTMLElement | null = null;
  let stopAutoUpdate: (() => void) | null = null;
  let openTimer = 0;
  let closeTimer = 0;
  let switchTimer = 0;

  const place = async (badge: HTMLElement) => {
    if (isSheetViewport()) {
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
          apply: ({ availableHeight }) =>
            host.style.setProperty('--claimlens-max-height', `${Math.max(160, Math.floor(availableHeight))}px`),
        }),
      ],
    });
    // Read by the shadow root's :host rule, whose !important outranks any page rule (inner context wins).
    host.style.setProperty('--claimlens-x', `${x}px`);
    host.style.setProperty('--claimlens-y', `${y}px`);
  };

  /** Focus we move back to the badge ourselves must not reopen the card (that made Escape need two presses). */
  let returningFocus = false;
  const returnFocus = (badge: HTMLElement | null) => {
    if (!badge) return;
    returningFocus = true;
    try {
      badge.focus({ preventScroll: true });
    } finally {
      returningFocus = false;
    }
  };

  const close = () => {
    window.clearTimeout(openTimer);
    window.clearTimeout(closeTimer);
    window.clearTimeout(switchTimer);
    if (!current) return;
    current.setAttribute('aria-expanded', 'false');
    current = null;
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    host.hidden = true;
    render(null, mount);
  };

  const open = (badge: HTMLElement) => {
    window.clearTimeout(openTimer);
    window.clearTimeout(closeTimer);
    if (current === badge) return;
    const model = options.modelFor(badge);
    if (!model) return;
    if (current) current.setAttribute('aria-expanded', 'false');
    current = badge;
    badge.setAttribute('aria-expanded', 'true');
    render(
      h(ClaimCard, {
        model,
        onClose: () => {
          const b = current;
          close();
          returnFocus(b);
        },
        onSaveNote: options.onSaveNote ? () => options.onSaveNote!(badge, model) : undefined,
        onOpenExplorer: options.onOpenExplorer,
      }),
      mount,
    );
    host.hidden = false;
    stopAutoUpdate?.();
    stopAutoUpdate = autoUpdate(badge, host, () => void place(badge));
    if (isSheetViewport()) {
      host.setAttribute('data-sheet', '');
      keepFigureAboveSheet(host, badge, options.textRangeFor?.(badge));
    }
  };

  const badgeFrom = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? (target.closest(BADGE_TAG) as HTMLElement | null) : null;

  const scheduleClose = () => {
    window.clearTimeout(closeTimer);
    closeTimer = window.setTimeout(close, CLOSE_DELAY_MS);
  };

  const listen = { capture: true, signal } as const;
  document.addEventListener(
    'pointerover',
    (e) => {
      if (!e.isTrusted || e.pointerType !== 'mouse') return;
      const badge = badgeFrom(e.target);
      if (!badge) return;
      window.clearTimeout(closeTimer);
      window.clearTimeout(openTimer);
      openTimer = window.setTimeout(() => open(badge), current ? 0 : OPEN_DELAY_MS);
    },
    listen,
  );
  document.addEventListener(
    'pointerout',
    (e) => {
      if (e.pointerType !== 'mouse') return;
      const badge = badgeFrom(e.target);
      if (!badge) return;
      window.clearTimeout(openTimer);
      if (current) scheduleClose();
    },
    listen,
  );
  host.addEventListener('pointerenter', () => window.clearTimeout(closeTimer), { signal });
  host.addEventListener(
    'pointerleave',
    (e) => {
      window.clearTimeout(switchTimer);
      if (e.pointerType === 'mouse') scheduleClose();
    },
    { signal },
  );
  // A card that had to open upward covers the lines above its badge. A mouse that rests where another badge lies
  // under the card is heading for that badge: after the same intent delay the card follows it, so "Save a note"
  // never ends up on the wrong figure.
  host.addEventListener(
    'pointermove',
    (e) => {
      if (!e.isTrusted || e.pointerType !== 'mouse' || host.hasAttribute('data-sheet')) return;
      const under = document.elementsFromPoint(e.clientX, e.clientY).find((el) => el.localName === BADGE_TAG && el !== current);
      window.clearTimeout(switchTimer);
      if (under) switchTimer = window.setTimeout(() => open(under as HTMLElement), OPEN_DELAY_MS);
    },
    { signal },
  );
  listenSwipeDown(
    host,
    () => {
      const b = current;
      close();
      returnFocus(b);
    },
    signal,
  );
  document.addEventListener(
    'focusin',
    (e) => {
      const badge = badgeFrom(e.target);
      if (badge) {
        if (!returningFocus) open(badge);
        return;
      }
      // Focus moved somewhere that is neither a badge nor the card: that is a blur of the card.
      if (current && e.target !== host) close();
    },
    listen,
  );
  document.addEventListener(
    'keydown',
    (e) => {
      // A page's synthetic key opens nothing; Escape (which only closes) is honoured from anyone.
      if (e.key === 'Escape' && current) {
        const badge = current;
        // One press closes: the page (or a <details> inside the card) gets no second say.
        e.stopPropagation();
        close();
        returnFocus(badge);
        return;
      }
      const badge = badgeFrom(e.target);
      if (badge && e.isTrusted && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        open(badge);
        // Move focus into the card so keyboard users can reach its links and buttons.
        (root.querySelector('a, button, summary') as HTMLElement | null)?.focus();
      }
    },
    listen,
  );
  // Where the press began decides what a click is: opening the sheet can scroll the page between a finger's
  // touch and its click, so the click may land on other text although the reader tapped a badge.
  let pressedBadge: HTMLElement | null = null;
  let pressedInCard = false;
  document.addEventListener(
    'pointerdown',
    (e) => {
      pressedBadge = badgeFrom(e.target);
      pressedInCard = e.composedPath().includes(host);
    },
    listen,
  );
  document.addEventListener(
    'click',
    (e) => {
      const badge = badgeFrom(e.target) ?? pressedBadge;
      const inCard = e.composedPath().includes(host) || pressedInCard;
      pressedBadge = null;
      pressedInCard = false;
      if (badge) {
        if (e.isTrusted) open(badge);
      } else if (current && !inCard) close();
    },
    listen,
  );
  signal.addEventListener('abort', () => {
    close();
    host.remove();
  });

  return {
    open,
    close,
    get openBadge() {
      return current;
    },
  };
}
