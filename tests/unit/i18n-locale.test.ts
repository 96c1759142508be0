/**
 * The reader's locale in dates, numbers and the card: each translation through the same code path the UI takes
 * (useUiLanguage with the shipped messages.json), Intl where the runtime has the locale's data, the messages where it
 * has none (Chromium ships no Pashto data).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { intlLocale, t, uiLocale, useUiLanguage, type Messages, type ShippedLocale } from '@/lib/i18n';
import { chooseUiLanguage, loadUiLanguage, uiLanguageItem } from '@/lib/ui-language';
import * as pageUiLanguage from '@/lib/ui-language-page';
import { formatDate, formatDateRange } from '@/lib/dates';
import { formatNumber } from '@/lib/numbers';
import { badgeLabelOf, buildCardModel, describeFigure, indexPack, shortNameOf, thingCounted } from '@/lib/content/card-model';
import { formatRatio } from '@/lib/explorer/compare';
import type { Pack } from '@/lib/pack/schema';
import packJson from '@/data/afpak-2025-26.json';

const messagesOf = (lang: ShippedLocale): Messages =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));
const use = (lang: ShippedLocale) => useUiLanguage({ lang, version: 'test', messages: messagesOf(lang) });

const PERSIAN_DIGITS = /^[\u06F0-\u06F9]+$/;
const digitsIn = (s: string) => s.match(/[0-9\u06F0-\u06F9\u0660-\u0669]+/g) ?? [];

afterEach(() => {
  useUiLanguage(null);
  vi.restoreAllMocks();
});

describe('dates and numbers in the reader’s locale', () => {
  it('English: day month year, Latin digits, grouped thousands', () => {
    expect(intlLocale()).toBe('en-GB-u-ca-gregory-nu-latn');
    expect(formatDate('2025-10-12')).toBe('12 Oct 2025');
    expect(formatNumber(4000)).toBe('4,000');
  });

  it('Urdu: Gregorian month names, Latin digits as the Pakistani Urdu press writes them', () => {
    use('ur');
    expect(uiLocale()).toBe('ur');
    expect(formatDate('2025-10-12')).toBe('12 اکتوبر، 2025');
    expect(formatNumber(58)).toBe('58');
  });

  it('Dari: Gregorian calendar (not the Solar Hijri default), Afghan month names, Persian digits', () => {
    use('fa');
    expect(uiLocale()).toBe('fa-AF');
    const date = formatDate('2025-10-12');
    expect(date).toBe('۱۲ اکتوبر ۲۰۲۵');
    expect(date).not.toMatch(/میزان|مهر|۱۴۰۴/);
    for (const d of digitsIn(date)) expect(d).toMatch(PERSIAN_DIGITS);
    expect(formatNumber(4000)).toBe('۴٬۰۰۰');
  });

  it('Pashto: Gregorian calendar and Extended Arabic-Indic digits, from Intl where it has the data', () => {
    use('ps');
    const date = formatDate('2025-10-12');
    expect(date).toContain('اکتوبر');
    expect(digitsIn(date).sort()).toEqual(['۱۲', '۲۰۲۵']);
    expect(formatNumber(23)).toBe('۲۳');
  });

  it('Pashto in a runtime without Pashto data (Chromium): the messages spell the same date, digits stay Pashto', () => {
    use('ps');
    const withData = formatDate('2025-10-12', 'short', 'ps-u-ca-gregory-nu-arabext');
    const supported = Intl.DateTimeFormat.supportedLocalesOf;
    vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockImplementation((l, o) => (String(l).startsWith('ps-x') ? [] : supported(l, o)));
    vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf').mockImplementation((l, o) => (String(l).startsWith('ps-x') ? [] : supported(l, o)));
    // A private-use tag stands for "a Pashto locale this runtime has no data for".
    const without = formatDate('2025-10-12', 'short', 'ps-x-nodata-u-ca-gregory-nu-arabext');
    expect(without).toBe(withData);
    expect(formatNumber(4000, { locale: 'ps-x-nodata-u-nu-arabext' })).toBe('۴٬۰۰۰');
  });

  it('ranges and approximate dates are worded by the translation', () => {
    use('ur');
    expect(formatDateRange('2025-10-11', '2025-10-12')).toBe('11 اکتوبر، 2025 – 12 اکتوبر، 2025');
    expect(formatDateRange('2025-11-11', undefined, true)).toBe('تقریباً 11 نومبر، 2025');
  });
});

describe('the card and the Explorer in the reader’s language', () => {
  const pack = packJson as unknown as Pack;
  const index = indexPack(pack);
  const claim = pack.claims.find((c) => c.figure?.qualifier === 'at-least' && c.figure.unit === 'killed')!;

  it('figures, qualifiers and units follow the language, with its digits', () => {
    use('fa');
    const text = describeFigure(claim);
    expect(text.startsWith('دست‌کم ')).toBe(true);
    expect(text).toContain('کشته');
    expect(text).not.toMatch(/[0-9]/);
    use('ps');
    expect(describeFigure(claim)).toMatch(/^لږ تر لږه [\u06F0-\u06F9]+ وژل شوي$/);
  });

  it('column titles and claimant names follow the language; the same construction for both sides', () => {
    use('ur');
    const afghanClaim = pack.claims.find((c) => c.claimant === 'zabihullah-mujahid')!;
    const model = buildCardModel(index, { claimId: afghanClaim.id, why: '' })!;
    expect(model.columns.map((c) => c.title)).toEqual([t('side_afghanistan'), t('side_pakistan'), t('side_independent')]);
    expect(model.columns[0]!.title).toMatch(/^[\u0600-\u06FF]/);
    // The pack's own Urdu spelling, not a transliteration of ours.
    expect(model.columns[0]!.claims.map((c) => c.claimant)).toContain('ذبیح اللہ مجاہد');
    // A name the pack has only in English stays English (the card isolates it).
    const english = model.columns.flatMap((c) => c.claims.map((x) => x.claimant)).filter((n) => /[A-Za-z]/.test(n));
    for (const name of english) expect(index.pack.entities.some((e) => e.names.some((n) => n.lang === 'en' && n.text === name))).toBe(true);
  });

  it('the "<short name> claim" label, what a figure counts, its timing and its history follow the language', () => {
    const request = { claimId: 'mar01-tarar-afghan-forces-killed-415', articleFigureText: '415', pageDate: '2026-03-01', why: '' };
    use('fa');
    expect(shortNameOf(index, 'zabihullah-mujahid')).toBe('امارت اسلامی');
    expect(badgeLabelOf(index, 'ispr')).toBe('ادعای آی‌اس‌پی‌آر');
    const pakistan = buildCardModel(index, request)!.columns.find((c) => c.side === 'pakistan')!;
    const c415 = pakistan.claims.find((c) => c.id === request.claimId)!;
    expect(c415.label).toBe('ادعای حکومت پاکستان');
    // Persian digits everywhere, and the history reads right to left: its arrows point that way.
    for (const text of [c415.counts, c415.history!, pakistan.claims.find((c) => c.timing?.days === 10)!.timing!.text])
      expect(text, text).not.toMatch(/[0-9]/);
    expect(c415.counts).toMatch(/^نیروهای افغان: ۴۱۵ کشته · /);
    expect(c415.history).toMatch(/: ۳۶ ← ۱۳۳ ← .*۴۱۵ ← .*۶۴۱$/);
    use('ps');
    // Posts "captured", not the English unit, after a subject that already says "posts".
    const posts = pack.claims.find((c) => c.figure?.unit === 'posts-captured')!;
    const model = buildCardModel(index, { claimId: posts.id, why: '' })!;
    const counts = model.columns.flatMap((c) => c.claims).find((c) => c.id === posts.id)!.counts;
    expect(counts).toContain(t('unit_posts_captured_of'));
    expect(counts).not.toMatch(/[A-Za-z0-9]/);
    // What the chart's bars count: the subject once, then what happened to it, in the language's order.
    expect(thingCounted('posts-captured', 'afghan-posts')).toBe(t('groupLabel', [t('subject_afghan_posts'), t('unit_posts_captured_of')]));
    useUiLanguage(null);
    expect(badgeLabelOf(index, 'ispr')).toBe('ISPR claim');
    expect(thingCounted('posts-captured', 'afghan-posts')).toBe('Afghan posts captured');
    expect(thingCounted('killed', 'pakistani-soldiers')).toBe('Pakistani soldiers killed');
  });

  it('ratios are written in the reader’s digits and words', () => {
    use('fa');
    expect(formatRatio({ low: 2.5, high: 2.5, approximate: false })).toBe('۲٫۵ برابر');
    use('ur');
    expect(formatRatio({ low: 22.2, high: Infinity, approximate: false })).toBe('کم از کم 22.2 گنا');
    useUiLanguage(null);
    expect(formatRatio({ low: 2, high: 2, approximate: false })).toBe('2.0×');
  });
});

describe('the interface language choice', () => {
  const manifest = () => vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '1.2.3' } as never);
  it('stores a copy of the chosen messages that other contexts load, and "auto" removes it', async () => {
    fakeBrowser.reset();
    manifest();
    const files: Record<string, Messages> = { '/_locales/fa/messages.json': messagesOf('fa') };
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
      const path = new URL(String(url)).pathname;
      return new Response(JSON.stringify(files[path]), { status: files[path] ? 200 : 404 });
    });
    await chooseUiLanguage('fa');
    useUiLanguage(null);
    expect(t('cardSaveNote')).toBe('Save a note');
    await loadUiLanguage();
    expect(t('cardSaveNote')).toBe(messagesOf('fa').cardSaveNote!.message);
    expect((await uiLanguageItem.getValue())?.messages.cardSaveNote?.description).toBeUndefined();
    await chooseUiLanguage('auto');
    await loadUiLanguage();
    expect(t('cardSaveNote')).toBe('Save a note');
  });

  it('the page’s scripts read the same stored choice without WXT storage, and follow a change', async () => {
    fakeBrowser.reset();
    manifest();
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(JSON.stringify(messagesOf('ur'))));
    useUiLanguage(null);
    await chooseUiLanguage('ur');
    useUiLanguage(null);
    expect(t('cardSaveNote')).toBe('Save a note');
    await pageUiLanguage.loadUiLanguage();
    expect(t('cardSaveNote')).toBe(messagesOf('ur').cardSaveNote!.message);
    let changes = 0;
    const stop = pageUiLanguage.watchUiLanguage(() => changes++);
    await chooseUiLanguage('auto');
    await vi.waitFor(() => expect(changes).toBe(1));
    expect(t('cardSaveNote')).toBe('Save a note');
    stop();
  });

  it('an update renews a stale copy from the extension’s files', async () => {
    fakeBrowser.reset();
    manifest();
    const fresh = messagesOf('ur');
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(JSON.stringify(fresh)));
    await uiLanguageItem.setValue({ lang: 'ur', version: '0.0.0-old', messages: { cardSaveNote: { message: 'پرانا' } } });
    await loadUiLanguage();
    expect(t('cardSaveNote')).toBe('پرانا');
    await loadUiLanguage({ refresh: true });
    expect(t('cardSaveNote')).toBe(fresh.cardSaveNote!.message);
    // A key the stale copy lacks falls back to the browser's own locale, never to an empty control.
    await uiLanguageItem.setValue({ lang: 'ur', version: '0.0.0-old', messages: {} });
    await loadUiLanguage();
    expect(t('cardSaveNote')).toBe('Save a note');
  });
});

describe('the background in the reader’s language', () => {
  it('the context-menu item is re-created with the chosen language’s title when the choice changes', async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '1.2.3' } as never);
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 1);
    vi.spyOn(fakeBrowser.contextMenus, 'remove').mockResolvedValue(undefined);
    Object.assign(fakeBrowser.contextMenus, { onClicked: { addListener: () => {} } });
    Object.assign(fakeBrowser.commands, { onCommand: { addListener: () => {} } });
    // The note surfaces' ports (lib/background/note-surface.ts): the fake browser has no onConnect.
    Object.assign(fakeBrowser.runtime, { onConnect: { addListener: () => {} } });
    const { registerNotes } = await import('@/lib/background/notes');
    registerNotes({ toTab: async () => ({ started: true }) as never, announce: () => {} });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.lastCall![0]).toMatchObject({ title: 'Save a note on the selection' });
    await uiLanguageItem.setValue({ lang: 'fa', version: '1.2.3', messages: messagesOf('fa') });
    const dari = messagesOf('fa').contextMenuSaveNote!.message;
    await vi.waitFor(() => expect(create.mock.lastCall![0]).toMatchObject({ title: dari }));
    // And its error messages: a note cannot be drafted off a web page.
    expect(t('errorNotWebPage')).toBe(messagesOf('fa').errorNotWebPage!.message);
  });

  it('the reasons a note could not start are in the chosen language, the page script’s bare "off" included', async () => {
    const { NotesBackground } = await import('@/lib/background/notes');
    const replies = [
      { started: false, reason: 'off' },
      { started: false, reason: 'something else' },
    ];
    const bg = new NotesBackground({
      store: {} as never,
      session: { get: async () => undefined, set: async () => {}, remove: async () => {} },
      openSurface: async () => 'window',
      toTab: async () => {
        const reply = replies.shift();
        if (!reply) throw new Error('no content script');
        return reply as never;
      },
      announce: () => {},
    });
    use('ur');
    expect(await bg.startInTab(7, 0)).toEqual({ started: false, reason: messagesOf('ur').errorOffOnSite!.message });
    // Another reason is the notes feature's own, already worded by it: passed on as it is.
    expect(await bg.startInTab(7, 0)).toEqual({ started: false, reason: 'something else' });
    expect(await bg.startInTab(7, 0)).toEqual({ started: false, reason: messagesOf('ur').errorNotRunning!.message });
  });

  it('a refused notes import and an encrypted export that cannot open say why in the chosen language', async () => {
    const { planImport } = await import('@/lib/notes/transfer');
    const { readSealed, WrongPassphraseError } = await import('@/lib/notes/sealed-export');
    use('ps');
    expect(planImport('{not json')).toEqual({ ok: false, error: messagesOf('ps').importNotJson!.message });
    const tooMany = planImport(
      JSON.stringify({
        type: 'AnnotationCollection',
        claimlens: { format: 'claimlens-notes', version: 1 },
        first: { items: Array.from({ length: 100_001 }, () => 0) },
      }),
    );
    // The limit in Pashto's own digits.
    expect(tooMany).toMatchObject({ ok: false, error: expect.stringContaining('۱۰۰٬۰۰۰') });
    expect(() => readSealed('{"claimlens":{"format":"claimlens-notes-sealed","version":9}}')).toThrow(
      messagesOf('ps').sealedOtherVersion!.message,
    );
    expect(new WrongPassphraseError().message).toBe(messagesOf('ps').sealedWrongPassphrase!.message);
  });
});
