/**
 * The locales the manifest and the UI read: English complete for every key the code uses, Urdu complete for the
 * options page and the manifest, placeholders consistent, and Urdu laid out right to left.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { applyDocumentLocale, t } from '../../lib/i18n';

const ROOT = resolve(import.meta.dirname, '../..');
type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
const en = load('en');
const ur = load('ur');

/** Keys passed to t('…') (and the few built as `prefix_${value}`) in the given source files. */
function keysUsedIn(files: string[]): Set<string> {
  const keys = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(ROOT, file), 'utf8');
    for (const m of source.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
    for (const m of source.matchAll(/\bt\(\s*`([A-Za-z0-9]+_)\$\{/g)) {
      for (const key of Object.keys(en)) if (key.startsWith(m[1]!)) keys.add(key);
    }
    for (const m of source.matchAll(/\bt\(\s*[a-z]+ === '[a-z]+' \? '([A-Za-z0-9_]+)' : '([A-Za-z0-9_]+)'/g)) keys.add(m[1]!).add(m[2]!);
  }
  return keys;
}

const uiFiles = readdirSync(join(ROOT, 'components'))
  .filter((f) => f.endsWith('.tsx'))
  .map((f) => `components/${f}`);
const optionsFiles = ['components/Options.tsx', 'components/SiteToggle.tsx'];

describe('locales', () => {
  it('English has every key the UI asks for', () => {
    const missing = [...keysUsedIn(uiFiles)].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });

  it('Urdu has every key of the options page, the site switch and the manifest', () => {
    const needed = [...keysUsedIn(optionsFiles), 'extName', 'extDescription', 'localeCode', 'localeDir'];
    expect(needed.length).toBeGreaterThan(30);
    expect(needed.filter((k) => !ur[k]?.message)).toEqual([]);
  });

  it('each translation uses the same placeholders as English', () => {
    for (const [key, entry] of Object.entries(ur)) {
      const names = (m: string) => [...m.matchAll(/\$([A-Z_]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
      expect(names(entry.message), key).toEqual(names(en[key]!.message));
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key]!.placeholders ?? {}).sort());
      // A placeholder used but not declared would print "$NAME$" to the user.
      for (const name of names(entry.message)) expect(entry.placeholders?.[name], `${key}: ${name}`).toBeTruthy();
    }
  });

  it('the manifest name and description are localised', () => {
    expect(en.extName!.message).toBe('ClaimLens');
    expect(ur.extName!.message).toBe('ClaimLens');
    expect(ur.extDescription!.message).toMatch(/[\u0600-\u06FF]/);
  });

  it('Urdu pages are right to left, English left to right', () => {
    const lookup = (messages: Messages) => (key: string) => messages[key]?.message ?? '';
    const page = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
    applyDocumentLocale(page, lookup(ur));
    expect([page.documentElement.dir, page.documentElement.lang]).toEqual(['rtl', 'ur']);
    applyDocumentLocale(page, lookup(en));
    expect([page.documentElement.dir, page.documentElement.lang]).toEqual(['ltr', 'en']);
  });

  it('t() shows the key itself when a message is missing, never an empty control', () => {
    expect(t('nope', undefined, () => '')).toBe('nope');
    expect(t('remove', undefined, (k) => en[k]!.message)).toBe('Remove');
  });
});
