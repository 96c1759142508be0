/**
 * Saving a note the way a reader does, for any e2e test: select text on the page, start a note from the popup,
 * type it in the popup (a note is never typed in the page), save.
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

/**
 * Start a note on the page's selection from the popup (its "Note on selection" button: the popup is then the
 * surface where the note is typed), type it there, save. `ext` is turned into that popup, for `tabId`.
 */
export async function saveNoteOnSelection(ext: TestPage, page: TestPage, tabId: number, text: string, tags: string): Promise<void> {
  const origin = await ext.evaluate(() => location.origin);
  await ext.goto(`${origin}/popup.html?tab=${tabId}`);
  await ext.waitFor(() => document.querySelector('[data-testid="notes-panel"]'));
  let started: { started: boolean; reason?: string } = { started: false };
  for (let i = 0; i < 40 && !started.started; i++) {
    started = await message<{ started: boolean; reason?: string }>(ext, 'noteStartInTab', { tabId, here: true }).catch(() => ({
      started: false,
    }));
    if (!started.started) await new Promise((ok) => setTimeout(ok, 250));
  }
  expect(started).toMatchObject({ started: true });
  await typeNoteAndSave(ext, page, tabId, text, tags);
}

/**
 * A note has been started in `tabId` (from the context menu, the shortcut, the popup or the card): type it in a
 * surface, save, and wait until the draft has ended. `ext` becomes the popup for that tab, which shows the tab's
 * draft whatever surface the background opened (a test driver can't reach Chrome's side panel).
 */
export async function typeNoteAndSave(ext: TestPage, _page: TestPage, tabId: number, text: string, tags: string): Promise<void> {
  const origin = await ext.evaluate(() => location.origin);
  const want = `${origin}/popup.html?tab=${tabId}`;
  if ((await ext.evaluate(() => location.href)) !== want) await ext.goto(want);
  await ext.waitFor(() => document.querySelector('[data-testid="note-surface"] [data-testid="note-text"]'));
  await ext.evaluate(
    ([body, tagText]) => {
      const fill = (sel: string, value: string) => {
        const field = document.querySelector(`[data-testid="note-surface"] [data-testid="${sel}"]`) as HTMLInputElement;
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      };
      fill('note-text', body);
      fill('note-tags', tagText);
    },
    [text, tags] as const,
  );
  // A separate call: the form has rendered the typed text before Save reads it.
  await ext.evaluate(() => (document.querySelector('[data-testid="note-surface"] [data-testid="note-save"]') as HTMLButtonElement).click());
  await ext.waitFor(() => document.querySelector('[data-testid="note-saved"]'));
  await ext.waitFor(async (id) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const reply = await api.runtime.sendMessage({ id: 1, type: 'noteDraftForTab', data: { tabId: id }, timestamp: Date.now() });
    return reply?.res === null;
  }, tabId);
}
