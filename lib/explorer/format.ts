/** Dates and side titles as every explorer view shows them. */
import type { Pack, Side } from '../pack/schema';
import { SIDE_TITLES } from '../content/card-model';

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: string, style: 'long' | 'short' = 'short'): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return (style === 'long' ? LONG : SHORT).format(d);
}

/** "11–12 Oct 2025" is easier to scan, but both ends in full is unambiguous in every locale. */
export function formatDateRange(start: string, end: string | undefined, approximate = false): string {
  const from = `${approximate ? '~' : ''}${formatDate(start)}`;
  return end && end !== start ? `${from} – ${formatDate(end)}` : from;
}

/** A pack on another topic names its own columns; this conflict's titles are the card's. */
export function sideTitle(pack: Pack, side: Side): string {
  return pack.meta.sideLabels?.[side] ?? SIDE_TITLES[side];
}

/** Short column names for tables and charts, where the full titles do not fit. */
export const SIDE_SHORT: Record<Side, string> = { afghanistan: 'Afghan side', pakistan: 'Pakistan side', independent: 'Independent' };

export function sideShort(pack: Pack, side: Side): string {
  return pack.meta.sideLabels?.[side] ?? SIDE_SHORT[side];
}

/** Confidence that the claim was made as stated (not that it is true), as the card explains it. */
export const CONFIDENCE: Record<'H' | 'M' | 'L', { word: string; why: string }> = {
  H: { word: 'high', why: 'claim seen in 2+ outlets or an official statement' },
  M: { word: 'medium', why: 'one good outlet, or copies of one report' },
  L: { word: 'low', why: 'one weak source, or sources disagree' },
};
