/**
 * fakeBrowser has no i18n.getMessage (it throws). Unit tests render the UI in English, so answer from
 * public/_locales/en/messages.json with the browser's substitution rules: $NAME$ → its placeholder's
 * content, then $1…$9 → the substitutions, and $$ → $.
 */
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const en: Messages = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8'));

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

fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => formatMessage(en, key, substitutions)) as never;
