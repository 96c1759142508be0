/**
 * The years an undated page writes in its text, against the pack's window: "October 2025", "۱۲ اکتوبر ۲۰۲۵",
 * "میزان ۱۴۰۴" and a bare "2026" fall inside a window opened in October 2025; "2017", "فروری 2023", "1402" before
 * it. A page with no date anywhere (metadata, URL, <time>, dateline) that names only earlier years is likely about an
 * earlier episode (a Torkham closure of 2023, a Bajaur attack of 2017); one that names a month of the window is not.
 *
 * Read only by the gate's scoring stage (pages that already name someone), in one regex pass over the text the
 * names were read in (normalised: lowercased, digits folded to ASCII, Arabic-script letters folded), never by the
 * name check every page pays for.
 */
import { foldedAlternation, normalizeText } from '../text/normalize';
import { EVERYDAY_MONTH_WORDS, GREGORIAN_MONTHS } from '../text/month-names';

/** Solar Hijri months (Dari, Pashto, Iranian names), 1 = Hamal, from about 21 March. */
const SOLAR: readonly string[][] = [
  ['حمل', 'وری', 'فروردین'],
  ['ثور', 'غویی', 'اردیبهشت'],
  ['جوزا', 'غبرگولی', 'خرداد'],
  ['سرطان', 'چنگاښ', 'تیر'],
  ['اسد', 'زمری', 'مرداد'],
  ['سنبله', 'وږی', 'شهریور'],
  ['میزان', 'تله', 'مهر'],
  ['عقرب', 'لړم', 'آبان'],
  ['قوس', 'لیندۍ', 'آذر'],
  ['جدی', 'مرغومی', 'دی'],
  ['دلو', 'سلواغه', 'بهمن'],
  ['حوت', 'کب', 'اسفند'],
];

const monthOf = new Map<string, { month: number; solar: boolean }>();
// The shared Gregorian table, less the words that are everyday words too (a page's text is not a dateline).
GREGORIAN_MONTHS.forEach((names, i) =>
  names.forEach((n) => EVERYDAY_MONTH_WORDS.has(n) || monthOf.set(normalizeText(n), { month: i + 1, solar: false })),
);
SOLAR.forEach((names, i) => names.forEach((n) => monthOf.set(normalizeText(n), { month: i + 1, solar: true })));
const MONTHS = [...monthOf.keys()].sort((a, b) => b.length - a.length).join('|');

/** A Gregorian or Solar Hijri year: 1990–2039, 1370–1419. */
const YEAR = '(?:199|20[0-3])\\d|1(?:3[7-9]|4[01])\\d';
/** A day's ending: "11th", Pashto "۱۳مه" / "۲۶مې" (normalised مه، می), "۲۸م نومبر". */
const DAY_SUFFIX = '(?:st|nd|rd|th|مه|می|م)?';
/** A day of the month as written beside its name. */
const DAY = `\\d{1,2}${DAY_SUFFIX}`;
/**
 * Any year written after a month or its day, the window's range or not ("November 1893", "December 27, 1979",
 * Pashto "نومبر کال ۱۸۹۳"): a date of its own year, never a month of the window.
 */
const ANY_YEAR = '(?:(?:of|کال|سال)\\s+)?\\d{4}(?!\\p{N})';
/** Pashto's words between a month and its day: "on" (په، پر), "from" (له), "until" (تر). */
const DAY_PREPOSITIONS = ['په', 'پر', 'له', 'تر'].join('|');
/**
 * Solar month names that are everyday words too (Persian دی "this", Pashto تله "went"): a month with a year beside it,
 * never with a day alone.
 */
const EVERYDAY_SOLAR = new Set(['دی', 'تله'].map((n) => normalizeText(n)));
const DAY_MONTHS = [...monthOf.keys()].filter((n) => !EVERYDAY_SOLAR.has(n)).join('|');
/**
 * Month names that stand for a month alone, with neither day nor year ("the October clashes", "د اکتوبر له نښتو"):
 * Gregorian only (every Solar name is an everyday word too), less English march/mar/may and the English abbreviations:
 * a month alone is written in full, and "Jan" alone is a name ("Akhtar Jan", "Zinda Jan district").
 */
