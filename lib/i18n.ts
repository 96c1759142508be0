/**
 * UI strings through browser.i18n (public/_locales/<lang>/messages.json), or through the reader's own choice of
 * interface language.
 *
 * The browser picks an extension's locale from its own UI language, and Firefox ESR as Debian ships it has no Urdu,
 * Pashto or Dari UI at all. So a reader may choose the interface language in the options page: the chosen locale's
 * messages.json, read from the extension's own files, is kept in storage.local, and every surface (extension pages,
 * the background, the in-page card) reads it from there. A content script could not fetch the file itself without
 * making it web-accessible, that is readable by every page. This module only formats and looks up: reading and
 * storing the choice is lib/ui-language.ts (extension pages, the background, with WXT storage) and
 * lib/ui-language-page.ts (the page's scripts, without it).
 */
import { browser } from 'wxt/browser';

export type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;
type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** "auto" follows the browser; the others are the locales shipped in public/_locales. */
export const UI_LANGUAGES = ['auto', 'en', 'ur', 'ps', 'fa'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export type ShippedLocale = Exclude<UiLanguage, 'auto'>;

/** Each language named in itself, so a reader finds theirs whatever the interface shows now. */
export const LANGUAGE_ENDONYMS: Record<ShippedLocale, string> = { en: 'English', ur: 'اردو', ps: 'پښتو', fa: 'دری' };

export interface UiLanguageChoice {
  lang: ShippedLocale;
  /** The extension version the copy was taken from: an update refreshes it. */
  version: string;
  messages: Messages;
}

/** Where the choice is kept: storage.local's key `uiLanguage` (WXT storage's "local:uiLanguage"). */
export const UI_LANGUAGE_KEY = 'uiLanguage';

let chosen: UiLanguageChoice | null = null;

/** One message with the browser's substitution rules: $NAME$ → its placeholder's content, then $1…$9, and $$ → $. */
export function formatMessage(messages: Messages, key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return fill(named);
}

// A key missing from the chosen copy (an older copy, before the update refreshed it) falls back to the browser's.
const getMessage: GetMessage = (key, substitutions) =>
  (chosen && formatMessage(chosen.messages, key, substitutions)) || browser.i18n.getMessage(key as never, substitutions);

/** The message for `key`; the key itself when it is missing, so a gap shows up instead of an empty control. */
export function t(key: string, substitutions?: string | string[], lookup: GetMessage = getMessage): string {
  return lookup(key, substitutions) || key;
}

/**
 * A record whose values are looked up when read, not when the module loads: a surface loads the reader's chosen
 * language after its modules are imported.
 */
export function messageRecord<K extends string>(keys: readonly K[], keyOf: (key: K) => string): Record<K, string> {
  const record = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(record, key, { get: () => t(keyOf(key)), enumerable: true });
  return record;
}

/** Stands in for a value that goes in its own element; tSplit cuts the message there. */
export const SLOT = '\uE000';

/**
 * The message cut at each SLOT passed among the substitutions, so a value can sit in its own element (a <b>, a <bdi>)
 * wherever the translation puts it. Always SLOT count + 1 pieces.
 */
export function tSplit(key: string, substitutions: string[], lookup: GetMessage = getMessage): string[] {
  const pieces = t(key, substitutions, lookup).split(SLOT);
  const wanted = substitutions.filter((s) => s === SLOT).length + 1;
  while (pieces.length < wanted) pieces.push('');
  return pieces;
}

/** The BCP 47 tag of the strings shown (for lang attributes and Intl): "en", "ur", "ps", "fa-AF". */
export function uiLocale(lookup: GetMessage = getMessage): string {
  return lookup('localeCode') || 'en';
}

export function uiDir(lookup: GetMessage = getMessage): 'rtl' | 'ltr' {
  return lookup('localeDir') === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * The Intl locale of the strings shown. Always the Gregorian calendar: the dataset's dates, and the outlets a reader
 * checks them against, are Gregorian, while Intl's default for fa and ps is the Solar Hijri calendar. Digits as the
 * locale's own press writes them (the localeDigits message): Latin for Urdu, Extended Arabic-Indic for Pashto and Dari.
 */
export function intlLocale(lookup: GetMessage = getMessage): string {
  const code = uiLocale(lookup);
  const digits = lookup('localeDigits') || 'latn';
  // British English: day before month, as the dataset's own English is written.
  return `${code === 'en' ? 'en-GB' : code}-u-ca-gregory-nu-${digits}`;
}

/**
 * Attributes for the pack's own sentences (event titles, claims, context), which exist only in English: in another
 * interface language they are marked English and isolated, so they keep their own direction in a right-to-left view.
 */
export function englishOnly(lookup: GetMessage = getMessage): { lang?: string; dir?: 'auto' } {
  return uiLanguageCode(lookup) === 'en' ? {} : { lang: 'en', dir: 'auto' };
}

/** The first two letters of the locale shown: the key the pack's names are stored under ("fa" for Dari). */
export function uiLanguageCode(lookup: GetMessage = getMessage): string {
  return uiLocale(lookup).slice(0, 2);
}

/**
 * Sets lang and dir on a UI root (an extension page's <html>, the card's shadow root element) from the locale whose
 * strings are actually shown. Not from @@bidi_dir or @@ui_locale: those follow the browser's UI language, and a UI
 * language we have no strings for (Arabic, say) would lay our English fallback out right to left.
 */
export function applyLocale(element: HTMLElement, lookup: GetMessage = getMessage): void {
  element.dir = uiDir(lookup);
  element.lang = uiLocale(lookup);
}

export function applyDocumentLocale(doc: Document, lookup: GetMessage = getMessage): void {
  applyLocale(doc.documentElement, lookup);
}

/** Use this choice from now on in this context (tests, and the watchers below). */
export function useUiLanguage(choice: UiLanguageChoice | null): void {
  chosen = choice;
}

/** The choice in use in this context, to hand to another script of the page (card.js) that has its own copy. */
export function uiLanguageChoice(): UiLanguageChoice | null {
  return chosen;
}

export function chosenUiLanguage(): UiLanguage {
  return chosen?.lang ?? 'auto';
}
