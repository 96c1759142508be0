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