const LONE_MONTHS = [...monthOf.entries()]
  .filter(([n, m]) => !m.solar && !/^(?:march|mar|may|[a-z]{3}|sept)$/.test(n))
  .map(([n]) => n)
  .join('|');

/**
 * The Taliban's return to power (August 2021) told as a year or two ago ("since the Taliban took power last year",
 * "the takeover of Kabul two years ago", "two years after the Taliban took Kabul"): a page of 2022 or 2023.
 */
const SEIZED =
  '(?:(?:took|seized|returned to|came to|swept (?:back )?to) (?:power|kabul)|takeover(?: (?:of|in|from) (?:kabul|afghanistan))?)';
/**
 * The Taliban as insurgents against an Afghan government (before August 2021): "the war against the Taliban", "talks
 * between the Afghan government and the Taliban" (Urdu "افغان حکومت اور طالبان کے درمیان", Pashto "د افغان حکومت او
 * طالبانو ترمنځ", Dari "میان دولت افغانستان و طالبان"), "called on the Taliban to join a peace process".
 */
const INSURGENCY =
  '(?:fight|war|battle) against the taliban(?! (?:government|regime|administration|rule|authorities))|between the afghan government and (?:the )?taliban|the taliban to join (?:a|the) peace process|' +
  foldedAlternation(
    'افغان حکومت اور طالبان کے درمیان|د افغان حکومت او طالبانو ترمنځ|میان دولت افغانستان و طالبان|بین دولت افغانستان و طالبان',
  );
/**
 * The same told in Urdu, Dari and Pashto: "last year" a few words before or after the word for power ("گزشتہ سال
 * طالبان کے دوبارہ اقتدار میں آنے کے بعد", "پس از به قدرت رسیدن طالبان در سال گذشته", "تېر کال طالبانو واک ته").
 */
const LAST_YEAR = foldedAlternation('گزشتہ سال|گذشتہ سال|پچھلے سال|سال گذشته|سال گزشته|پارسال|تېر کال|پروسږکال');
const POWER = foldedAlternation('اقتدار|به قدرت|واک ته|واک تر لاسه');
const SEIZED_LAST_YEAR = `(?:${LAST_YEAR}) (?:\\S+ ){0,4}(?:${POWER})|(?:${POWER}) (?:\\S+ ){0,4}(?:${LAST_YEAR})`;
const TAKEOVER = `(?:${SEIZED}(?: in (?:mid-)?august)? (?:last year|a year ago|two years ago)|(?:a year|two years) (?:after|since) the taliban ${SEIZED}|${SEIZED_LAST_YEAR}|${INSURGENCY})(?![\\p{L}])`;

/**
 * Someone in an office they had left before the window, named with it and not as "former", "then" or "ex-": "Interior
 * Minister Sheikh Rashid", Urdu "وزیر داخلہ شیخ رشید", Pashto "ولسمشر اشرف غني", Dari "رئیس جمهور اشرف غنی". A page of
 * the conflict names them as what they were ("former president Ashraf Ghani"); one that gives them their office was
 * written while they held it. Not before "'s government", "کی حکومت" (a government named by its head is history).
 */
