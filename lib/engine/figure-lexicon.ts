/**
 * The words figures are read with, in English, Urdu, Persian and Pashto: whose (sides), who (nouns), what
 * happened to them (verbs of loss), and the fillers that may stand between. Plain data and the lookups on it;
 * the reader is lib/engine/figures.ts, and the pack compiler takes the verbs from here for its one pattern.
 */
import { GREGORIAN_MONTHS } from '../text/month-names';
import { normalizeText } from '../text/normalize';

export type Noun = 'soldiers' | 'fighters' | 'civilians' | 'people' | 'families' | 'posts' | 'tanks' | 'vehicles' | 'casualties' | 'others';
export type TextUnit = 'killed' | 'wounded' | 'casualties' | 'captured' | 'destroyed' | 'displaced' | 'stranded';
export type TextSide = 'pakistan' | 'afghanistan';

export type Category =
  { kind: 'side'; side: TextSide } | { kind: 'noun'; noun: Noun; side?: TextSide } | { kind: 'verb'; unit: TextUnit } | { kind: 'filler' };

/**
 * A Persian participle and its auxiliary are often written as one word across a non-joiner ("کشته‌شده‌اند", have been
 * killed), which normalisation deletes: the joined forms of the verbs of loss, as entries of their own.
 */
const joinedPersian = (stems: string[]): string =>
  stems.flatMap((stem) => ['شده', 'شده‌اند', 'شدند', 'شد', 'اند'].map((aux) => `${stem}\u200c${aux}`)).join('|');

