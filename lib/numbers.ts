/** Numbers as the reader's locale writes them (digits and separators), one Intl formatter per locale, built once. */
import { intlLocale } from './i18n';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * The formatter for `locale`. A browser without data for the locale (Chromium has none for Pashto) would fall back to
 * its own UI language; Persian data writes the same digits and separators as Pashto, so it stands in.
 */
function formatterFor(locale: string, fractionDigits: number | undefined): Intl.NumberFormat {
  const key = `${fractionDigits ?? ''} ${locale}`;
  let f = formatters.get(key);
  if (!f) {
    const usable = Intl.NumberFormat.supportedLocalesOf(locale).length > 0;
    const digits = /-nu-([a-z]+)/.exec(locale)?.[1] ?? 'latn';
    const options: Intl.NumberFormatOptions =
      fractionDigits === undefined
        ? { maximumFractionDigits: 1 }
        : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
    f = new Intl.NumberFormat(usable ? locale : `${digits === 'latn' ? 'en' : 'fa'}-u-nu-${digits}`, options);
    formatters.set(key, f);
  }
  return f;
}

export function formatNumber(
  value: number,
  { fractionDigits, locale = intlLocale() }: { fractionDigits?: number; locale?: string } = {},
): string {
  return formatterFor(locale, fractionDigits).format(value);
}

/** A year or a day of the month: digits only, never a thousands separator ("2025", not "2,025"). */
export function formatDigits(value: number, locale: string = intlLocale()): string {
  return formatterFor(locale, 0)
    .formatToParts(value)
    .filter((p) => p.type !== 'group')
    .map((p) => p.value)
    .join('');
}