const OFFICE = foldedAlternation(
  'interior minister|prime minister|president|foreign minister|army chief|وزیر داخلہ|وفاقی وزیر داخلہ|وزیر اعظم|وزیراعظم|صدر|وزیر خارجہ|آرمی چیف|د کورنیو چارو وزیر|لومړي وزیر|لومړی وزیر|ولسمشر|د بهرنیو چارو وزیر|وزیر داخله|نخست وزیر|نخست‌وزیر|رئیس جمهور|رئیس‌جمهور|رییس جمهور|وزیر خارجه',
);
const PAST_HOLDER = foldedAlternation(
  'sheikh rashid|sheikh rasheed|imran khan|arif alvi|qamar javed bajwa|bajwa|anwaar-ul-haq kakar|rana sanaullah|bilawal bhutto zardari|ashraf ghani|hamid karzai|شیخ رشید|عمران خان|عارف علوی|قمر جاوید باجوہ|باجوہ|انوار الحق کاکڑ|رانا ثناء اللہ|بلاول بھٹو|اشرف غنی|حامد کرزی',
);
const NOT_IN_OFFICE = foldedAlternation('former|ex|then|under|during|سابق|سابقہ|پخوانی|پیشین');
/** The office, "former" not before it, right before the name (OFFICE_BEFORE), and no "'s government" after it. */
const OFFICE_BEFORE = new RegExp(
  `(?<!(?:${NOT_IN_OFFICE})[\\s-]+(?:\\S+\\s+)?)(?:${OFFICE})\\s+(?:(?:gen|general|lt\\.? gen|جنرل)\\.?\\s+)?$`,
  'u',
);
const HISTORY_AFTER = new RegExp(`^\\s*(?:['’]s\\s+(?:government|tenure|era)|${foldedAlternation('کی حکومت|کے دور|د حکومت')})`, 'u');
const OFFICE_HELD = `(?:${PAST_HOLDER})(?![\\p{L}])`;

/**
 * An earthquake (the Kunar quake of 31 August 2025, Herat's of October 2023): an undated page that tells one is of its
 * weeks, before the window; a page of the conflict names it as background ("homeless since last year's earthquake").
 */
const QUAKE = foldedAlternation('earthquake|quake|زلزل|زمین‌لرزه|زمین لرزه');

/**
 * One pass, seven shapes, each at a word's start:
 * 1. a month name, an optional day ("October 12, 2025"), then a year; or a year alone. Not inside a longer number
 *    ("12,017", "2023.5"); Urdu writes "2017ء": a letter may follow;
 * 2. a month and its day with no year ("October 11", Pashto "د مارچ په ۱۳مه", "د اکتوبر پر ۱۹مه", "د جون تر ۲۲مه", "له ۲۶مې";
 *    an Arabic-script month may touch its digits: "(نومبر۲۴)"); a Pashto day may be an ordinal word after its
 *    preposition ("د مارچ په نهمه نېټه", "د نومبر پر دولسمه": Pashto ordinals end in مه);
 * 3. a day and its month with no year ("6 نوامبر", "30 October", "11th of October", Pashto "۲۸م نومبر", "۲۶ د لړم");
 * 4. a Gregorian month alone ("the October ceasefire", Pashto "د اکتوبر له نښتو وروسته");
 * 5. the Taliban's takeover a year or two ago (TAKEOVER), read as a month of a year before the window;
 * 6. the name of someone who left an office before the window (OFFICE_HELD), read the same way when the office is
 *    written before it as held (OFFICE_BEFORE, HISTORY_AFTER: read on a few characters around the name only);
 * 7. an earthquake (QUAKE), counted apart: an episode of its own, not a month.
 */
