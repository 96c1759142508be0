/**
 * Dates as the card, the badges, the popup and the Explorer show them, in the reader's locale (lib/i18n.ts intlLocale:
 * Gregorian calendar, the locale's own digits). One Intl formatter per locale and style, built once (a new one per
 * call is slow).
 */
import { intlLocale, t } from './i18n';
import { formatDigits } from './numbers';

type Style = 'long' | 'short';
const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** null when the browser has no data for the locale (Chromium has none for Pashto): the messages spell the date. */
function formatterFor(locale: string, style: Style): Intl.DateTimeFormat | null {
  const key = `${style} ${locale}`;
  if (!formatters.has(key)) {
    const usable = Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0;
    // Urdu, Pashto and Dari have no abbreviated month names: their "short" is the long name, and in fa-AF a worse pattern.
    const month = style === 'short' && locale.startsWith('en') ? 'short' : 'long';
    formatters.set(key, usable ? new Intl.DateTimeFormat(locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }) : null);
  }
  return formatters.get(key)!;
}

/** "12 Oct 2025" for a YYYY-MM-DD date (or the start of a full ISO timestamp); anything unparseable as given. */
export function formatDate(date: string, style: Style = 'short', locale: string = intlLocale()): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  const formatter = formatterFor(locale, style);
  if (formatter) return formatter.format(d);
  return t('dateDayMonthYear', [
    formatDigits(d.getUTCDate(), locale),
    t(`month_${d.getUTCMonth() + 1}`),
    formatDigits(d.getUTCFullYear(), locale),
  ]);
}

/** "11–12 Oct 2025" is easier to scan, but both ends in full is unambiguous in every locale. */
export function formatDateRange(start: string, end: string | undefined, approximate = false, locale: string = intlLocale()): string {
  const from = formatDate(start, 'short', locale);
  const shown = approximate ? t('dateApproximate', from) : from;
  return end && end !== start ? t('dateRange', [shown, formatDate(end, 'short', locale)]) : shown;
}

/** The day of a timestamp in the reader's own time zone (a note saved just after midnight in Kabul is that day's). */
export function formatLocalDay(ms: number, locale: string = intlLocale()): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, 'short', locale);
}
