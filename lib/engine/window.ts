/**
 * The pack's window against a page's date. Its own module: the content script's first read (lib/content/first-read.ts)
 * needs only this of the gate.
 */
import type { PageMeta } from './types';

export function publishedDate(meta: PageMeta): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(meta.published ?? '');
  return m?.[1];
}

/** Published before the pack's window opened: an earlier episode (Barmal, December 2024). */
export function beforeWindow(meta: PageMeta, pack: { meta: { window: { start: string } } }): boolean {
  const date = publishedDate(meta);
  return date !== undefined && date < pack.meta.window.start;
}
