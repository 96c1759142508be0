/**
 * A small "Note" button beside a selection the reader made, so a note can be started without the context menu or
 * the keyboard command (Firefox for Android has neither). It appears only after a TRUSTED pointer or touch
 * gesture (a page that selects text by script gets no button) and acts only on a trusted click; what it starts is
 * a draft whose text is typed in an extension surface, never in the page.
 */
import { t } from '../i18n';
import { applyShadowStyles } from './badge-host';

export const SELECTION_BUTTON_TAG = 'claimlens-note-button';
/** A selection made by script this long after the reader's last pointer gesture is not the reader's. */
const GESTURE_WINDOW_MS = 3000;
/** Let a drag or a long-press settle before showing the button. */
const SETTLE_MS = 250;

const CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  left: var(--claimlens-x, 0px) !important;
  top: var(--claimlens-y, 0px) !important;
  z-index: 2147483647 !important;
  display: block !important;
  direction: ltr !important;
}
:host([hidden]) { display: none !important; }
button {
  font: 600 14px/1 system-ui, -apple-system, 'Segoe UI', 'Noto Sans', sans-serif;
  min-height: 36px;
  min-width: 44px;
  padding: 0 12px;
  border-radius: 18px;
  border: 1px solid #1d4a70;
  background: #2b5d8a;
  color: #fff;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.25);
  cursor: pointer;
}
button:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
`;

export interface SelectionButtonOptions {
  /** Start a note on the range (the notes feature's startNote). */
  start(range: Range): void;
  /** Elements of our own (badges, the card): a selection inside them gets no button. */
  isOurs(node: Node): boolean;
}

export function initSelectionButton(signal: AbortSignal, options: SelectionButtonOptions): HTMLElement {
  const host = document.createElement(SELECTION_BUTTON_TAG);
  host.hidden = true;
  const root = host.attachShadow({ mode: 'open' });
  applyShadowStyles(root, CSS);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('selectionNoteButton');
  button.setAttribute('aria-label', t('contextMenuSaveNote'));
  root.append(button);
  document.documentElement.append(host);

  let lastGesture = -Infinity;
  let settle = 0;
  let range: Range | null = null;
  /** Pressing the button may collapse the selection; the range kept for it must survive that. */
  let pressing = false;

  const hide = () => {
    host.hidden = true;
    range = null;
  };

  const update = () => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed || performance.now() - lastGesture > GESTURE_WINDOW_MS)
      return hide();
    const picked = selection.getRangeAt(0);
    if (!picked.toString().trim() || options.isOurs(picked.commonAncestorContainer)) return hide();
    const rects = picked.getClientRects();
    const last = rects[rects.length - 1] ?? picked.getBoundingClientRect();
    // Below the end of the selection (a phone's own selection menu sits above it), kept inside the view.
    const x = Math.min(Math.max(8, last.right - 24), window.innerWidth - 72);
    const below = last.bottom + 12;
    const y = below + 44 > window.innerHeight ? Math.max(8, last.top - 48) : below;
    host.style.setProperty('--claimlens-x', `${Math.round(x)}px`);
    host.style.setProperty('--claimlens-y', `${Math.round(y)}px`);
    range = picked.cloneRange();
    host.hidden = false;
  };

  const listen = { capture: true, signal } as const;
  const gesture = (e: Event) => {
    if (!e.isTrusted || e.composedPath().includes(host)) return;
    lastGesture = performance.now();
  };
  document.addEventListener('pointerup', gesture, listen);
  document.addEventListener('touchend', gesture, listen);
  document.addEventListener(
    'selectionchange',
    () => {
      window.clearTimeout(settle);
      if (!pressing) settle = window.setTimeout(update, SETTLE_MS);
    },
    { signal },
  );
  host.addEventListener('pointerdown', () => (pressing = true), { signal });
  host.addEventListener('pointercancel', () => (pressing = false), { signal });
  window.addEventListener('scroll', () => !pressing && hide(), { passive: true, signal });
  button.addEventListener(
    'click',
    (e) => {
      pressing = false;
      if (!e.isTrusted || !range) return;
      const picked = range;
      hide();
      options.start(picked);
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    window.clearTimeout(settle);
    host.remove();
  });
  return host;
}
