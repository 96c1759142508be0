/**
 * The years an undated page writes (lib/engine/page-years.ts) as evidence for the gate (issue #12, point 4): a page
 * with no date anywhere that dates its story to a month before the window is an earlier episode; a bare earlier year
 * is background and counts for nothing; a dated page is not read for years at all. Short pages written for this test
 * in our own words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../lib/pack/compile';
import { validatePack } from '../../../lib/pack/validate';
import { readText, weighGate } from '../../../lib/engine/gate';
import { scanDocument } from '../../../lib/engine/scan';
import { pageYears, windowCityStrike } from '../../../lib/engine/page-years';
import { normalizeText } from '../../../lib/text/normalize';
import { textDocument } from '../../../scripts/scan';

const file = path.resolve(import.meta.dirname, '../../../data/afpak-2025-26.json');
const validated = validatePack(JSON.parse(readFileSync(file, 'utf8')), file);
if (!validated.ok) throw new Error('the bundled pack does not validate');
const pack = compilePack(validated.pack);
const START = pack.meta.window.start;

function weigh(text: string) {
  const doc = textDocument(text);
  const { prepared, mentions } = readText(doc.blocks, pack);
  return weighGate(pack, { blocks: doc.blocks, meta: doc.meta, mentions, prepared });
}

const years = (text: string) => {
  const { inWindow, earlier, earlierMonths } = pageYears(normalizeText(text), START);
  return { inWindow, earlier, earlierMonths };
};

/** An earlier Torkham clash, told with no date but the one in its text. */
const torkham = (when: string): string => `Torkham stays shut after a gunfight between border forces

Pakistani and Afghan border forces exchanged fire at the Torkham crossing ${when}, and the gate stayed closed to trade for a third day.

Hundreds of lorries carrying fruit waited on the Pakistani side while officials of both countries tried to find out what started the clash.
`;

/** This conflict's refugees, with the expulsion drive's start as background. */
const refugees = (background: string): string => `Refugees leave Pakistan as the border fighting goes on

Thousands of Afghan families crossed back through Torkham on October 20 as clashes between Pakistani and Afghan forces continued along the border.

Pakistan's drive to expel undocumented Afghans, ${background}, has sent more than a million people back across the border.
`;

