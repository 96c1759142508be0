/** Dates as the card, the badges and the Explorer show them: one formatter each, built once (a new one per call is slow). */

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "12 Oct 2025" for a YYYY-MM-DD date (or the start of a full ISO timestamp); anything unparseable as given. */
export function formatDate(date: string, style: 'long' | 'short' = 'short'): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return (style === 'long' ? LONG : SHORT).format(d);
}

/** "11–12 Oct 2025" is easier to scan, but both ends in full is unambiguous in every locale. */
export function formatDateRange(start: string, end: string | undefined, approximate = false): string {
  const from = `${approximate ? '~' : ''}${formatDate(start)}`;
  return end && end !== start ? `${from} – ${formatDate(end)}` : from;
}