/** Entries are separated by "|" (an entry may be several words: "lost their lives", "جاں بحق"). */
const LEXICON_SOURCE: [string, Category][] = [
  // Whose: Pakistani or Afghan (English, Urdu, Persian, Pashto).
  ["pakistani|pakistan's|pakistan|pak|pakistanis|پاکستانی|پاکستان|پاکستاني|د پاکستان", { kind: 'side', side: 'pakistan' }],
  ["afghan|afghanistan's|afghanistan|afghans|افغان|افغانی|افغانستان|افغاني|د افغانستان", { kind: 'side', side: 'afghanistan' }],
  // Words that may stand between the number and its noun or verb.
  [
    'of|the|its|their|his|our|other|more|security|army|military|border|frontier|paramilitary|corps|and|' +
      'affiliated|including|suspected|armed|innocent|local|club|were|was|had|have|has|been|are|be|being|' +
      'reportedly|allegedly|also|all|who|that|in|on|at|during|fighting|clashes|attack|attacks|strikes|' +
      'strike|overnight|said|to|government|state|regular|female|male|young|کے|کی|کو|اور|از|تن|نفر|تن از|' +
      'دیگر|نور|مزید|سکیورٹی|سیکیورٹی|سیکورٹی|فورسز|فوج|امنیتی|د|او|تنه|hostile|enemy|goods|cargo|supply|' +
      // Pashto "نور یې": others, with the clitic "them" of an active verb ("۱۵ نور یې ټپیان کړل", wounded 15 others).
      // Not یې alone: right after a number it is "of them" ("درې یې", three of them), a part of the count before.
      // Urdu puts the adjective before its noun: "۲۱ سرحدی چوکیوں" (21 border posts), as English "border posts".
      'own|تنو|پر|پکې|پکښې|را|نور یې|سرحدی|' +
      // Its feminine, of posts and other feminine nouns: "۱۸ نورې یې ونیولې" (took 18 others).
      'نورې|نورې یې|' +
      // Pashto "نورو", the oblique of نور (others) before a verbal noun: "د ۴۷۸ نورو ټپي کېدل" (the wounding of 478 others).
      'نورو|' +
      // Adjectives of the noun before it: Urdu "۲۱ مخالف ٹھکانوں" (21 hostile positions), as English "hostile"; Pashto
      // "۱۹ افغان پوځي پوستې" (19 Afghan military posts), as English "military".
      'مخالف|متخاصم|پوځي|' +
      // Pashto پولې (of the border: "۱۹ افغان پولې پوستې", 19 Afghan border posts), as English "border"; کنټرول
      // ("۲۲۶ کنټرول پوستې", 226 control posts: checkposts).
      'پولې|کنټرول|' +
      // The army's words of praise before its dead: "23 brave sons of Pakistan", "12 valiant soldiers".
      'brave|valiant|gallant|courageous|heroic|' +
      // Members of a group: "25 members of the TTP", Persian "۲۵ نفر از اعضای طالبان", Urdu ارکان, Pashto غړي.
      'members|اعضای|اعضا|ارکان|غړي|' +
      // The Frontier Corps by its initials: "12 FC personnel", Urdu and Pashto "ایف سی" (Pashto "درې ایف سي اهلکاران").
      'fc|ایف سی|ایف سي',
    { kind: 'filler' },
  ],
  [
    'soldiers|soldier|troops|troop|personnel|servicemen|jawans|officers|guards|policemen|forces|force|' +
      'فوجی|فوجیوں|سپاہی|سپاہیوں|اہلکار|اہلکاروں|جوان|جوانوں|سرباز|سربازان|نظامی|نظامیان|نیروی|نیروهای|' +
      'سرتیري|سرتېري|عسکر|پوځیان|ځواکونه|سرتیرو|سرتېرو|اهلکاران|' +
      // Dari plurals and with "his, their" ("۸ تن از نیروهایشان": eight of their forces).
      'نیروها|نیروهایش|نیروهایشان|سربازانش|سربازانشان|' +
      // Officers (Urdu, Persian افسر، افسران), as English "officers": "۱۱ سرباز که دو افسر نیز در میان‌شان بودند".
      'افسر|افسران',
    { kind: 'noun', noun: 'soldiers' },
  ],
  [
    'fighters|fighter|militants|militant|terrorists|terrorist|insurgents|khwarij|khawarij|kharijis|' +
      'operatives|attackers|combatants|gunmen|jangjoo|جنگجو|جنگجوی|جنگجوؤں|جنگجویان|دہشت گرد|دہشت گردوں|خوارج|شدت پسند|' +
      // Urdu writes "terrorist" joined as often as apart (دہشتگرد، دہشت گرد).
      'دہشتگرد|دہشتگردوں|' +
      // The army's word for the TTP, as English "khwarij": Urdu خارجی، خارجیوں.
      'خارجی|خارجیوں|' +
      // Pashto جنګیالي (fighters) and its oblique.
      'جنګیالي|جنګیالیو|جنګیالی|' +
      // Persian "attackers, armed individual" (حمله کننده، مهاجم، فرد مسلح); Pashto وسله‌وال joined across a non-joiner.
      'حمله کننده|حمله کنندگان|مهاجم|مهاجمان|فرد مسلح|وسله‌وال|وسله‌والو|' +
      // Urdu حملہ آور (attackers), and Pashto وسلوال (armed men) written as one word.
      'حملہ آور|حملہ آوروں|وسلوال|وسلوالو|' +
      // Persian شورشی (insurgent, rebel), as English "insurgents".
      'شورشی|شورشیان|' +
      'شدت پسندوں|عسکریت پسند|عسکریت پسندوں|شرپسند|شرپسندوں|مسلح افراد|تروریست|تروریستان|وسله وال|ترهګر|کارندے|کارندوں|کارکن|شبه‌نظامی|شبه‌نظامیان|شبه نظامی|افراد مسلح|وسله والو|طالبانو',
    { kind: 'noun', noun: 'fighters' },
  ],
  // The Taliban: fighters, and on the Afghan side.
  ['taliban|talibans|طالبان|طالب', { kind: 'noun', noun: 'fighters', side: 'afghanistan' }],
  // The army's "sons of Pakistan" (of the soil) are its soldiers.
  ['sons of pakistan|sons of the soil|sons of the nation', { kind: 'noun', noun: 'soldiers', side: 'pakistan' }],
  ['ttp', { kind: 'noun', noun: 'fighters' }],
  [
    'civilians|civilian|children|child|women|woman|boys|girls|residents|villagers|patients|cricketers|' +
      'players|refugees|passengers|students|worshippers|شہری|شہریوں|عام شہری|غیر نظامی|غیرنظامی|غیر نظامیان|' +
      'بچے|بچوں|خواتین|کودک|کودکان|زنان|ملکي|ملکی|ماشومان|ماشوم|ښځې|افراد ملکی|ملکیان|ملکیانو|غیرنظامیان|شهروند|شهروندان|عام شہریوں|ماشومانو|ښځو',
    { kind: 'noun', noun: 'civilians' },
  ],
  [
    'people|persons|person|individuals|لوگ|لوگوں|افراد|شخص|اشخاص|کسان|تنه کسان|کسان ملکی|وګړي|خلک|وګړو|کسانی|کسانو',
    { kind: 'noun', noun: 'people' },
  ],
  [
    'posts|post|outposts|outpost|checkposts|checkpost|check posts|check-posts|checkpoints|checkpoint|positions|bases|camps|sites|' +
      // Persian موضع / مواضع and Urdu ٹھکانے (position, positions), as English "positions"; Urdu اڈا (base), as "bases":
      // "دو فوجی اڈوں" (two military bases) are posts, not two soldiers.
      'موضع|مواضع|ٹھکانے|ٹھکانوں|اڈا|اڈے|اڈوں|' +
      'چوکیاں|چوکیوں|چوکی|پوسٹ|پوسٹیں|پوسٹوں|پوسٹس|پاسگاه|پاسگاهها|پوسته|پوستې|پوستو|مراکز|چیک پوسٹ|چیک پوسٹیں|چیک پوسٹوں|چیک‌پوست|چیک‌پوستها',
    { kind: 'noun', noun: 'posts' },
  ],
  ['tanks|tank|ٹینک|ٹینکوں|تانک|تانکها|ټانکونه', { kind: 'noun', noun: 'tanks' }],
  ['trucks|truck|lorries|vehicles|containers|apcs|ٹرک|ٹرکوں|گاڑیاں|گاڑیوں|کامیون|کامیونها|لاری|موټر', { kind: 'noun', noun: 'vehicles' }],
  ['families|households|خاندان|خاندانوں|خانواده|کورنۍ', { kind: 'noun', noun: 'families' }],
  ['casualties|casualty|تلفات|مرګ ژوبله|مرګ ژوبلې', { kind: 'noun', noun: 'casualties' }],
  // "the wounding of 30 others": the people of the count before it (see findFigureCandidates).
  ['others|دیگر افراد|نور کسان', { kind: 'noun', noun: 'others' }],
  [
    'killed|killing|kills|kill|dead|died|deaths|death|martyred|gunned down|martyrdom|martyrs|neutralised|neutralized|' +
      'neutralising|neutralizing|eliminated|eliminating|slain|perished|lost their lives|lost lives|' +
      'lives lost|ہلاک|شہید|جاں بحق|جان بحق|مارے|قتل|جاں بحق ہو|کشته|جان باختند|جان باخته|هلاک|شهید|ووژل|' +
      'وژل|مړه|ووژل شول|شهیدان|وژلي|وژل شوي|ووژل شوي|کشته‌شدگان|کشته شدگان|bodies|lost|ہلاکت|ہلاکتیں|ہلاکتوں|لاشیں|لاشوں|شہادت|جان‌باخته|جان‌باختگان|کشته شدند|مړي|' +
      // "the loss of 23 troops": a noun of loss before its count (a noun must follow, see readFigure).
      'loss of|losses of|' +
      'ووژلي|وژلو|کشتند|کشته‌ها|fatalities|fatality|shahadat|claimed the lives of|claiming the lives of|' +
      // The Persian perfect joins its ending across a non-joiner that normalisation deletes: "have been killed, have died".
      'کشته‌اند|جان باخته‌اند|جان‌باخته‌اند|' +
      // Urdu "جان سے گئے" (went from life: lost their lives), as English "lost their lives".
      'جان سے گئے|جان سے گیا|جان سے گئیں|جان سے گئی|' +
      // The singular and feminine of مارے (killed): "ایک شہری مارا گیا".
      'مارا|ماری|' +
      // Urdu "۱۰ افراد کی جان لے لی" (took the lives of ten people).
      'جان لے لی|جانیں لے لیں|جانیں لے لی|' +
      // Urdu idioms of the army's kills: "brought to their logical end", "sent to hell".
      'منطقی انجام تک پہنچا دیا|منطقی انجام تک پہنچایا|منطقی انجام کو پہنچ|واصل جہنم|جہنم واصل|' +
      // Urdu idioms of a toll: "lost the game of life", "became the morsel of death", "put to the ghat of death" (killed).
      'جان کی بازی|جاں کی بازی|لقمہ اجل|موت کے گھاٹ|' +
      // Persian "lost their lives" (جان خود / جانشان را از دست دادند), Pashto "lost (their) life" (ژوند یې له لاسه ورکړ).
      'جان خود را از دست|جانشان را از دست|جان خویش را از دست|ژوند له لاسه|ژوند یې له لاسه|' +
      // Urdu مرنے والوں (those who died) and Pashto مړو (of the dead), which open a toll ("… کی تعداد ۱۷", "د مړو شمېر ۱۷").
      'مرنے والوں|مړو|' +
      // Pashto "مړینه" (death), a verbal noun: "د ۱۲ کسانو د مړینې خبر" (news of the death of 12 people).
      'مړینه|مړینې|' +
      // Persian and Pashto قربانیان (the victims: the dead, as in the tolls of figures.ts): "قربانیان ۷۸ تنه دي".
      'قربانیان|' +
      'جان\u200cباختند|جان\u200cباخت|' +
      // Persian کشتن (the killing of: "از کشتن ۲۰۰ طالب خبر داد") and "از پا درآوردند" (brought down: killed); مرگ (the
      // death of: "مرگ ۱۳۳ طالب تأیید شده"), as English "the deaths of".
      'کشتن|مرگ|از پا درآوردند|از پا درآورد|از پا درآورده|از پای درآوردند|' +
      // …and intransitive, "از پا درآمده‌اند" (have fallen: were killed).
      'از پا درآمده‌اند|از پا درآمدند|از پا درآمده|از پای درآمدند|' +
      joinedPersian(['کشته', 'شهید', 'هلاک']),
    { kind: 'verb', unit: 'killed' },
  ],
  [
    'wounded|wounding|injured|injuring|injuries|hurt|زخمی|مجروح|ټپي|ټپیان|زخمیان|زخم برداشتند|زخم برداشته|زخم برداشته‌اند|زخمی‌شدگان|مجروحین|زخمیوں|ټپیانو|' +
      'ژوبل|ژوبلي|' +
      // Iranian Persian "مصدوم" (injured).
      'مصدوم|مصدومان|مصدومین|' +
      // Taken to hospital (Pashto, Urdu, Persian): the living hurt.
      'روغتون ته یوړل|روغتون ته انتقال|ہسپتال منتقل|اسپتال منتقل|به بیمارستان منتقل|' +
      joinedPersian(['زخمی', 'مجروح', 'مصدوم']),
    { kind: 'verb', unit: 'wounded' },
  ],
  [
    'captured|capturing|seized|seizing|overran|overrun|taken over|took over|taken|took|seizure|taken control of|took control of|ونیولي|ونیولی|قبضہ|قبضے|تصرف|ونیول|ونیولې|' +
      // "21 Afghan positions had been held": a capture only of what a capture claim counts (posts; unitFits).
      'held|' +
      // The Pashto perfect participle without the prefix و: "۲۵ پوستې نیولې وې" (had taken 25 posts).
      'نیولې|نیولي|نیولی|' +
      // Pashto "د ۱۹ پوستو د نیولو ادعا" (the claim of taking 19 posts): the verbal noun's oblique.
      'نیولو|' +
      // Persian "به دست … افتاد" (fell into the hands of): a capture of posts only (FELL in figures.ts).
      'افتاد|افتاده|افتادند|' +
      // Urdu "… پوسٹوں پر مکمل کنٹرول حاصل کر لیا", "… چوکیوں کا کنٹرول سنبھال لیا": took control of, as English "taken control of".
      'کنٹرول حاصل|کنٹرول سنبھال|' +
      // Pashto "لاندې کړې" (brought under: took), of posts and ground.
      'لاندې کړې|لاندې کړل|لاندې کړي',
    { kind: 'verb', unit: 'captured' },
  ],
  [
    'destroyed|destroying|demolished|razed|knocked out|wiped out|نابود|ویران|ړنګ|ړنګې|تباہ|تخریب|منهدم|ویجاړ|ویجاړې|' +
      // Urdu "ناکارہ بنا دی" (made useless), Pashto "له منځه تللي / یوړل" (gone, taken from the middle; وړې of feminine
      // posts), Persian "از میان /
      // از بین برده" (taken away), and its passive "از میان رفت / از بین رفتند" (went from the middle), as Pashto's: destroyed.
      'ناکارہ|له منځه تللي|له منځه تلل|له منځه یوړل|له منځه وړل|له منځه یوړي|له منځه وړې|از میان برده|از بین برده|' +
      'از میان رفت|از میان رفتند|از میان رفته|از بین رفت|از بین رفتند|از بین رفته',
    { kind: 'verb', unit: 'destroyed' },
  ],
  [
    'displaced|fled|uprooted|evacuated|homeless|left their homes|leave their homes|forced from their homes|' +
      'forced out of their homes|driven from their homes|بے گھر|نقل مکانی|' +
      'بیجا شده|بیجا کرده|بیجا کردند|بیجا شدند|آواره|بې ځایه|' +
      // Urdu "گھر بار چھوڑنے پر مجبور" (forced to leave house and home).
      'گھر بار چھوڑنے|گھر بار چھوڑ|گھر چھوڑنے|گھر چھوڑنا|گھر چھوڑ',
    { kind: 'verb', unit: 'displaced' },
  ],
  [
    // Waiting and standing (Urdu, Persian, Pashto انتظار، منتظر; Pashto ولاړ): a count of vehicles held at a crossing.
    'stranded|stuck|waiting|queued|parked|lined up|backed up|پھنسے|پھنس|کھڑے|گیر مانده|بند پاتې|انتظار|منتظر|ولاړ',
    { kind: 'verb', unit: 'stranded' },
  ],
];

