/**
 * UI strings through browser.i18n (public/_locales/<lang>/messages.json). The browser picks the
 * locale from its own UI language, so an extension page needs no locale logic of its own beyond
 * setting lang and dir on its document.
 */
import { browser } from 'wxt/browser';

type GetMessage = (key: string, substitutions?: string | string[]) => string;

const getMessage: GetMessage = (key, substitutions) => browser.i18n.getMessage(key as never, substitutions);

/** The message for `key`; the key itself when it is missing, so a gap shows up instead of an empty control. */
export function t(key: string, substitutions?: string | string[], lookup: GetMessage = getMessage): string {
  return lookup(key, substitutions) || key;
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

/**
 * Sets <html lang dir> from the locale whose strings are actually shown. Not from @@bidi_dir or
 * @@ui_locale: those follow the browser's UI language, and a UI language we have no strings for
 * (Arabic, say) would lay our English fallback out right to left.
 */
export function applyDocumentLocale(doc: Document, lookup: GetMessage = getMessage): void {
  doc.documentElement.dir = lookup('localeDir') === 'rtl' ? 'rtl' : 'ltr';
  const lang = lookup('localeCode');
  if (lang) doc.documentElement.lang = lang;
}
