/** Dates and side titles as every explorer view shows them (dates are shared with the card: lib/dates.ts). */
import type { Pack, Side } from '../pack/schema';
import { SIDE_TITLES } from '../content/card-model';

export { formatDate, formatDateRange } from '../dates';

/** A pack on another topic names its own columns; this conflict's titles are the card's. */
export function sideTitle(pack: Pack, side: Side): string {
  return pack.meta.sideLabels?.[side] ?? SIDE_TITLES[side];
}

/** Short column names for tables and charts, where the full titles do not fit. */
export const SIDE_SHORT: Record<Side, string> = { afghanistan: 'Afghan side', pakistan: 'Pakistan side', independent: 'Independent' };

export function sideShort(pack: Pack, side: Side): string {
  return pack.meta.sideLabels?.[side] ?? SIDE_SHORT[side];
}

/** Confidence that the claim was made as stated (not that it is true): the card's words (lib/confidence.ts). */
export { confidenceWhy, confidenceWord } from '../confidence';
