/**
 * The reader's interface language in the page's scripts (annotate.js, notes.js): the same stored choice as
 * lib/ui-language.ts, read with one storage.local.get and followed with storage.onChanged, without WXT storage
 * (about 2.3 KB gzip of annotate.js, held to 60 KB). The copy is refreshed by the extension pages and the background.
 */
import { browser } from 'wxt/browser';
import { UI_LANGUAGE_KEY, useUiLanguage, type UiLanguageChoice } from './i18n';

const use = (value: unknown) => {
  const choice = value as UiLanguageChoice | null | undefined;
  useUiLanguage(choice?.messages ? choice : null);
};

/** Reads the reader's choice; call before the first t() of the page's interface. */
export async function loadUiLanguage(): Promise<void> {
  const stored: Record<string, unknown> = await browser.storage.local.get(UI_LANGUAGE_KEY).catch(() => ({}));
  use(stored[UI_LANGUAGE_KEY]);
}

/** Calls `onChange` after the choice changed (it is already in use when called). Returns the function that stops. */
export function watchUiLanguage(onChange: () => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(UI_LANGUAGE_KEY in changes)) return;
    use(changes[UI_LANGUAGE_KEY]!.newValue);
    onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