const DATE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:` +
    `(?:(${MONTHS})\\.?,?\\s+(?:${DAY},?\\s+)?)?(${YEAR})(?!\\p{N}|[.,]\\p{N})` +
    `|(${DAY_MONTHS})(?:\\.?\\s+(?:(?:${DAY_PREPOSITIONS})\\s+)?|(?<=\\p{sc=Arabic}))(\\d{1,2}|(?<=(?:${DAY_PREPOSITIONS})\\s+)\\p{L}{2,8}مه)${DAY_SUFFIX}(?![\\p{L}\\p{N}]|[,،]?\\s+${ANY_YEAR})` +
    `|(\\d{1,2})${DAY_SUFFIX}\\s+(?:(?:of|د)\\s+)?(${DAY_MONTHS})(?![\\p{L}\\p{N}]|\\.?[,،]?\\s+${ANY_YEAR})` +
    `|(${LONE_MONTHS})(?![\\p{L}\\p{N}]|\\.?,?\\s+(?:${DAY}[,،]?\\s+)?${ANY_YEAR})` +
    `|(${TAKEOVER})|(${OFFICE_HELD})|(${QUAKE})` +
    `)`,
  'gu',
);

/** A year and the word "year" just before a month ("د ۱۸۹۳ کال د", "۲۰۲۵م کال د", Dari "سال ۱۳۹۹"): the month's own year. */
const YEAR_FIRST = new RegExp(`(\\d{4})\\p{L}?\\s+(?:${foldedAlternation('کال|سال')})\\s+(?:د\\s+)?$`, 'u');
/** A Solar Hijri year (under 1500: 1404 is 2025–26) as the Gregorian year it starts in. */
const gregorianYear = (year: number): number => (year < 1500 ? year + 621 : year);

/** A Solar month and its day just after a Solar year, a dateline's order: "1402 لرم 14". */
const SOLAR_MONTH_AFTER = new RegExp(
  `^\\s+(${[...monthOf.entries()]
    .filter(([, m]) => m.solar)
    .map(([n]) => n)
    .join('|')})\\s+\\d{1,2}(?![\\p{L}\\p{N}])`,
  'u',
);

/**
 * Weekday names, Sunday first (English; Urdu; Dari and Pashto): "Friday 24 November", "روز جمعه ۲۴ نوامبر". A day
 * and month whose weekday falls on no year of the window is a date of another year.
 */
export const WEEKDAYS = [
  'sunday|اتوار|یکشنبه|یکشنبې',
  'monday|پیر|دوشنبه|دوشنبې',
  'tuesday|منگل|سه‌شنبه|سه شنبه|سه شنبې|درېنۍ',
  'wednesday|بدھ|چهارشنبه|چهارشنبې',
  'thursday|جمعرات|پنجشنبه|پنجشنبې',
  'friday|جمعہ|جمعه|جمعې',
  'saturday|ہفتہ|شنبه|شنبې',
].map((names) => new Set(names.split('|').map(normalizeText)));
const WEEKDAY_BEFORE = new RegExp(
  `(?<![\\p{L}])(${WEEKDAYS.flatMap((w) => [...w])
    .sort((a, b) => b.length - a.length)
    .join('|')})(?:[\\s,،]+(?:${foldedAlternation('کو|روز|د|the|په ورځ')})){0,2}[\\s,،]+$`,
  'u',
);
/**
 * Is "weekday, day month" a date of no year from `first` to `last`? A Solar month too ("سه‌شنبه، ۴ جدی"): its year
 * starts on 21 March (a day either way allowed), its first six months have 31 days, the next five 30.
 */
function weekdayOutside(before: string, month: number, day: number, first: number, last: number, solar = false): boolean {
  const w = WEEKDAY_BEFORE.exec(before);
  if (!w) return false;
  const weekday = WEEKDAYS.findIndex((names) => names.has(w[1]!));
  for (let y = first; y <= last; y++) {
    if (!solar) {
      if (new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday) return false;
      continue;
    }
    const at = Date.UTC(y, 2, 21 + (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1);
    for (const shift of [-1, 0, 1]) if (new Date(at + shift * 864e5).getUTCDay() === weekday) return false;
  }
  return true;
}

/**
 * The truce of the window's talks: a ceasefire named in one sentence with a venue of them ("the ceasefire agreed in
 * Doha", Pashto "په دوحه کې د اوربند پر سر", "د دوحې ناسته چې اوربند یې رامنځته کړ"). An earlier episode (a Torkham
 * jirga's truce, the TTP's ceasefire with the government) was never negotiated there. Read on one sentence only.
 */
const WINDOW_VENUE = new RegExp(
  `(?<![\\p{L}])(?:${foldedAlternation('doha|istanbul|riyadh|urumqi|دوحہ|دوحه|دوحې|استنبول|استانبول|ریاض|ارومچی')})(?![\\p{L}])`,
  'u',
);
const TRUCE = new RegExp(foldedAlternation('ceasefire|cease-fire|truce|جنگ بندی|فائر بندی|سیز فائر|اوربند|اور بند|آتش‌بس|آتش بس'), 'u');
/**
 * An air strike on Kabul, Kandahar or Nangarhar: Pakistan struck none before the window (its earlier strikes were on
 * Khost, Kunar, Paktika; America's on Nangarhar are US_WAR's). Kandahar and Nangarhar anywhere but at the sentence's
 * start (a dateline); Kabul, the seat of the government ("the Taliban in Kabul condemned the strikes"), only as the target ("strikes on Kabul", "پر کابل", "په کابل کې"). Not in a
 * sentence naming an envoy ("summoned Pakistan's ambassador in Kabul over the air strikes"). Urdu "بمباری" only:
 * "خودکش بمبار" is a suicide bomber.
 */
const AIR_STRIKE = new RegExp(
  foldedAlternation(
    'airstrike|air strike|air raid|bombed|bombard|drone strike|warplanes|fighter jets|فضائی حمل|بمباری|ڈرون حمل|هوايي برید|هوايي حمل|بمبار|جنګي الوتک|حمله هوایی|حملات هوایی|حمله‌های هوایی|بمباران|پهپاد',
  ),
  'u',
);
const STRUCK_CITY = new RegExp(
  `(?<=\\S.*)(?<![\\p{L}])(?:${foldedAlternation('kandahar|قندھار|کندهار|قندهار|nangarhar|ننگرہار|ننګرهار|ننگرهار')}|(?:strikes?|raids?|bombardment) (?:on|in|over) (?:the afghan capital,? )?kabul|(?:on|struck|bombed|hit) kabul|${foldedAlternation('کابل پر|پر کابل|په کابل کې|بر کابل')})(?![\\p{L}])`,
  'u',
);
const ENVOY = new RegExp(foldedAlternation('ambassador|embassy|envoy|سفیر|سفارت|سفير'), 'u');
/** Does this sentence (normalised) tell an air strike on Kabul or Kandahar? The caller checks Pakistan is named in it. */
export function windowCityStrike(sentence: string): boolean {
  return AIR_STRIKE.test(sentence) && STRUCK_CITY.test(sentence.trimStart()) && !ENVOY.test(sentence) && !US_WAR.test(sentence);
}

/**
 * A rank first held shortly before the window: Pakistan's army chief has been "Field Marshal Asim Munir" since May 2025
 * (no one held it for decades before him); an earlier episode names him "General Asim Munir", a history the field
 * marshal of the 1960s (Ayub Khan). OFFICE_HELD's converse.
 */
const WINDOW_RANK = new RegExp(
  `(?:${foldedAlternation('field marshal|فیلڈ مارشل|فیلډ مارشال|فیلد مارشال')})\\s+(?:(?:${foldedAlternation('syed|asim|سید|عاصم')})\\s+)*(?:${foldedAlternation('munir|منیر')})`,
  'u',
);
/** Does the page (normalised) give someone a rank first held shortly before the window? One test of the text. */
export function windowRank(text: string): boolean {
  return WINDOW_RANK.test(text);
}
/**
 * WINDOW_RANK's converse: the same man at the rank he held before it ("army chief Gen Asim Munir", Persian and Pashto
 * "جنرال عاصم منیر"), as an episode of 2023-25 names him; not after "field marshal" ("Field Marshal General ...").
 */
const EARLIER_RANK = new RegExp(
  `(?<!(?:${foldedAlternation('marshal|مارشل|مارشال')})\\s+)(?<![\\p{L}])(?:${foldedAlternation('gen|general|جنرل|جنرال')})\\.?\\s+(?:(?:${foldedAlternation('syed|سید')})\\s+)?(?:${foldedAlternation('asim|عاصم')})\\s+(?:${foldedAlternation('munir|منیر')})`,
  'u',
);
/** Does the page (normalised) give someone the rank he held before the window? One test of the text. */
export function earlierRank(text: string): boolean {
  return EARLIER_RANK.test(text);
}

/**
 * The United States' war and the Afghan peace process of 2019-21: a ceasefire argued in Doha too ("a ceasefire timeline
 * agreed with Washington in Doha"), American air strikes on Kandahar. Neither a truce nor a strike of the window.
 */
const US_WAR = new RegExp(
  foldedAlternation(
    'intra-afghan|united states|us-taliban|american|washington|khalilzad|امریکا|امریکہ|آمریکا|امریکې|بین الافغانی|بین‌الافغانی',
  ),
  'u',
);
/**
 * The window's first truce by its length: the 48-hour ceasefire of 15 October 2025 ("agreed to a 48-hour ceasefire", Urdu
 * "48 گھنٹوں کے لیے فائر بندی", Persian and Pashto "۴۸ ساعته"), its number in words too ("forty-eight hours", Urdu "اڑتالیس
 * گھنٹے", Pashto "اته څلوېښت ساعته", Dari "چهل و هشت ساعت"). Earlier truces between the two (a Torkham jirga's) were not
 * told by the hour.
 */
const HOURS_48 = `(?<![\\p{L}\\p{N}])(?:48|${foldedAlternation('forty-eight|forty eight|اڑتالیس|اته څلوېښت|چهل و هشت|چهل‌وهشت')})\\s*-?\\s*(?:hours?|${foldedAlternation('گھنٹ|ساعت')})`;
// The length told with the truce, a few words apart: "a 48-hour ceasefire", "a ceasefire for the next 48 hours", Urdu
// "48 گھنٹوں کے لیے فائر بندی", "48 گھنٹوں کیلئے عارضی طور پر سیز فائر" (four words); not "the crossing may reopen within 48
// hours" of a sentence that names a truce too.
const TRUCE_HOURS = new RegExp(
  `${HOURS_48}\\S*(?:\\s+\\S+){0,4}?\\s+(?:${TRUCE.source})|(?:${TRUCE.source})(?:\\s+\\S+){0,3}?\\s+${HOURS_48}`,
  'u',
);
/** Does this sentence (normalised) name a ceasefire and a venue of the window's talks (or its 48 hours), not those of 2019-21? */
export function windowTruce(sentence: string): boolean {
  return TRUCE.test(sentence) && (WINDOW_VENUE.test(sentence) || TRUCE_HOURS.test(sentence)) && !US_WAR.test(sentence);
}
/** Talks, a round of them, a delegation (Urdu مذاکرات, بات چیت, وفد; Persian گفتگو, هیئت; Pashto خبرې, پلاوی). */
const TALKS = new RegExp(foldedAlternation('talks|negotiat|delegation|مذاکر|بات چیت|وفد|گفتگو|هیئت|خبرې|خبرو|پلاوی|پلاوي|پلاوو'), 'u');
/**
 * Turkey's trilateral summits of 2007-12 ("the leaders of Pakistan and Afghanistan met in Istanbul for talks"), its
 * conferences on Afghanistan (the Istanbul Process) and their presidents: talks between the two in Istanbul before the
 * window, which were held by delegations.
 */
const EARLIER_TALKS = new RegExp(
  foldedAlternation(
    'trilateral|three-way|summit|conference|process|karzai|zardari|musharraf|سہ فریقی|سربراہی|کانفرنس|کرزئی|زرداری|سه جانبه|سه‌جانبه|کنفرانس|کرزی|درې اړخیز|غونډه|' +
      // Doha: the US-Taliban agreement of 2020, which Pakistan still cites, and the UN's Doha meetings of 2023-24,
      // where both delegations met ("hosted the Afghan delegation in Doha"). Only its truce (windowTruce) dates a page.
      'doha|دوحہ|دوحه|دوحې',
  ),
  'u',
);
/**
 * Does this sentence (normalised), which names both parties with a word of the topic's context (talks), name a venue of
 * the window's talks ("the talks between Pakistan and Afghanistan in Istanbul ended")? Not those of 2019-21 or 2007-12.
 */
export function windowTalks(sentence: string): boolean {
  return WINDOW_VENUE.test(sentence) && TALKS.test(sentence) && !US_WAR.test(sentence) && !EARLIER_TALKS.test(sentence);
}

const COPYRIGHT = /(?:©|\(c\)|copyright)\s*$/;
const SINCE_BEFORE = /\bsince\s+$/;
const SINCE_AFTER = new RegExp(`^\\s*(?:ء\\s*)?(?:${foldedAlternation('سے|راهیسې|راهیسی')})(?![\\p{L}])`, 'u');

export interface PageYears {
  /** Dates that fall inside the window (a bare year after the window's, a month of it). */
  inWindow: number;
  /** Dates that end before the window opened. */
  earlier: number;
  /**
   * Of those, the months of a year ("July 2017", "December 25, 2024"): an episode's own date. A bare year before the
   * window is as often background ("since 2021", "launched in late 2023") on a page about this conflict.
   */
  earlierMonths: number;
  /** Of those, offices held by someone who had left them before the window (OFFICE_HELD). */
  offices: number;
  /** Earthquakes named (QUAKE): an episode before the window, not counted in `earlier`. */
  quakes: number;
  /** The first of each, in the normalised text: [start, end). */
  firstInWindow?: [number, number];
  /** The first earlier month of a year. */
  firstEarlier?: [number, number];
  /**
   * Months of the window written with their day and no year ("October 11", "۶ نوامبر", "د مارچ په ۱۳مه"): how a
   * story of the window dates its events. Counted only when the window spans under a year (else a month says nothing).
   */
  windowDays: number;
  firstWindowDay?: [number, number];
  /** Months of the window named alone ("the October clashes"), not after "since": weaker than a day. */
  windowMonths: number;
  firstWindowMonth?: [number, number];
}

/** Months since year 0 of a Gregorian (year, month 1–12). */
const index = (year: number, month: number): number => year * 12 + month - 1;

/**
 * The first and last Gregorian month a written date can mean. A Solar Hijri month m of year Y runs from about the
 * 21st of Gregorian month m+2 of Y+621 to the 20th of the next; its year from March Y+621 to March Y+622.
 */
function span(year: number, month: { month: number; solar: boolean } | undefined): [number, number] {
  const solar = year < 1900;
  if (month && month.solar !== solar) return [0, Infinity]; // "October 1404" or "میزان 2025": not a date we read
  if (!solar) return month ? [index(year, month.month), index(year, month.month)] : [index(year, 1), index(year, 12)];
  const g = year + 621;
  if (month) return [index(g, month.month + 2), index(g, month.month + 3)];
  return [index(g, 3), index(g + 1, 3)];
}

/** The months of the year (1–12) that fall in [opens, closes], or none when that spans a year or more. */
function monthsOfWindow(opens: number, closes: number): Set<number> {
  const months = new Set<number>();
  if (closes - opens >= 11) return months;
  for (let i = opens; i <= closes; i++) months.add((i % 12) + 1);
  return months;
}

/**
 * Does a month read with its day alone fall in the window's months? A Solar month m runs from about the 21st of
 * Gregorian month m+2 and is read as m+3, where two-thirds of its days fall (Mizan: October; Hamal: April).
 */
function inWindowMonths(month: { month: number; solar: boolean } | undefined, months: Set<number>): boolean {
  if (!month) return false;
  return months.has(month.solar ? ((month.month + 2) % 12) + 1 : month.month);
}

/**
 * Count the dates of `text` (normalised) inside and before the window that opens on `start` (YYYY-MM-DD); `end`
 * (the window's end or the pack's last event) bounds the months a day-and-month date may name.
 */
export function pageYears(text: string, start: string, end?: string): PageYears {
  const openYear = Number(start.slice(0, 4));
  const opens = index(openYear, Number(start.slice(5, 7)));
  const windowMonths = end ? monthsOfWindow(opens, index(Number(end.slice(0, 4)), Number(end.slice(5, 7)))) : new Set<number>();
  const lastYear = end ? Number(end.slice(0, 4)) : openYear + 1;
  const out: PageYears = { inWindow: 0, earlier: 0, earlierMonths: 0, offices: 0, quakes: 0, windowDays: 0, windowMonths: 0 };
  /** A month of a year before the window, read at [from, to). */
  const earlierMonth = (from: number, to: number): void => {
    out.earlier++;
    out.earlierMonths++;
    out.firstEarlier ??= [from, to];
  };
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    if (m[10]) {
      out.quakes++;
      continue;
    }
    if (m[9]) {
      // A name of someone who has left office: a date only with the office before it, named as held.
      const nameEnd = m.index + m[0].length;
      if (!OFFICE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) || HISTORY_AFTER.test(text.slice(nameEnd, nameEnd + 20)))
        continue;
      out.offices++;
    }
    if (m[8] || m[9]) {
      earlierMonth(m.index, m.index + m[0].length);
      continue;
    }
    if (!m[2]) {
      // A day and its month, or a month alone: no year.
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = m.index + m[0].length;
      const since = SINCE_BEFORE.test(before) || SINCE_AFTER.test(text.slice(after, after + 12));
      if (since) continue;
      const month = monthOf.get(m[3] ?? m[6] ?? m[7]!);
      // A month alone has no day (m[7]): no weekday to check.
      const day = Number(m[4] ?? m[5]);
      if (
        month &&
        day &&
        weekdayOutside(text.slice(Math.max(0, m.index - 24), m.index), month.month, day, openYear, lastYear, month.solar)
      ) {
        earlierMonth(m.index, after);
        continue;
      }
      if (!inWindowMonths(month, windowMonths)) {
        // A day of a month the window never reaches ("10 to 13 September", "د سپټمبر له ۱۰مې"): the page tells an
        // episode of another year. Not May, whose Persian and Pashto names are everyday words too.
        if (month && !month.solar && day && windowMonths.size && month.month !== 5) earlierMonth(m.index, after);
        continue;
      }
      // Pashto and Dari write the year first: "د ۱۸۹۳ کال د نومبر پر دولسمه" is November 1893, not a month of the window.
      const yearFirst = YEAR_FIRST.exec(text.slice(Math.max(0, m.index - 20), m.index));
      if (yearFirst) {
        // "د ۲۰۲۵ کال د فبرورۍ پر ۲۱مه" is 21 February 2025: a month of a year before the window, as "February 2025" is.
        const year = Number(yearFirst[1]);
        if (year >= 1900 && month && !month.solar && index(year, month.month) < opens) {
          earlierMonth(m.index, after);
          continue;
        }
        if (gregorianYear(year) < openYear) continue;
      }
      if (m[7]) {
        out.windowMonths++;
        out.firstWindowMonth ??= [m.index, after];
      } else {
        out.windowDays++;
        out.firstWindowDay ??= [m.index, after];
      }
      continue;
    }
    const year = Number(m[2]);
    // A round number is more often a count ("2000 trucks", "1400 families") than a year; a copyright line's year is
    // the site's, not the story's.
    if (!m[1] && year % 100 === 0) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (COPYRIGHT.test(before)) continue;
    let after = m.index + m[0].length;
    let monthName = m[1];
    // A Solar year with its month and day after it, as Afghan datelines write it ("۱۴۰۲ لړم ۱۴"): that month of that
    // year; its month and day are not read again as a month of the window.
    const solarMonth = !monthName && year < 1500 ? SOLAR_MONTH_AFTER.exec(text.slice(after, after + 24)) : null;
    if (solarMonth) {
      monthName = solarMonth[1];
      after += solarMonth[0].length;
      DATE.lastIndex = after;
    }
    const [first, last] = span(year, monthName ? monthOf.get(monthName) : undefined);
    const at: [number, number] = [m.index, after];
    if (last < opens) {
      out.earlier++;
      // "Since October 2023" (Urdu "اکتوبر 2023 سے", Pashto "له … راهیسې") reaches up to the page's own time: background.
      if (monthName && !SINCE_BEFORE.test(before) && !SINCE_AFTER.test(text.slice(after, after + 12))) {
        out.earlierMonths++;
        out.firstEarlier ??= at;
      }
    } else if (first >= opens && last !== Infinity) {
      out.inWindow++;
      out.firstInWindow ??= at;
    }
  }
  return out;
}

/**
 * The days of the year an undated page writes with their month and no year ("since Oct. 12", "۶ نوامبر", "د مارچ په
 * ۱۳مه"), as "M-D" (month 1–12, Gregorian; a Solar month is left out: its days do not fall on one Gregorian date). One
 * regex pass over the normalised text, for pages with no date only.
 */
export function pageDays(text: string): Set<string> {
  const days = new Set<string>();
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const month = monthOf.get(m[3] ?? m[6] ?? '');
    const day = Number(m[4] ?? m[5]);
    if (month && !month.solar && day >= 1 && day <= 31) days.add(`${month.month}-${day}`);
  }
  return days;
}