describe('dates written in a page', () => {
  it('reads months and years against the window, in four languages and three digit sets', () => {
    expect(years('Talks were held in Istanbul from 25 to 30 October 2025.')).toEqual({ inWindow: 1, earlier: 0, earlierMonths: 0 });
    expect(years('The pause ran until March 23/24, 2026.')).toEqual({ inWindow: 1, earlier: 0, earlierMonths: 0 });
    // Urdu, Eastern Arabic digits; "ء" after the year.
    expect(years('یه چوکی جولائی ٢٠١٧ء میں قائم کی گئی تھی')).toEqual({ inWindow: 0, earlier: 1, earlierMonths: 1 });
    // Dari, Persian digits: a Gregorian month, then a Solar Hijri one (Aqrab 1404 is October–November 2025).
    expect(years('گفت‌وگوها در ۲۵ اکتبر ۲۰۲۵ آغاز شد')).toEqual({ inWindow: 1, earlier: 0, earlierMonths: 0 });
    expect(years('درگیری‌ها در عقرب ۱۴۰۴ شدت گرفت')).toEqual({ inWindow: 1, earlier: 0, earlierMonths: 0 });
    // Pashto: the Solar year 1402 ended in March 2024; Hamal 1403 is March–April 2024.
    expect(years('په ۱۴۰۲ کال کې تورخم وتړل شو، او د ۱۴۰۳ حمل کې بیا')).toEqual({ inWindow: 0, earlier: 2, earlierMonths: 0 });
    expect(years('د حمل ۱۴۰۳ په میاشت کې')).toEqual({ inWindow: 0, earlier: 1, earlierMonths: 1 });
    // An Afghan dateline writes the Solar year first: Aqrab 1402 is October–November 2023, Aqrab 1404 of the window.
    expect(years('AP ۱۴۰۲ لړم ۱۴ د پولې خبرونه')).toEqual({ inWindow: 0, earlier: 1, earlierMonths: 1 });
    expect(years('AP ۱۴۰۴ لړم ۱۴ د پولې خبرونه')).toEqual({ inWindow: 1, earlier: 0, earlierMonths: 0 });
    // Its month and day are the year's, not a month of the window read again.
    expect(pageYears(normalizeText('AP ۱۴۰۲ لړم ۱۴ د پولې خبرونه'), START, pack.meta.coverage.end).windowDays).toBe(0);
    // A Solar year with no month and day after it stays a bare year.
    expect(years('AP ۱۴۰۲ کال کې د پولې خبرونه')).toEqual({ inWindow: 0, earlier: 1, earlierMonths: 0 });
    expect(years('د ۱۴۰۲ لړم کې')).toEqual({ inWindow: 0, earlier: 1, earlierMonths: 0 });
  });

  it('reads the Taliban as insurgents against an Afghan government as a date before the window', () => {
    const earlier = { inWindow: 0, earlier: 1, earlierMonths: 1 };
    const none = { inWindow: 0, earlier: 0, earlierMonths: 0 };
    expect(years('Security in Afghanistan, where the war against the Taliban drags on, topped the agenda.')).toEqual(earlier);
    expect(years('China offered to host talks between the Afghan government and the Taliban.')).toEqual(earlier);
    expect(years('The ministers called on the Taliban to join a peace process.')).toEqual(earlier);
    expect(years('چین نے افغان حکومت اور طالبان کے درمیان مذاکرات کی میزبانی کی پیشکش کی۔')).toEqual(earlier);
    expect(years('چین د افغان حکومت او طالبانو ترمنځ د خبرو کوربه توب وړاندیز وکړ.')).toEqual(earlier);
    expect(years('چین میزبانی گفتگو میان دولت افغانستان و طالبان را پیشنهاد کرد.')).toEqual(earlier);
    expect(years('چین میزبانی گفتگو میان دولت طالبان و پاکستان را پیشنهاد کرد.')).toEqual(none);
    // The TTP's war, and the Taliban's own government, are of any year.
    expect(years('Pakistan pressed on with its war against the Pakistani Taliban.')).toEqual(none);
    expect(years('Talks between the Afghan Taliban government and Pakistan resumed.')).toEqual(none);
    expect(years('Opposition groups vowed to fight against the Taliban government.')).toEqual(none);
  });

  it('reads the Taliban’s return to power told as a year or two ago as a date before the window (round seventeen)', () => {
    const earlier = { inWindow: 0, earlier: 1, earlierMonths: 1 };
    expect(years('Friction has grown since the Taliban took power last year.')).toEqual(earlier);
    expect(years('The takeover of Kabul two years ago changed the frontier.')).toEqual(earlier);
    expect(years('Two years after the Taliban seized power, the border is tense.')).toEqual(earlier);
    // Its year written out is background, as any bare year; "last year" alone is no takeover.
    expect(years('Friction has grown since the Taliban took power in 2021.')).toEqual({ inWindow: 0, earlier: 1, earlierMonths: 0 });
    expect(years('Friction has grown since the clashes last year, and the Taliban took power again.')).toEqual({
      inWindow: 0,
      earlier: 0,
      earlierMonths: 0,
    });
  });

  it('reads the return to power told as last year in Urdu, Dari and Pashto as a date before the window (round twenty-six)', () => {
    const earlier = { inWindow: 0, earlier: 1, earlierMonths: 1 };
    const none = { inWindow: 0, earlier: 0, earlierMonths: 0 };
    expect(years('سرحد پر کشیدگی گزشتہ سال طالبان کے دوبارہ اقتدار میں آنے کے بعد سے بڑھی ہے۔')).toEqual(earlier);
    expect(years('تنش‌ها پس از به قدرت رسیدن طالبان در سال گذشته بیشتر شده است.')).toEqual(earlier);
    expect(years('تېر کال طالبانو واک ته له رسېدو وروسته پر پوله کړکیچ زیات شو.')).toEqual(earlier);
    // "Last year" far from the word for power, or the takeover's year written out: no takeover a year ago.
    expect(years('گزشتہ سال سرحد پر کئی بار شدید جھڑپیں ہوئیں جبکہ طالبان اب بھی اقتدار میں ہیں۔')).toEqual(none);
    expect(years('طالبان کے اقتدار میں آنے کے بعد سے کشیدگی بڑھی ہے۔')).toEqual(none);
  });

  it('reads someone in an office left before the window as a date before it, not as "former", "then" or history (round nineteen)', () => {
    const offices = (text: string) => pageYears(normalizeText(text), START).offices;
    expect(offices('Interior Minister Sheikh Rashid condemned the firing at the border.')).toBe(1);
    expect(offices('وفاقی وزیر داخلہ شیخ رشید نے سرحد پر فائرنگ کی مذمت کی۔')).toBe(1);
    expect(offices('د کورنیو چارو وزیر شیخ رشید احمد برید وغانده.')).toBe(1);
    expect(offices('رئیس‌جمهور اشرف غنی از اسلام‌آباد خواست.')).toBe(1);
    expect(offices('Pakistan army chief Gen Qamar Javed Bajwa visited the border.')).toBe(1);
    expect(years('Interior Minister Sheikh Rashid condemned the firing.')).toEqual({ inWindow: 0, earlier: 1, earlierMonths: 1 });
    // Named as what they were, or a government named by its head: a page of any year.
    expect(offices('Former interior minister Sheikh Rashid condemned the firing at the border.')).toBe(0);
    expect(offices('The then prime minister Imran Khan welcomed the takeover.')).toBe(0);
    expect(offices('سابق وزیر داخلہ شیخ رشید نے سرحد پر فائرنگ کی مذمت کی۔')).toBe(0);
    expect(offices('پخواني ولسمشر اشرف غني له هېواده وتښتېد.')).toBe(0);
    expect(offices("Ties soured under Prime Minister Imran Khan's government.")).toBe(0);
    expect(offices("Prime Minister Imran Khan's government welcomed the Taliban.")).toBe(0);
    // In office in the window: no date before it.
    expect(offices('Prime Minister Shehbaz Sharif and Interior Minister Mohsin Naqvi condemned the firing.')).toBe(0);
  });

  it('leaves out what is not the story’s date: the window’s own year, counts, copyright lines, "since"', () => {
    // 2025 and Solar 1404 hold months on both sides of the window's start.
    expect(years('In 2025 the border was closed twice; ۱۴۰۴')).toEqual({ inWindow: 0, earlier: 0, earlierMonths: 0 });
    expect(years('More than 2000 trucks and 1400 families waited; 12,017 people crossed.')).toEqual({
      inWindow: 0,
      earlier: 0,
      earlierMonths: 0,
    });
    expect(years('© 2026 Example News. Copyright 2019.')).toEqual({ inWindow: 0, earlier: 0, earlierMonths: 0 });
    expect(years('Deportations have gone on since October 2023.')).toEqual({ inWindow: 0, earlier: 1, earlierMonths: 0 });
    expect(years('اکتوبر 2023 سے افغان مہاجرین واپس جا رہے ہیں')).toEqual({ inWindow: 0, earlier: 1, earlierMonths: 0 });
  });
});