export const LEXICON = new Map<string, Category>();
/** First words of multi-word entries ("lost their lives"): only these need a look at the words after them. */
export const MULTI_FIRST = new Set<string>();
/** The most words in one entry. */
export let longestEntry = 1;

/** Built on first use, so that a page that never gets this far pays nothing for it. */
export function loadLexicon(): void {
  if (LEXICON.size) return;
  for (const [words, category] of LEXICON_SOURCE) {
    for (const w of words.split('|')) {
      const key = normalizeText(w)
        .replace(/[\s-]+/g, ' ')
        .trim();
      if (!LEXICON.has(key)) LEXICON.set(key, category);
      const parts = key.split(' ');
      if (parts.length > 1) MULTI_FIRST.add(parts[0]!);
      longestEntry = Math.max(longestEntry, parts.length);
    }
  }
}

/**
 * A name that is also a side word (Pakistan, Afghan, پاکستان): a country, too broad to say where a figure
 * happened. Takes an alias key (normalised).
 */
export function isSideWord(key: string): boolean {
  loadLexicon();
  return LEXICON.get(key)?.kind === 'side';
}

/** Auxiliaries that may stand between a noun and its own verb ("58 soldiers were killed"). */
export const AUXILIARIES = new Set([
  'were',
  'was',
  'had',
  'have',
  'has',
  'been',
  'are',
  'is',
  'be',
  'being',
  'reportedly',
  'allegedly',
  'also',
  'all',
]);

