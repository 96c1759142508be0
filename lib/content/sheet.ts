/**
 * The card as a bottom sheet on narrow screens (phones, Firefox for Android): fixed to the bottom edge by CSS
 * (components/ClaimCard.css, `:host([data-sheet])`), scrolling inside itself, closed by × or a swipe down on its
 * header. This module only decides when it is a sheet, keeps the figure the card explains visible above it, and
 * follows the swipe.
 */

/** Below this width a card beside its badge would cover most of the page: it becomes a sheet. */
export const SHEET_BELOW_PX = 600;
/** How far the header must travel down before letting go closes the sheet. */
export const SWIPE_CLOSE_PX = 60;
const GAP_PX = 8;

export function isSheetViewport(win: Window = window): boolean {
  return win.innerWidth < SHEET_BELOW_PX;
}

/** The box of the badge and the text it explains, in viewport coordinates. */
function figureBox(badge: HTMLElement, text: Range | undefined): { top: number; bottom: number } {
  const boxes = [badge.getBoundingClientRect(), ...(text ? [text.getBoundingClientRect()] : [])].filter((r) => r.height > 0);
  if (!boxes.length) return { top: 0, bottom: 0 };
  return { top: Math.min(...boxes.map((r) => r.top)), bottom: Math.max(...boxes.map((r) => r.bottom)) };
}

/**
 * The sheet must never cover the figure it explains: scroll the figure into the upper part of the view, and where
 * the page can't scroll that far (the figure near the end of a short page), make the sheet shorter instead.
 */
export function keepFigureAboveSheet(host: HTMLElement, badge: HTMLElement, text: Range | undefined, win: Window = window): void {
  host.style.removeProperty('--claimlens-sheet-max');
  const sheetTop = () => win.innerHeight - host.getBoundingClientRect().height;
  let box = figureBox(badge, text);
  if (box.bottom > sheetTop() - GAP_PX || box.top < 0) {
    const want = Math.max(GAP_PX, Math.min(win.innerHeight * 0.15, sheetTop() - GAP_PX - (box.bottom - box.top)));
    win.scrollBy({ top: box.top - want, behavior: 'instant' as ScrollBehavior });
    box = figureBox(badge, text);
  }
  if (box.bottom > sheetTop() - GAP_PX) {
    const room = Math.floor(win.innerHeight - box.bottom - GAP_PX);
    host.style.setProperty('--claimlens-sheet-max', `${Math.max(120, room)}px`);
  }
}

/**
 * A swipe down on the sheet's header (the grab handle and the title) closes it. The header has `touch-action:
 * none` in the sheet, so a finger's drag there stays a pointer drag instead of scrolling the page. Closing is
 * harmless, so a page's synthetic events may close the sheet too; nothing here opens or saves.
 */
export function listenSwipeDown(host: HTMLElement, onSwipe: () => void, signal: AbortSignal): void {
  let drag: { id: number; y: number; dy: number } | null = null;
  const end = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    const { dy } = drag;
    drag = null;
    host.style.removeProperty('--claimlens-drag');
    if (e.type === 'pointerup' && dy >= SWIPE_CLOSE_PX) onSwipe();
  };
  host.addEventListener(
    'pointerdown',
    (e) => {
      if (!host.hasAttribute('data-sheet') || (e.pointerType === 'mouse' && e.button !== 0)) return;
      const inner = e.composedPath()[0];
      if (!(inner instanceof Element) || !inner.closest('header, .sheet-handle') || inner.closest('button, a')) return;
      drag = { id: e.pointerId, y: e.clientY, dy: 0 };
    },
    { signal },
  );
  document.addEventListener(
    'pointermove',
    (e) => {
      if (!drag || e.pointerId !== drag.id) return;
      drag.dy = Math.max(0, e.clientY - drag.y);
      host.style.setProperty('--claimlens-drag', `${drag.dy}px`);
    },
    { capture: true, signal },
  );
  document.addEventListener('pointerup', end, { capture: true, signal });
  document.addEventListener('pointercancel', end, { capture: true, signal });
}