describe('a month of the window written with its day (round nine)', () => {
  const days = (text: string) => pageYears(normalizeText(text), START, pack.meta.coverage.end).windowDays;

  it('reads a window month with its day and no year, in four languages and either order', () => {
    expect(days('The routes were shut after the night of October 11 to 12.')).toBe(1);
    expect(days('the 11th of October')).toBe(1);
    // Pashto: "on the 13th of March", a Solar month (Hoot, February–March) with its day.
    expect(days('د مارچ په ۱۳مه طالبانو وویل')).toBe(1);
    expect(days('د کب په ۲۱مه، د پنجشنبې په شپه')).toBe(1);
    // Dari and Urdu: the day first.
    expect(days('نشست بعدی روز ۶ نوامبر برگزار خواهد شد')).toBe(1);
    expect(days('12 اکتوبر کو سرحد بند ہوئی')).toBe(1);
  });

  it('reads Pashto dates as real Pashto pages write them: پر and تر before the day, the month touching its digits, ډسمبر', () => {
    // "on the 19th of October", "until the 3rd of January", "(November 24)" in brackets, "on the 9th of December".
    expect(days('د اکتوبر پر ۱۹مه دواړو خواوو اوربند ومانه')).toBe(1);
    expect(days('لاره د جنورۍ تر ۳مه تړلې وه')).toBe(1);
    expect(days('پاکستان تېره شپه (نومبر۲۴) هوايي بریدونه وکړل')).toBe(1);
    expect(days('د ډسمبر په ۹مه بیا ډزې وشوې')).toBe(1);
    // The day first: "on the 28th of November", a dateline's "26 of Aqrab" (Solar: October–November).
    expect(days('په ۲۸م نومبر بیا ډزې وشوې')).toBe(1);
    expect(days('کابل (سه شنبه/۲۶ د لړم) د پولې خبرونه')).toBe(1);
    // A day written as a Pashto ordinal after its preposition: "on the ninth of March", "on the twelfth of November".
    expect(days('د مارچ په نهمه نېټه لاره بیا پرانیستل شوه')).toBe(1);
    expect(days('د نومبر پر دولسمه پاکستاني الوتکو بمبار وکړ')).toBe(1);
  });

  it('leaves out the near ones: a month outside the window with پر, a month touching a longer number, a Latin month touching digits', () => {
    expect(days('د جون پر ۱۲مه لاره پرانیستل شوه')).toBe(0);
    expect(days('نومبر2023 کې')).toBe(0);
    expect(days('code oct24 was used')).toBe(0);
    expect(days('په ۲۸م جون بیا ډزې وشوې')).toBe(0);
    expect(days('کابل (سه شنبه/۲۶ د زمري) د پولې خبرونه')).toBe(0);
    // An ordinal word outside the window, a month with an everyday word after it ("in the month of March").
    expect(days('د جون په نهمه نېټه لاره بیا پرانیستل شوه')).toBe(0);
    expect(days('د مارچ په میاشت کې لاره بیا پرانیستل شوه')).toBe(0);
    // With its year, December in Pashto is a date before the window.
    expect(years('د ډسمبر ۲۰۲۴ پېښه')).toEqual({ inWindow: 0, earlier: 1, earlierMonths: 1 });
  });

  it('leaves out a month outside the window, a date with its year, "since", and a month that is an everyday word', () => {
    expect(days('Talks resumed on 5 June and again on September 3.')).toBe(0);
    expect(days('Up to 10 may have died.')).toBe(0);
    // With its year the date is read as before: in the window, or earlier.
    expect(days('on 12 October 2025')).toBe(0);
    expect(days('د کب 5مه، 1403 لمریز')).toBe(0);
    // "Since February 21" reaches up to the page's own time (Torkham closed since February 2025): background.
    expect(days('Torkham has been closed since February 21.')).toBe(0);
    expect(days('د فبرورۍ له ۲۶مې راهیسې')).toBe(0);
    // Persian دی (the Solar month Dey, and "this") is a month only beside its year.
    expect(days('روز ۵ دی')).toBe(0);
  });

  it('reads a day of a month the window never reaches as a date before it: an episode of another year (round 23)', () => {
    const earlier = (text: string) => pageYears(normalizeText(text), START, pack.meta.coverage.end).earlierMonths;
    expect(earlier('From 10 to 13 September, security forces killed 35 militants in two operations.')).toBe(1);
    expect(earlier('د سپټمبر له ۱۰مې تر ۱۳مې پورې په دوو عملیاتو کې ۳۵ وسله وال ووژل شول')).toBe(1);
    expect(earlier('بم ڈسپوزل اسکواڈ نے 29 جون کو بم ناکارہ بنایا')).toBe(1);
    // A day of the window's months, a month alone, "since", May (an everyday word in Persian and Pashto) and a Solar
    // month are not.
    expect(earlier('Fighting broke out on 12 October and again on November 3.')).toBe(0);
    expect(earlier('The September attacks were condemned.')).toBe(0);
    expect(earlier('The crossing has been shut since August 15.')).toBe(0);
    expect(earlier('Up to 10 may have died.')).toBe(0);
    expect(earlier('کابل (سه شنبه/۲۶ د زمري) د پولې خبرونه')).toBe(0);
  });
});

