/** Small helpers for splitting the content script's work into tasks, so none becomes a long task. */

/** Yield to the page (input, rendering) before the next piece of work. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Run after the browser has rendered the next frame (so a slice's style and layout land in their own frame). */
export function afterNextFrame(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** Run `fn` when the page is idle, or after `timeout` ms at the latest (where the API is missing: in the next task). */
export function onIdle(fn: () => void, timeout: number): void {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
  if (ric) ric(fn, { timeout });
  else setTimeout(fn, 0);
}

/** Resolves when the page is idle (or `timeout` ms have passed), or at once when `signal` aborts. */
export function whenIdle(signal: AbortSignal, timeout = 1500): Promise<void> {
  return new Promise((resolve) => {
    onIdle(resolve, timeout);
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
