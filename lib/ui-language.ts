/**
 * The reader's choice of interface language, read and stored with WXT storage: for extension pages and the
 * background (the page's scripts use lib/ui-language-page.ts, which leaves that library out of them).
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  applyDocumentLocale,
  t,
  UI_LANGUAGE_KEY,
  useUiLanguage,
  type Messages,
  type ShippedLocale,
  type UiLanguage,
  type UiLanguageChoice,
} from './i18n';

export const uiLanguageItem = storage.defineItem<UiLanguageChoice | null>(`local:${UI_LANGUAGE_KEY}`, { fallback: null });

/** The copy of a shipped locale's messages.json, read from the extension's own files (never the network). */
async function readShippedMessages(lang: ShippedLocale): Promise<Messages> {
  const response = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json` as never));
  const messages = (await response.json()) as Messages;
  // Descriptions are for translators; storage keeps only what is shown.
  for (const entry of Object.values(messages)) delete entry.description;
  return messages;
}

/**
 * Reads the reader's choice; call before the first t() of a surface. `refresh` (extension pages and the background,
 * which can read the extension's files) renews a copy an update made stale.
 */
export async function loadUiLanguage({ refresh = false } = {}): Promise<void> {
  let choice = await uiLanguageItem.getValue().catch(() => null);
  const version = browser.runtime.getManifest().version;
  if (refresh && choice && choice.version !== version) {
    choice = { lang: choice.lang, version, messages: await readShippedMessages(choice.lang) };
    await uiLanguageItem.setValue(choice);
  }
  useUiLanguage(choice?.messages ? choice : null);
}

/** Stores the reader's choice ("auto": the browser's language again). Only extension pages can call this. */
export async function chooseUiLanguage(lang: UiLanguage): Promise<void> {
  if (lang === 'auto') {
    await uiLanguageItem.removeValue();
    useUiLanguage(null);
    return;
  }
  const choice = { lang, version: browser.runtime.getManifest().version, messages: await readShippedMessages(lang) };
  await uiLanguageItem.setValue(choice);
  useUiLanguage(choice);
}

/**
 * Before an extension page renders: the reader's language loaded, <html lang dir> and the title set. A choice made
 * in another page (the options) reloads this one, so every string follows at once.
 */
export async function localizePage(doc: Document, titleKey: string): Promise<void> {
  await loadUiLanguage({ refresh: true }).catch(() => {});
  applyDocumentLocale(doc);
  doc.title = t(titleKey);
  watchUiLanguage(() => doc.location.reload());
}

/** Calls `onChange` after the choice changed in any context (it is already in use when called). */
export function watchUiLanguage(onChange: () => void): () => void {
  return uiLanguageItem.watch((value) => {
    useUiLanguage(value?.messages ? value : null);
    onChange();
  });
}