describe('a month of the window named alone (round nine)', () => {
  const months = (text: string) => pageYears(normalizeText(text), START, pack.meta.coverage.end).windowMonths;

  it('reads a Gregorian month of the window with neither day nor year', () => {
    expect(months('Qatar and Türkiye helped broker the October ceasefire.')).toBe(1);
    // Pashto: "after the October clashes".
    expect(months('تورخم، چمن او نورې لارې د اکتوبر له نښتو وروسته تړلې پاتې دي')).toBe(1);
  });

  it('reads an English abbreviation alone as no month: "Jan" alone is a name (round twenty-four)', () => {
    // An earthquake page naming a district and a driver ("Zinda Jan", "Akhtar Jan"): no month of the window.
    expect(months('Most of the victims lived in the Zinda Jan district, where homes were flattened.')).toBe(0);
    expect(months('Akhtar Jan, a driver, said he had run out of money.')).toBe(0);
    // The near ones: the month written in full, or the abbreviation with its day.
    expect(months('Most of the victims died in the January earthquake.')).toBe(1);
    expect(pageYears(normalizeText('The crossing was shut on Jan 12.'), START, pack.meta.coverage.end).windowDays).toBe(1);
  });

  it('leaves out a month of a year before the years read (history: the Durand Line, the Soviet invasion), in either order', () => {
    const both = (text: string) => {
      const y = pageYears(normalizeText(text), START, pack.meta.coverage.end);
      return y.windowMonths + y.windowDays;
    };
    expect(both('The Durand Line was agreed in November 1893 and never accepted in Kabul.')).toBe(0);
    expect(both('Soviet troops crossed the river on December 27, 1979.')).toBe(0);
    expect(both('the 12th of November, 1893')).toBe(0);
    // Pashto: "on the twelfth of November, the year 1893".
    expect(both('په دولسم نومبر کال ۱۸۹۳ کې کرښه وښودل شوه')).toBe(0);
    // Pashto writes the year first: "of the year 1893, on the twelfth of November"; Solar 1402 is 2023–24.
    expect(both('د ۱۸۹۳ کال د نومبر پر دولسمه کرښه وښودل شوه')).toBe(0);
    expect(both('د ۱۴۰۲ کال د لړم په ۵مه لاره وتړل شوه')).toBe(0);
    // With a year of the window first, the month and its day are the window's.
    expect(both('د ۲۰۲۵م کال د اکتوبر پر ۱۹مه اوربند وشو')).toBe(1);
    expect(both('د ۱۴۰۴ کال د لړم په ۵مه لاره وتړل شوه')).toBe(1);
    // The near ones, with no year: months of the window.
    expect(both('The Durand Line was crossed again in November and never quiet since.')).toBe(1);
    expect(both('Troops crossed the river on December 27.')).toBe(1);
    expect(both('په دولسم نومبر کې کرښه بیا وتړل شوه')).toBe(1);
  });

  it('reads a month of a recent year written first (Pashto "د ۲۰۲۵ کال د فبرورۍ پر ۲۱مه") as a date of that year', () => {
    const y = (text: string) => pageYears(normalizeText(text), START, pack.meta.coverage.end);
    // 21 February 2025 and 24 December 2024: before the window, an episode's own date as "February 2025" is.
    expect(y('تورخم د ۲۰۲۵ کال د فبرورۍ پر ۲۱مه وتړل شو').earlierMonths).toBe(1);
    expect(y('تورخم د ۲۰۲۵ کال د فبرورۍ پر ۲۱مه وتړل شو').windowDays).toBe(0);
    expect(y('بریدونه د ۲۰۲۴ کال د دسمبر پر ۲۴مه وشول').earlierMonths).toBe(1);
    // The near ones: a year of the window first, or the same date since which something lasts.
    expect(y('تورخم د ۲۰۲۶ کال د فبرورۍ پر ۲۱مه وتړل شو').earlierMonths).toBe(0);
    expect(y('تورخم د ۲۰۲۵ کال د اکتوبر پر ۱۱مه وتړل شو').earlierMonths).toBe(0);
    expect(y('تورخم د ۲۰۲۴ کال د دسمبر له ۲۴مې راهیسې تړلی دی').earlierMonths).toBe(0);
  });

  it('leaves out a month outside the window, "since", English march, and a Solar month alone', () => {
    expect(months('The crossing was busy in June.')).toBe(0);
    expect(months('Traders have waited since February.')).toBe(0);
    expect(months('Hundreds joined a march to the border in Kurram.')).toBe(0);
    // Dari عقرب (Aqrab, October–November) is also "scorpion": a month only beside its day or year.
    expect(months('عقرب در این منطقه زیاد است')).toBe(0);
  });
});

