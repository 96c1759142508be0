/**
 * The one `<claimlens-card>` host (open shadow root), its placement with floating-ui, and the
 * interaction rules: a mouse hover with an intent delay, stays open while the pointer is inside, closes on
 * leave, Escape or blur; Enter/Space on a focused badge opens it; a tap (or click) on a badge opens it and a
 * tap outside closes it. Hover rules apply to a mouse only: a finger's pointerout (which follows every tap)
 * must not close what the tap opened. Below SHEET_BELOW_PX the card is a bottom sheet (lib/content/sheet.ts).
 * What it draws with (Preact, the component, floating-ui) is card.js (lib/content/card-view.ts), loaded apart: a
 * badge opened before it is in opens when it arrives, unless the reader closed it or opened another meanwhile.
 */
import type { CardModel } from './card-model';
import type { CardView } from './card-view';
import { uiLanguageChoice } from '../i18n';
import { applyShadowStyles, BADGE_TAG } from './badge-host';
import { isSheetViewport, keepFigureAboveSheet, listenSwipeDown } from './sheet';

export const CARD_TAG = 'claimlens-card';
const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 200;

export interface CardController {
  /** Open for a badge right away (keyboard, or after the hover intent delay); `then` once it is drawn. */
  open(badge: HTMLElement, then?: () => void): void;
  /** Load the view now (the badges feature, once its first badges are in); false if it could not be loaded. */
  preload(): Promise<boolean>;
  close(): void;
  readonly openBadge: HTMLElement | null;
}

export interface CardOptions {
  /**
   * What the card draws with (card.js, lib/content/card-view.ts): loaded by the badges feature once its first badges
   * are in; a badge opened before that waits for it. Undefined: it could not be loaded (the card stays shut).
   */
  view(): Promise<CardView | undefined>;
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
  const mount = document.createElement('div');
  root.append(mount);
  // Outside <body>: a page that re-renders its body (SPA) does not wipe the card.
  document.documentElement.append(host);

  let view: CardView | undefined;
  /** The badge the reader opened while the view was still on its way: the last one wins. */
  let waitingFor: HTMLElement | null = null;
  let current: HTMLElement | null = null;
  let stopAutoUpdate: (() => void) | null = null;
  let openTimer = 0;
  let closeTimer = 0;
  let switchTimer = 0;

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
    waitingFor = null;
    if (!current) return;
    current.setAttribute('aria-expanded', 'false');
    current = null;
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    host.hidden = true;
    view?.clear(mount);
  };

  const draw = (badge: HTMLElement, drawWith: CardView): boolean => {
    if (current === badge) return true;
    const model = options.modelFor(badge);
    if (!model) return false;
    if (current) current.setAttribute('aria-expanded', 'false');
    current = badge;
    badge.setAttribute('aria-expanded', 'true');
    drawWith.show(mount, {
      language: uiLanguageChoice(),
      model,
      onClose: () => {
        const b = current;
        close();
        returnFocus(b);
      },
      onSaveNote: options.onSaveNote ? () => options.onSaveNote!(badge, model) : undefined,
      onOpenExplorer: options.onOpenExplorer,
    });
    // A page that removed our host (a script clearing elements it does not know) gets it back when a card opens.
    if (!host.isConnected) document.documentElement.append(host);
    host.hidden = false;
    stopAutoUpdate?.();
    stopAutoUpdate = drawWith.follow(badge, host, () => isSheetViewport());
    if (isSheetViewport()) {
      host.setAttribute('data-sheet', '');
      keepFigureAboveSheet(host, badge, options.textRangeFor?.(badge));
    }
    return true;
  };

  let loading: Promise<boolean> | null = null;
  const preload = (): Promise<boolean> => {
    if (view) return Promise.resolve(true);
    loading ??= options.view().then(
      (loaded) => {
        loading = null;
        if (!loaded || signal.aborted) return false;
        view ??= loaded;
        applyShadowStyles(root, view.css);
        return true;
      },
      () => {
        loading = null;
        return false;
      },
    );
    return loading;
  };

  const open = (badge: HTMLElement, then?: () => void) => {
    window.clearTimeout(openTimer);
    window.clearTimeout(closeTimer);
    if (view) {
      if (draw(badge, view)) then?.();
      return;
    }
    waitingFor = badge;
    void preload().then((ready) => {
      // Closed meanwhile (Escape, a tap elsewhere), or another badge opened since: not this one.
      if (!ready || waitingFor !== badge) return;
      waitingFor = null;
      if (draw(badge, view!)) then?.();
    });
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
      if (current || waitingFor) scheduleClose();
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
      if ((current || waitingFor) && e.target !== host) close();
    },
    listen,
  );
  document.addEventListener(
    'keydown',
    (e) => {
      // A page's synthetic key opens nothing; Escape (which only closes) is honoured from anyone.
      if (e.key === 'Escape' && (current || waitingFor)) {
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
        // Move focus into the card so keyboard users can reach its links and buttons.
        open(badge, () => (root.querySelector('a, button, summary') as HTMLElement | null)?.focus());
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
      } else if ((current || waitingFor) && !inCard) close();
    },
    listen,
  );
  signal.addEventListener('abort', () => {
    close();
    host.remove();
  });

  return {
    open,
    preload,
    close,
    get openBadge() {
      return current;
    },
  };
}
