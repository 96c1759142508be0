/**
 * Conventions of the translations: every locale has every key of English with the same placeholders, every key the
 * code asks for exists, nothing is left in English by mistake, the Arabic-script locales are right to left, and no
 * component builds a UI string by concatenation (a translation must be free to put the parts in its own order).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { applyDocumentLocale, t } from '../../lib/i18n';

const ROOT = resolve(import.meta.dirname, '../..');
type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
const en = load('en');
const TRANSLATIONS = ['ur', 'ps', 'fa'] as const;
const locales = Object.fromEntries(TRANSLATIONS.map((lang) => [lang, load(lang)])) as Record<(typeof TRANSLATIONS)[number], Messages>;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [rel] : [];
  });
}

/** Keys passed to t('…') / tSplit('…') (and those built as `prefix_${value}`) in the given source files. */
function keysUsedIn(files: string[]): Set<string> {
  const keys = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(ROOT, file), 'utf8');
    for (const m of source.matchAll(/\bt(?:Split)?\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
    for (const m of source.matchAll(/\bt\(\s*`([A-Za-z0-9]+_)\$\{/g)) {
      for (const key of Object.keys(en)) if (key.startsWith(m[1]!)) keys.add(key);
    }
    for (const m of source.matchAll(/\bt\(\s*[a-z.]+ === '[a-z]+' \? '([A-Za-z0-9_]+)' : '([A-Za-z0-9_]+)'/g)) keys.add(m[1]!).add(m[2]!);
  }
  return keys;
}

const placeholderNames = (m: string) => [...new Set([...m.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => x[1]!.toLowerCase()))].sort();

/**
 * Where a component builds a UI string from pieces: a template literal with words or punctuation around an
 * interpolation, a string joined with `+`, or a list joined with literal punctuation. Ids, class names, file names,
 * CSS values and message keys (t(`prefix_${x}`)) are not UI text.
 */
function concatenationsIn(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/`((?:[^`\\]|\\.)*)`/g)) {
    const literal = m[1]!.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, '\u0000');
    if (!literal.includes('\u0000')) continue;
    const text = literal.replaceAll('\u0000', '');
    const before = source.slice(Math.max(0, m.index! - 40), m.index!).trimEnd();
    if (
      /\bt\($|(?:class|className|style|gridTemplateColumns|key|id|href|viewBox|aria-labelledby|aria-describedby|type):?\s*=?\{?$/.test(
        before,
      )
    )
      continue;
    if (/^(?:url|repeat|translate|rgba?)\(/.test(text)) continue;
    if (/\s|[,:;()·–—.!?،؛۔]\s|[,:;()·–—،؛]/.test(text)) found.push(m[0]);
  }
  for (const m of source.matchAll(
    /(?:['"][^'"\n]*[A-Za-z,.;:()·][^'"\n]*['"]|\bt\([^()]*\))\s*\+(?!\+)|\+\s*(?:['"][^'"\n]*[A-Za-z,.;:()·]|t\()/g,
  ))
    found.push(m[0]);
  for (const m of source.matchAll(/\.join\(\s*['"][^'"]*[,.;:·A-Za-z][^'"]*['"]\s*\)/g)) found.push(m[0]);
  return found;
}

describe('locales', () => {
  it('English has every key the UI, the content scripts and the background ask for', () => {
    const used = keysUsedIn([...sourceFiles('components'), ...sourceFiles('lib'), ...sourceFiles('entrypoints')]);
    expect(used.size).toBeGreaterThan(200);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });

  for (const lang of TRANSLATIONS) {
    describe(lang, () => {
      const messages = locales[lang];

      it('has every key of English, with a message, and no key English lacks', () => {
        expect(Object.keys(en).filter((k) => !messages[k]?.message?.trim())).toEqual([]);
        expect(Object.keys(messages).filter((k) => !(k in en))).toEqual([]);
      });

      it('uses the same placeholders as English, each declared with the same content', () => {
        for (const [key, entry] of Object.entries(messages)) {
          const source = en[key]!;
          expect(placeholderNames(entry.message), key).toEqual(placeholderNames(source.message));
          expect(entry.placeholders ?? {}, key).toEqual(source.placeholders ?? {});
          // Chrome rejects the whole locale over a stray "$" that is not a placeholder or "$$".
          expect(entry.message.replace(/\$[A-Za-z0-9_]+\$|\$\$/g, ''), key).not.toContain('$');
        }
      });

      it('leaves nothing in English by mistake: every message with English words has Arabic-script text', () => {
        // Names and notations that stay as they are in every language.
        const kept = /\b(?:ClaimLens|JSON|Markdown|ISPR|UNAMA|UN|TTP|Alt|Shift|Ctrl|Enter|Del|example\.com)\b/g;
        const untranslated = Object.entries(en)
          .filter(([key]) => !['localeCode', 'localeDir', 'localeDigits'].includes(key))
          .filter(([, entry]) => /[A-Za-z]{2,}/.test(entry.message.replace(/\$[A-Za-z0-9_]+\$/g, '').replace(kept, '')))
          .filter(([key]) => !/[\u0600-\u06FF]/.test(messages[key]?.message ?? ''))
          .map(([key]) => key);
        expect(untranslated).toEqual([]);
      });

      it('is laid out right to left, with its own language tag and digits', () => {
        expect(messages.localeDir!.message).toBe('rtl');
        expect(messages.localeCode!.message).toMatch(new RegExp(`^${lang}(-[A-Z]{2})?$`));
        expect(['latn', 'arabext']).toContain(messages.localeDigits!.message);
        expect(messages.extName!.message).toBe('ClaimLens');
        expect(messages.extDescription!.message).toMatch(/[\u0600-\u06FF]/);
        // The stores cap the description at 132 characters.
        expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
      });
    });
  }

  it('no component builds a UI string by concatenation', () => {
    const files = sourceFiles('components');
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => concatenationsIn(readFileSync(join(ROOT, file), 'utf8')).map((c) => `${file}: ${c}`));
    expect(found).toEqual([]);
  });

  it('the concatenation check catches the usual ways of building a string, and lets ids and keys through', () => {
    const bad = [
      'const a = `${name} (${count})`;',
      "const b = name + ' claims';",
      "const c = t('cardWhy') + reason;",
      'const d = parts.join(", ");',
      'const e = `Claim ${id}`;',
    ];
    for (const source of bad) expect(concatenationsIn(source), source).not.toEqual([]);
    const fine = [
      'const id = `note-${row.id}`;',
      'const label = t(`density_${d}`);',
      '<div class={`claim${on ? " matches" : ""}`} />',
      'const file = `claimlens-notes-${day}.json`;',
      'const f = `url(#${id}-fade)`;',
      "const s = parts.join(t('listComma'));",
      'new Blob([text], { type: `${mime};charset=utf-8` });',
    ];
    for (const source of fine) expect(concatenationsIn(source), source).toEqual([]);
  });

  it('Urdu, Pashto and Dari pages are right to left, English left to right', () => {
    const lookup = (messages: Messages) => (key: string) => messages[key]?.message ?? '';
    const page = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
    for (const [lang, tag] of [
      ['ur', 'ur'],
      ['ps', 'ps'],
      ['fa', 'fa-AF'],
    ] as const) {
      applyDocumentLocale(page, lookup(locales[lang]));
      expect([page.documentElement.dir, page.documentElement.lang]).toEqual(['rtl', tag]);
    }
    applyDocumentLocale(page, lookup(en));
    expect([page.documentElement.dir, page.documentElement.lang]).toEqual(['ltr', 'en']);
  });

  it('t() shows the key itself when a message is missing, never an empty control', () => {
    expect(t('nope', undefined, () => '')).toBe('nope');
    expect(t('remove', undefined, (k) => en[k]!.message)).toBe('Remove');
  });
});