describe('the gate on an undated page', () => {
  it('turns down an undated page of an earlier episode that dates its story to a month before the window', () => {
    const r = weigh(torkham('in September 2023'));
    expect(r.features.undatedEarlierMonth).toBe(1);
    expect(r).toMatchObject({ relevant: false, reason: 'low-score' });
    // "Why not": the month is in the evidence, as written.
    expect(r.evidence).toContainEqual(expect.objectContaining({ entityId: 'date:earlier', name: 'September 2023' }));
    // The month counts against it: the same page told by weekday scores higher (round nine: with no evidence of the
    // window at all, that page is turned down too).
    expect(weigh(torkham('on Wednesday')).score).toBeGreaterThan(r.score);
  });

  it('turns down an undated page that names someone in an office left before the window (round nineteen)', () => {
    const page = (who: string) => `${refugees('begun in 2023')}
${who} condemned the firing and asked Kabul to keep its word. Zabihullah Mujahid said 58 Pakistani soldiers were killed and 25 Pakistani posts captured in the clashes along the border.
`;
    const scan = (text: string) => {
      const doc = textDocument(text);
      return scanDocument(doc.blocks, doc.meta, pack);
    };
    expect(scan(page('Interior Minister Mohsin Naqvi')).relevant).toBe(true);
    expect(weigh(page('Interior Minister Sheikh Rashid')).features.undatedEarlierOffice).toBe(1);
    // Turned down whatever its figures add: the office dates it as surely as a year would.
    expect(scan(page('Interior Minister Sheikh Rashid')).relevant).toBe(false);
    expect(scan(page('Former interior minister Sheikh Rashid')).relevant).toBe(true);
  });

  it('keeps an undated page of this conflict relevant when it names an earlier year as background', () => {
    const bare = weigh(refugees('begun in 2023'));
    expect(bare.features.undatedEarlierMonth).toBe(0);
    expect(bare.relevant).toBe(true);
    // The bare year is not listed; the day of the window is.
    expect(bare.evidence.filter((e) => e.entityId.startsWith('date:')).map((e) => e.name)).toEqual(['October 20']);
    expect(weigh(refugees('going on since November 2023')).relevant).toBe(true);
  });

  it('counts a window month with its day as evidence of the window, and a page with none as lacking it', () => {
    const day = weigh(torkham('on October 11'));
    expect(day.features).toMatchObject({ undatedWindowDay: 1, undatedNoWindow: 0 });
    expect(day.relevant).toBe(true);
    expect(day.evidence).toContainEqual(expect.objectContaining({ entityId: 'date:in-window', name: 'October 11' }));
    const weekday = weigh(torkham('on Wednesday'));
    expect(weekday.features).toMatchObject({ undatedWindowDay: 0, undatedNoWindow: 1 });
    expect(weekday.score).toBeLessThan(day.score);
    // Learned on the tune split with round nine's undated earlier episodes: no evidence of the window, no badges.
    expect(weekday).toMatchObject({ relevant: false, reason: 'low-score' });
    // A month outside the window with its day is no evidence of it.
    expect(weigh(torkham('on 5 June')).features).toMatchObject({ undatedWindowDay: 0, undatedNoWindow: 1 });
  });

  it('counts a month of the window named alone as evidence of the window, and lists it', () => {
    const r = weigh(torkham('in the October clashes'));
    expect(r.features).toMatchObject({ undatedWindowMonth: 1, undatedWindowDay: 0 });
    expect(r.evidence).toContainEqual(expect.objectContaining({ entityId: 'date:in-window', name: 'October' }));
    expect(r.score).toBeGreaterThan(weigh(torkham('on Wednesday')).score);
    expect(weigh(torkham('in the June clashes')).features.undatedWindowMonth).toBe(0);
  });

  it("counts a ceasefire named with a venue of the window's talks as evidence of the window, in one sentence", () => {
    const truce = (sentence: string): string => `Torkham stays shut after a gunfight between border forces

Pakistani and Afghan border forces exchanged fire at the Torkham crossing on Wednesday, and the gate stayed closed to trade.

${sentence}
`;
    const doha = weigh(truce('Traders hope the ceasefire agreed in Doha between the two sides will hold.'));
    expect(doha.features).toMatchObject({ undatedWindowDate: 1, undatedNoWindow: 0 });
    expect(doha.relevant).toBe(true);
    // A truce of a jirga at the crossing (an earlier Torkham dispute), or the venue with no ceasefire: no evidence.
    const jirga = weigh(truce('Traders hope the ceasefire agreed by a jirga at the crossing will hold.'));
    expect(jirga.features).toMatchObject({ undatedWindowDate: 0, undatedNoWindow: 1 });
    expect(jirga.relevant).toBe(false);
    expect(weigh(truce('Traders hope the talks in Doha will help.')).features.undatedNoWindow).toBe(1);
    // Talks of the two parties named in one sentence with a venue of the window's talks date the page as well; not
    // Turkey's trilateral summits of 2007-12 in Istanbul, nor a venue with no party named.
    const istanbul = weigh(truce('The talks between Pakistan and Afghanistan in Istanbul have ended, the minister said.'));
    expect(istanbul.features).toMatchObject({ undatedWindowDate: 1, undatedNoWindow: 0 });
    const summit = 'The leaders of Pakistan and Afghanistan met in Istanbul for talks at a trilateral summit.';
    expect(weigh(truce(summit)).features).toMatchObject({ undatedWindowDate: 0, undatedNoWindow: 1 });
    // With a word of the topic too (mediation); but not Doha, where the US-Taliban agreement of 2020 was signed and the
    // UN's meetings of 2023-24 brought both delegations, nor the venue and both parties with no talks.
    const mediated = 'Talks between Pakistan and Afghanistan in Istanbul broke up despite mediation by Turkey and Qatar.';
    expect(weigh(truce(mediated)).features).toMatchObject({ undatedWindowDate: 1, undatedNoWindow: 0 });
    const dohaDeal = 'Pakistan said in talks that Afghanistan must honour the Doha agreement and stop the border attacks.';
    expect(weigh(truce(dohaDeal)).features).toMatchObject({ undatedWindowDate: 0, undatedNoWindow: 1 });
    const dohaMeeting = 'The Pakistani envoy hosted the Afghan delegation for talks at his residence in Doha.';
    expect(weigh(truce(dohaMeeting)).features).toMatchObject({ undatedWindowDate: 0, undatedNoWindow: 1 });
    const noTalks = 'Pakistan and Afghanistan exchanged fire at the border as traders in Istanbul watched.';
    expect(weigh(truce(noTalks)).features).toMatchObject({ undatedWindowDate: 0, undatedNoWindow: 1 });
    // The peace process of 2019-21 argued a ceasefire in Doha too.
    const usTalks = 'Traders hope the ceasefire the Taliban discussed with the United States in Doha will hold.';
    expect(weigh(truce(usTalks)).features.undatedNoWindow).toBe(1);
    // In two sentences, the venue and the truce are not read together.
    expect(weigh(truce('A ceasefire will hold. Traders watched the news from Doha.')).features.undatedNoWindow).toBe(1);
    // The window's first truce by its length (48 hours); a truce of another length, or 48 hours with no truce, is not.
    const hours = weigh(truce('Traders hope the 48-hour ceasefire the two sides agreed will hold.'));
    expect(hours.features).toMatchObject({ undatedWindowDate: 1, undatedNoWindow: 0 });
    expect(weigh(truce('Traders hope the 72-hour ceasefire the two sides agreed will hold.')).features.undatedNoWindow).toBe(1);
    expect(weigh(truce('Traders hope the crossing will reopen within 48 hours.')).features.undatedNoWindow).toBe(1);
    // The hours told apart from the truce are another wait's.
    const wait = 'After the ceasefire, officials said the crossing could reopen within the next 48 hours.';
    expect(weigh(truce(wait)).features.undatedNoWindow).toBe(1);
    expect(weigh(truce('They agreed a ceasefire for the next 48 hours.')).features.undatedWindowDate).toBe(1);
    const ur = weigh(truce('دونوں ملکوں نے اگلے ۴۸ گھنٹوں کے لیے فائر بندی پر اتفاق کیا ہے۔'));
    expect(ur.features).toMatchObject({ undatedWindowDate: 1, undatedNoWindow: 0 });
    // Its number in words (round thirty-two): "forty-eight", Urdu اڑتالیس, Pashto اته څلوېښت, Dari چهل و هشت; not seventy-two.
    for (const words of [
      'Traders hope the forty-eight-hour ceasefire the two sides agreed will hold.',
      'دونوں ملکوں نے دوپہر سے اڑتالیس گھنٹے کی جنگ بندی پر اتفاق کیا ہے۔',
      'دواړو هېوادونو د اته څلوېښت ساعته اوربند هوکړه وکړه.',
      'دو کشور بر آتش‌بس چهل و هشت ساعته توافق کردند.',
      // Urdu's "for a while" between the hours and the truce (a shape of real pages): four words apart.
      'دونوں حکومتوں نے اگلے 48 گھنٹوں کیلئے عارضی طور پر سیز فائر کا فیصلہ کیا ہے۔',
    ])
      expect(weigh(truce(words)).features, words).toMatchObject({ undatedWindowDate: 1, undatedNoWindow: 0 });
    expect(weigh(truce('دونوں ملکوں نے دوپہر سے بہتر گھنٹے کی جنگ بندی پر اتفاق کیا ہے۔')).features.undatedNoWindow).toBe(1);
    const ps = weigh(`پاکستان او افغانستان اوربند وغځاوه

افغانستان او پاکستان هوکړه کړې چې خپل اوربند تر هغه وخته وغځوي چې په دوحه کې خبرې پیل شي.
`);
    expect(ps.features).toMatchObject({ undatedWindowDate: 1, undatedNoWindow: 0 });
  });

  it("reads the window's truce on a page that also writes an earlier month (another story's date in the site's chrome)", () => {
    const page = (venue: string): string => `Afghanistan and Pakistan agree to keep the ceasefire

More stories: Nov 29, 2016

Afghanistan and Pakistan agreed ${venue} that the ceasefire between them will hold.
`;
    const istanbul = weigh(page('in Istanbul'));
    expect(istanbul.features).toMatchObject({ undatedEarlierMonth: 1, undatedWindowDate: 1, undatedNoWindow: 0 });
    expect(istanbul.relevant).toBe(true);
    // The near one: the same truce with no venue of the window's talks.
    const none = weigh(page('at a jirga'));
    expect(none.features).toMatchObject({ undatedEarlierMonth: 1, undatedWindowDate: 0, undatedNoWindow: 1 });
    expect(none.relevant).toBe(false);
  });

  it('counts an air strike on Kabul or Kandahar with Pakistan in the sentence as evidence of the window', () => {
    const strike = (sentence: string): string => `Taliban vow answer to Pakistani strikes

Pakistani and Afghan forces exchanged fire along the border on Tuesday, officials on both sides said.

${sentence}
`;
    const kandahar = weigh(strike('Pakistani jets carried out air strikes near Kandahar airport overnight, the Taliban said.'));
    expect(kandahar.features).toMatchObject({ undatedWindowDate: 1, undatedNoWindow: 0 });
    expect(kandahar.relevant).toBe(true);
    // The earlier episodes' provinces; Pakistan not in the sentence; Kabul as the seat of government or a dateline.
    const khost = strike('Pakistani jets carried out air strikes in Khost and Paktika overnight, the Taliban said.');
    expect(weigh(khost).features).toMatchObject({ undatedWindowDate: 0, undatedNoWindow: 1 });
    expect(weigh(strike('Jets carried out air strikes near Kandahar airport, officials said.')).features.undatedNoWindow).toBe(1);
    const n = (t: string): string => normalizeText(t);
    expect(windowCityStrike(n('Pakistani drone strikes on Kabul killed the TTP chief, sources said'))).toBe(true);
    expect(windowCityStrike(n('پاکستاني الوتکو پر کابل او پکتیا بمبار وکړ'))).toBe(true);
    expect(windowCityStrike(n('پاکستاني ځواکونو په کابل کې پر یوه روغتون هوايي بریدونه وکړل'))).toBe(true);
    expect(windowCityStrike(n('The Taliban government in Kabul condemned the Pakistani air strikes in Khost'))).toBe(false);
    expect(windowCityStrike(n('Kabul: Pakistani air strikes hit Barmal in Paktika'))).toBe(false);
    expect(windowCityStrike(n('کابل، ۲۵ دسمبر — پکتیکا پر پاکستانی فضائی حملوں میں ۵۱ افراد ہلاک'))).toBe(false);
    expect(windowCityStrike(n('Kandahar: Pakistani air strikes hit Barmal in Paktika'))).toBe(false);
    expect(windowCityStrike(n("Officials summoned Pakistan's ambassador over the air strikes on Kabul"))).toBe(false);
    expect(windowCityStrike(n('A suicide bomber struck a market in Kandahar, Pakistan said'))).toBe(false);
    expect(windowCityStrike(n('American air strikes in Kandahar sent Taliban fighters fleeing to Pakistan'))).toBe(false);
    // Nangarhar too (Pakistan's strikes there began in February 2026); America's there are the US war's, a dateline no target.
    expect(windowCityStrike(n('A family of twelve died when Pakistani jets bombed a house in Nangarhar, police said'))).toBe(true);
    expect(windowCityStrike(n('حملات هوایی پاکستان بر ولسوالی خوگیانی ننگرهار هفت تن را کشت'))).toBe(true);
    expect(windowCityStrike(n('Nangarhar: Pakistani air strikes hit Barmal in Paktika'))).toBe(false);
    expect(windowCityStrike(n('American drone strikes in Nangarhar pushed fighters towards Pakistan'))).toBe(false);
  });

  it('counts the army chief named by the rank he first held just before the window as evidence of it', () => {
    const chief = (rank: string): string => `Soldiers killed on the Afghan border laid to rest

${rank} Asim Munir attended the funeral of soldiers killed in clashes with Afghan forces along the border.

Officials said the attackers had come from Afghan soil.
`;
    const field = weigh(chief('Field Marshal'));
    expect(field.features).toMatchObject({ undatedWindowDate: 1, undatedNoWindow: 0 });
    expect(field.relevant).toBe(true);
    // An earlier episode names him General.
    expect(weigh(chief('General')).features).toMatchObject({ undatedWindowDate: 0, undatedNoWindow: 1 });
    expect(weigh(chief('General')).relevant).toBe(false);
    // ...and that earlier rank is evidence of another time (undatedEarlierOffice), in Persian too; a field marshal not.
    expect(weigh(chief('The army chief, Gen')).features.undatedEarlierOffice).toBe(1);
    expect(weigh(chief('جنرال')).features.undatedEarlierOffice).toBe(1);
    expect(field.features.undatedEarlierOffice).toBe(0);
    expect(weigh(chief('Field Marshal General')).features.undatedEarlierOffice).toBe(0);
    expect(weigh(chief('فیلڈ مارشل')).features.undatedWindowDate).toBe(1);
    // The field marshal of the 1960s.
    const ayub = chief('Field Marshal').replace('Asim Munir', 'Ayub Khan');
    expect(weigh(ayub).features).toMatchObject({ undatedWindowDate: 0, undatedNoWindow: 1 });
  });

  it("counts the window's own military operation named strongly as evidence of it", () => {
    const op = (name: string): string => `Information minister gives new tally of Afghan posts destroyed

The information minister said on Friday that ${name} had so far destroyed dozens of Afghan Taliban posts and that Pakistan would go on until the attacks from Afghan soil stopped.
`;
    const named = weigh(op('Operation Ghazab lil-Haq'));
    expect(named.features).toMatchObject({ undatedWindowDate: 1, undatedNoWindow: 0 });
    expect(weigh(op('آپریشن غضب للحق')).features.undatedWindowDate).toBe(1);
    // An operation of another time, or the operation's weak name alone, dates nothing.
    expect(weigh(op('Operation Zarb-e-Azb')).features).toMatchObject({ undatedWindowDate: 0, undatedNoWindow: 1 });
    expect(weigh(op('the righteous fury of the army')).features.undatedWindowDate).toBe(0);
  });

  it('reads a weekday that no year of the window gives its day and month as a date of another year', () => {
    // 24 November was a Friday in 2023, a Monday in 2025 and a Tuesday in 2026; 10 October 2025 was a Friday.
    expect(years('no one was deported through Torkham on Friday, November 24').earlierMonths).toBe(1);
    expect(years('no one was deported through Torkham on Monday, November 24').earlierMonths).toBe(0);
    expect(years('the crossing closed on Friday 10 October').earlierMonths).toBe(0);
    expect(years('روز جمعه ۲۴ نوامبر هیچ مهاجری از تورخم اخراج نشد').earlierMonths).toBe(1);
    expect(years('جمعہ 24 نومبر کو طورخم سے کوئی واپس نہیں بھیجا گیا').earlierMonths).toBe(1);
    expect(years('روز دوشنبه ۲۴ نوامبر هیچ مهاجری از تورخم اخراج نشد').earlierMonths).toBe(0);
    // Pashto puts "on the day" between the weekday and its date ("د جمعې په ورځ، د نومبر په ۲۴مه"), the oblique
    // Tuesday too: 4 Jadi was a Tuesday in 1403 (2024), a Thursday in 1404.
    expect(years('د جمعې په ورځ، د نومبر په ۲۴مه له تورخمه هېڅوک ونه شړل شول').earlierMonths).toBe(1);
    expect(years('د دوشنبې په ورځ، د نومبر په ۲۴مه له تورخمه هېڅوک ونه شړل شول').earlierMonths).toBe(0);
    expect(years('بریدونه د سه شنبې په ورځ د جدي په ۴مه وشول').earlierMonths).toBe(1);
    expect(years('بریدونه د پنجشنبې په ورځ د جدي په ۴مه وشول').earlierMonths).toBe(0);
    const r = weigh(torkham('on Friday, November 24'));
    expect(r.features.undatedEarlierMonth).toBe(1);
    expect(r.features.undatedWindowDay).toBe(0);
  });

  it('reads a weekday the same way beside a Solar day and month (round thirty-three)', () => {
    // 4 Jadi was a Tuesday in 1403 (24 December 2024) and a Thursday in 1404 (25 December 2025); 23 Mizan 1404 (15
    // October 2025) a Wednesday.
    const solar = (text: string) => pageYears(normalizeText(text), START, pack.meta.coverage.end);
    expect(solar('منابع گفتند روستاهای برمل شامگاه (سه‌شنبه، ۴ جدی) بمباران شد').earlierMonths).toBe(1);
    expect(solar('به گفته منابع، روز سه شنبه ۴ جدی/دی ماه جت‌ها بر برمل حمله کردند').earlierMonths).toBe(1);
    expect(solar('منابع گفتند روستاهای برمل روز پنجشنبه، ۴ جدی بمباران شد')).toMatchObject({ earlierMonths: 0, windowDays: 1 });
    expect(solar('روز چهارشنبه ۲۳ میزان درگیری در سپین بولدک آغاز شد')).toMatchObject({ earlierMonths: 0, windowDays: 1 });
    expect(solar('روز شنبه ۲۳ میزان درگیری در سپین بولدک آغاز شد').earlierMonths).toBe(1);
  });

  it('reads an earthquake on an undated page as an episode before the window (rounds twenty-nine and thirty)', () => {
    const aid = (what: string) => `Pakistan sends relief goods to Afghanistan through Torkham

Pakistan dispatched a convoy of trucks carrying tents, food and medicine through Torkham for Afghans hit by ${what} in Kunar and Nangarhar. Officials of both countries received the goods at the crossing, where trade and the return of Afghan families went on.
`;
    expect(pageYears(normalizeText('زلزلے سے متاثرہ افغانستان کے لیے امداد'), START).quakes).toBe(1);
    expect(pageYears(normalizeText('د کونړ زلزلې ځپلو کورنیو ته مرسته'), START).quakes).toBe(1);
    expect(pageYears(normalizeText('the quake-hit villages of Kunar'), START).quakes).toBe(1);
    expect(weigh(aid('the earthquake')).features).toMatchObject({ undatedEarlierMonth: 1 });
    expect(weigh(aid('the floods')).features).toMatchObject({ undatedEarlierMonth: 0 });
    expect(weigh(aid('the earthquake')).score).toBeLessThan(weigh(aid('the floods')).score);
    // Background on a page of the window's days: it weighs, it does not hide the day.
    const page = weigh(
      refugees('begun in 2023').replace('continued along', 'continued near villages left homeless by the earthquake along'),
    );
    expect(page.features).toMatchObject({ undatedEarlierMonth: 1, undatedWindowDay: 1 });
    expect(page.relevant).toBe(true);
  });

  it('lists a date of the window as evidence', () => {
    const r = weigh(torkham('on 12 October 2025'));
    expect(r.features.undatedWindowDate).toBe(1);
    expect(r.relevant).toBe(true);
    expect(r.evidence).toContainEqual(expect.objectContaining({ entityId: 'date:in-window', name: 'October 2025' }));
  });

  it('does not read a dated page for years: its score is the same whatever year its text names', () => {
    const dated = (when: string) =>
      scanDocument(textDocument(`DATE: 2025-10-20\n${torkham(when)}`).blocks, { published: '2025-10-20' }, pack);
    const plain = dated('on Wednesday');
    for (const when of ['in September 2023', 'on 12 October 2025']) {
      const r = dated(when);
      expect(r.relevant).toBe(true);
      expect(r.score).toBe(plain.score);
      expect(r.evidence.some((e) => e.entityId.startsWith('date:'))).toBe(false);
    }
  });
});