/** Counters: Persian تن / نفر, Pashto تنه and its oblique تنو ("۴۰۰ تن" = 400 people). A noun of their own when no other follows. */
export const COUNTERS = new Set(['تن', 'نفر', 'تنه', 'تنو']);

/** "and" (and "while", "whereas") in the languages of the lexicon: a verb before it belongs to the clause before it. */
export const CONJUNCTIONS = new Set(['and', 'و', 'اور', 'او', 'while', 'whereas', 'جبکہ'].map((w) => normalizeText(w)));

/**
 * The verbs of loss (and "casualties"), normalised: the one word every figure needs. An anchor only says where
 * to read, so a phrase that starts with another anchor ("lost their lives" after "lost", "کشته شدند" after
 * "کشته") adds nothing and is left out: the list ships in the gate pack of every page.
 */
export function figureAnchorKeys(): string[] {
  loadLexicon();
  const keys = [...LEXICON.entries()]
    .filter(([, c]) => c.kind === 'verb' || (c.kind === 'noun' && c.noun === 'casualties'))
    .map(([k]) => k);
  // Persian "جان … را گرفت" (took the lives of): the count stands between "lives" and the verb (figures.ts, LIVES_BEFORE).
  keys.push(normalizeText('جان'));
  // Any shorter phrase of the list that a key starts with, word for word ("جاں بحق" before "جاں بحق ہو"): the longer
  // one would also cost the shorter its hit where the text goes on ("جاں بحق ہوئے": the pattern takes "جاں بحق ہو",
  // which ends inside a word, and the place is lost).
  const all = new Set(keys);
  return keys.filter((k) => {
    for (let i = k.indexOf(' '); i > 0; i = k.indexOf(' ', i + 1)) if (all.has(k.slice(0, i))) return false;
    return true;
  });
}

