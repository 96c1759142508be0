/**
 * One table of Gregorian month names (lib/text/month-names.ts) for both readers of dates in text: a dateline's
 * (lib/dom/metadata.ts) and an undated page's own dates (lib/engine/page-years.ts).
 */
import { describe, expect, it } from 'vitest';
import { EVERYDAY_MONTH_WORDS, GREGORIAN_MONTHS } from '@/lib/text/month-names';
import { dateInText } from '@/lib/dom/metadata';
import { pageYears } from '@/lib/engine/page-years';
import { normalizeText } from '@/lib/text/normalize';

describe('the month names both date readers share', () => {
  it('a dateline reads every spelling of every month, in any case', () => {
    GREGORIAN_MONTHS.forEach((names, i) => {
      const mm = String(i + 1).padStart(2, '0');
      for (const name of names) {
        expect(dateInText(`Kabul, 12 ${name} 2025`), name).toBe(`2025-${mm}-12`);
        expect(dateInText(`${name.toUpperCase()} 3, 2026`), name).toBe(`2026-${mm}-03`);
      }
    });
  });

  it("an undated page's text reads every spelling but the everyday words, against the window", () => {
    GREGORIAN_MONTHS.forEach((names, i) => {
      for (const name of names) {
        const read = pageYears(normalizeText(`${name} 2023`), '2025-10-01');
        expect(read.earlierMonths, name).toBe(EVERYDAY_MONTH_WORDS.has(name) ? 0 : 1);
        if (i >= 9 && !EVERYDAY_MONTH_WORDS.has(name))
          expect(pageYears(normalizeText(`${name} 2025`), '2025-10-01').inWindow, name).toBe(1);
      }
    });
  });
});
