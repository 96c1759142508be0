/**
 * Gregorian month names as news pages write them, by month (index 0 = January): English (with its abbreviations),
 * Urdu, Pashto and Dari/Persian spellings. One table for the dateline reader (lib/dom/metadata.ts) and the dates an
 * undated page writes (lib/engine/page-years.ts).
 */
export const GREGORIAN_MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'جنوری', 'جنوري', 'ژانویه'],
  ['february', 'feb', 'فروری', 'فبروری', 'فبروري', 'فوریه'],
  ['march', 'mar', 'مارچ', 'مارس'],
  ['april', 'apr', 'اپریل', 'اپرېل', 'آوریل', 'اپرل'],
  ['may', 'مئی', 'مئ', 'می', 'مې', 'مه'],
  ['june', 'jun', 'جون', 'ژوئن'],
  ['july', 'jul', 'جولائی', 'جولای', 'جولايي', 'ژوئیه'],
  ['august', 'aug', 'اگست', 'اګست', 'اگوست', 'اوت'],
  ['september', 'sep', 'sept', 'ستمبر', 'سپتمبر', 'سپټمبر', 'سپتامبر'],
  ['october', 'oct', 'اکتوبر', 'اکټوبر', 'اکتبر'],
  ['november', 'nov', 'نومبر', 'نوامبر'],
  ['december', 'dec', 'دسمبر', 'ډسمبر', 'دسامبر'],
];

/**
 * Dari and Pashto "مه" (May) is also an everyday word ("moon"; Pashto "don't"): a month only where a dateline's day and
 * year frame it, never in a page's free text. (Persian "می" and Pashto "مې" are everyday words too, but normalised text
 * folds them into Urdu "مئی", so there they can't be told from the month and are read as it.)
 */
export const EVERYDAY_MONTH_WORDS: ReadonlySet<string> = new Set(['مه']);
