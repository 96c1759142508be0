import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from '@/lib/dates';

describe('dates', () => {
  it('formats a day, the date part of a timestamp, and leaves junk as given', () => {
    expect(formatDate('2025-10-12')).toBe('12 Oct 2025');
    expect(formatDate('2025-10-12T14:30:00+05:00')).toBe('12 Oct 2025');
    expect(formatDate('2025-10-12', 'long')).toBe('12 October 2025');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('formats ranges in full, marks approximate starts, and collapses a one-day range', () => {
    expect(formatDateRange('2025-10-11', '2025-10-12')).toBe('11 Oct 2025 – 12 Oct 2025');
    expect(formatDateRange('2025-11-11', undefined, true)).toBe('~11 Nov 2025');
    expect(formatDateRange('2025-10-12', '2025-10-12')).toBe('12 Oct 2025');
  });
});
