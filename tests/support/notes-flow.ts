/**
 * Saving a note the way a reader does, for any e2e test: select text on the page, start a note (what the
 * context menu, the shortcut and the popup's button all send), type in the editor frame, save.
 */
import { expect } from 'vitest';
import type { TestPage } from './browsers';
import { message } from './extension';

/** Select the first occurrence of `phrase` in the element with id `elementId` (its first text node). */
export function selectInPage(page: TestPage, elementId: string, phrase: string) {
  return page.evaluate(
    ([id, text]) => {
      const node = document.getElementById(id)!.firstChild as Text;
      const at = node.data.indexOf(text);
      if (at < 0) throw new Error('phrase not in page');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [elementId, phrase] as const,
  );
}

/** Start a note on the page's selection (what the context menu and the shortcut do), type it in the editor frame, save. */
export async function saveNoteOnSelection(ext: TestPage, page: TestPage, tabId: number, text: string, tags: string): Promise<void> {
  let started: { started: boolean; reason?: string } = { started: false };
  for (let i = 0; i < 40 && !started.started; i++) {
    started = await message<{ started: boolean; reason?: string }>(ext, 'noteStartInTab', { tabId }).catch(() => ({ started: false }));
    if (!started.started) await new Promise((ok) => setTimeout(ok, 250));
  }
  expect(started).toMatchObject({ started: true });
  await typeNoteAndSave(ext, page, tabId, text, tags);
}

/**
 * A note has been started in `tabId` (from the context menu, the shortcut, the popup or the card): type it where it is
 * written, save, and wait until the draft has ended. (Today's surface: the editor the page frames; when the
 * background opens the side panel or the popup instead, only this function changes.)
 */
export async function typeNoteAndSave(ext: TestPage, page: TestPage, tabId: number, text: string, tags: string): Promise<void> {
  // Keys go to the active tab: bring the article to the front (a popup opened as a tab may cover it).
  await ext.evaluate((id) => ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.update(id, { active: true }), tabId);
  await page.waitFor(() => document.querySelector('[data-claimlens-ui="note-editor"] iframe'));
  // The frame loads, then focuses its text box; give focus a moment to land inside it.
  await new Promise((ok) => setTimeout(ok, 700));
  await page.type(text);
  await page.press('Tab');
  await page.type(tags);
  await page.press('Enter');
  await page.waitFor(() => !document.querySelector('[data-claimlens-ui="note-editor"]'), undefined, 15_000);
}
