/**
 * The content script's first question (lib/engine/name-index.ts): one word per name, looked up word by word. It may say
 * yes where the gate finds no name (the gate then decides), never no where the gate's alias reading finds one.
 */
import { describe, expect, it } from 'vitest';
import { buildNameIndex, mayNameFromIndex, NAME_PIECE } from '@/lib/engine/name-index';
import { mayNameAnyone } from '@/lib/engine/prefilter';
import { gatePack } from '@/lib/pack/bundled-gate';
import { bundledNames } from '@/lib/pack/bundled-names';
import { activeNames } from '@/lib/pack/import-keys';

describe('the name index', () => {
  it('is compiled from the bundled gate (npm run data -- compile), a few KB', () => {
    expect(bundledNames).toEqual(buildNameIndex(gatePack));
    expect(bundledNames.meta.window.start).toBe(gatePack.meta.window.start);
    expect(JSON.stringify(bundledNames).length).toBeLessThan(JSON.stringify(gatePack).length / 4);
  });

  it('finds every alias of the pack wherever the gate finds it: as written, plural, possessive, with a joined suffix', () => {
    let checked = 0;
    for (const alias of gatePack.aliases) {
      if (!alias) continue;
      const written = alias.exact ?? alias.key;
      const forms = [written, `${written}s`, `${written}'s`, `${written}\u200Cها`, written.toUpperCase(), `(${written})`];
      for (const form of forms) {
        const text = `Reported on Monday: ${form} said so.`;
        if (mayNameAnyone(gatePack, text)) {
          checked++;
          expect(mayNameFromIndex(bundledNames, text), text).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(gatePack.aliases.length);
  });

  it('reads names the way normalisation does: diacritics, soft hyphens, joiners, letter variants', () => {
    for (const text of ['Pakistán', 'Paki\u00ADstan', 'Tor\u200Bkham', 'طالبان‌ها', 'پاكستان', 'The UN said.', "Pakistan's army"]) {
      expect(mayNameAnyone(gatePack, text), text).toBe(true);
      expect(mayNameFromIndex(bundledNames, text), text).toBe(true);
    }
  });

  it('turns down text about something else, and a short name written in the wrong case', () => {
    for (const text of [
      'Shares rose on Tuesday as investors welcomed the rate cut.',
      'Un ejemplo: https://example.com/unlike',
      'Border clashes and a ceasefire elsewhere; 12 people were killed.',
      'Der Bundestag hat am Dienstag abgestimmt. Les élèves sont rentrés.',
    ]) {
      expect(mayNameFromIndex(bundledNames, text), text).toBe(false);
    }
  });

  it('may say yes where no name stands: the gate decides then (a live page asks the gate itself once gate.js is in)', () => {
    // "services" is a word of "Inter-Services Public Relations", but the word of that name looked for is "inter".
    expect(mayNameFromIndex(bundledNames, 'Customer services will reopen on Monday.')).toBe(false);
    const text = 'Inter Milan won on Sunday.';
    expect(mayNameFromIndex(bundledNames, text)).toBe(true);
    expect(mayNameAnyone(gatePack, text)).toBe(false);
  });

  it('reads a long text in pieces cut at a space, and finds a name in the last piece', () => {
    const filler = (n: number) => 'Shares rose on Tuesday. '.repeat(Math.ceil(n / 24)).slice(0, n);
    expect(mayNameFromIndex(bundledNames, `${filler(5 * NAME_PIECE)} Torkham`)).toBe(true);
    expect(mayNameFromIndex(bundledNames, `${filler(NAME_PIECE - 3)} Torkham ${filler(NAME_PIECE)}`)).toBe(true);
    expect(mayNameFromIndex(bundledNames, filler(5 * NAME_PIECE))).toBe(false);
  });

  it("an imported pack's words are made from its own gate, when that pack is the one in use", () => {
    const extra = { key: 'zorbaxia', entity: 0, strong: true, script: 'latin' as const };
    const gate = { ...gatePack, meta: { ...gatePack.meta, version: '99.0.0' }, aliases: [...gatePack.aliases, extra] };
    const stored = { info: { id: gatePack.meta.id, version: '99.0.0' }, gate };
    const names = activeNames(bundledNames, stored);
    expect(names).not.toBe(bundledNames);
    expect(mayNameFromIndex(names, 'Zorbaxia closed the crossing.')).toBe(true);
    expect(mayNameFromIndex(bundledNames, 'Zorbaxia closed the crossing.')).toBe(false);
    // Made once per stored gate, not per call.
    expect(activeNames(bundledNames, stored)).toBe(names);
    // An older import of the same pack than the bundled one: the bundled words.
    expect(activeNames(bundledNames, { ...stored, info: { ...stored.info, version: '0.0.1' } })).toBe(bundledNames);
    expect(activeNames(bundledNames, undefined)).toBe(bundledNames);
  });
});