/** Words written "a|b|c", normalised, as a set to look a sentence's words up in. */
export function normalizedWords(list: string): Set<string> {
  return new Set(list.split('|').map((w) => normalizeText(w)));
}

/**
 * Words of a disaster or an accident: a toll in a sentence with one of them is the disaster's, never a claim of the
 * conflict ("the earthquake left 800 dead"). Normalised forms; matched word by word.
 */
export const DISASTER_WORDS = normalizedWords(
  'earthquake|earthquakes|quake|quakes|aftershock|aftershocks|flood|floods|flooding|floodwaters|landslide|landslides|' +
    'avalanche|avalanches|cyclone|storm|storms|downpour|rains|monsoon|heatwave|cholera|outbreak|accident|accidents|crash|' +
    'collision|derailed|stampede|blaze|زلزلہ|زلزلے|زلزلے|سیلاب|سیلابی|حادثہ|حادثے|حادثات|تودہ|زلزله|زلزلې|زمینلرزه|' +
    'سیلابها|سېلاب|سېلابونه|حادثه|حادثې|رانش|بهمن|توفان|ټکر',
);

/**
 * Pronouns that stand for a speaker named earlier in the paragraph ("he said", a body's "it says", Urdu انہوں نے, Dari وی / ایشان, Pashto
 * هغه / نوموړي, "the said" موصوف). Normalised forms; matched word by word.
 */
export const SPEAKER_PRONOUNS = normalizedWords('he|she|it|انہوں|وی|ایشان|هغه|نوموړي|موصوف');

/**
 * Month names (normalised), January = 1: English, and the Urdu, Pashto and Persian names of the shared table ("د
 * اکتوبر په میاشت کې"), less May's (مئی، می، مې: everyday words too). "May" only counts after "in" (it is also a verb).
 */
export const MONTHS = new Map([
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map(
    (m, i) => [m, i + 1] as const,
  ),
  ...GREGORIAN_MONTHS.flatMap((names, i) =>
    i === 4 ? [] : names.filter((n) => !/^[a-z]/.test(n)).map((n) => [normalizeText(n), i + 1] as const),
  ),
]);
